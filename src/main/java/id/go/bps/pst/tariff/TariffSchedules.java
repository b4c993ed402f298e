package id.go.bps.pst.tariff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The dated tariff schedules, read from {@code tariff/schedules.json} (see {@link TariffProperties}). */
@Service
public class TariffSchedules {

  private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

  private final TariffProperties properties;
  private volatile List<TariffSchedule> schedules;

  public TariffSchedules(TariffProperties properties) {
    this.properties = properties == null ? TariffProperties.defaults() : properties;
    this.schedules = load();
  }

  public static TariffSchedules fromClasspath() {
    return new TariffSchedules(TariffProperties.defaults());
  }

  /** All schedules, oldest first. */
  public List<TariffSchedule> all() {
    return schedules;
  }

  public Optional<TariffSchedule> inForceOn(LocalDate date) {
    for (TariffSchedule s : schedules) {
      if (s.inForceOn(date)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  public Optional<TariffSchedule> byCode(String code) {
    return schedules.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /** Reads the schedules file again. */
  public void reload() {
    schedules = load();
  }

  private List<TariffSchedule> load() {
    try (InputStream in = open()) {
      List<TariffSchedule> list = JSON.readValue(in, ScheduleFile.class).schedules().stream()
          .sorted(Comparator.comparing(TariffSchedule::effectiveFrom)).toList();
      check(list);
      return list;
    } catch (IOException e) {
      throw new UncheckedIOException("Berkas jadwal tarif tidak dapat dibaca: " + e.getMessage(), e);
    }
  }

  private static void check(List<TariffSchedule> list) {
    for (int i = 0; i < list.size(); i++) {
      TariffSchedule s = list.get(i);
      if (s.effectiveTo() != null && !s.effectiveTo().isAfter(s.effectiveFrom())) {
        throw new IllegalStateException("Jadwal tarif " + s.code() + ": effectiveTo harus sesudah effectiveFrom");
      }
      if (i > 0) {
        TariffSchedule prev = list.get(i - 1);
        if (prev.effectiveTo() == null || prev.effectiveTo().isAfter(s.effectiveFrom())) {
          throw new IllegalStateException("Jadwal tarif " + prev.code() + " dan " + s.code() + " tumpang tindih");
        }
      }
    }
  }

  private InputStream open() throws IOException {
    if (properties.directory() != null && !properties.directory().isBlank()) {
      return Files.newInputStream(Path.of(properties.directory(), "schedules.json"));
    }
    InputStream in = TariffSchedules.class.getClassLoader().getResourceAsStream("tariff/schedules.json");
    if (in == null) {
      throw new IOException("tariff/schedules.json tidak ada di classpath");
    }
    return in;
  }

  private record ScheduleFile(String note, List<TariffSchedule> schedules) {
  }
}
