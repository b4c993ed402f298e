package id.go.bps.pst.complaint;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holiday calendar per year that the supervisor maintains (page /laporan/hari-libur): national
 * holidays and cuti bersama, seeded for 2026 (and the fixed dates of 2027). Deadlines are computed
 * when set; a change here applies to deadlines set afterwards.
 */
@Service
@Transactional
public class HolidayCalendar {

  static final int MAX_NAME = 200;

  private final JdbcTemplate jdbc;
  private final Clock clock;

  HolidayCalendar(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A calendar that knows every holiday from {@code from} onwards (a deadline never spans more than a year or two). */
  @Transactional(readOnly = true)
  public WorkingCalendar from(LocalDate from) {
    List<LocalDate> days = jdbc.query("select holiday_date from pst_holiday where holiday_date >= ? and holiday_date <= ?",
        (rs, i) -> rs.getDate(1).toLocalDate(), Date.valueOf(from.minusDays(1)), Date.valueOf(from.plusYears(2)));
    return new WorkingCalendar(days);
  }

  @Transactional(readOnly = true)
  public List<Holiday> year(int year) {
    return jdbc.query("select id, holiday_date, name, kind, source, created_by, created_at from pst_holiday "
            + "where holiday_date >= ? and holiday_date < ? order by holiday_date",
        (rs, i) -> new Holiday(rs.getLong("id"), rs.getDate("holiday_date").toLocalDate(), rs.getString("name"),
            HolidayKind.valueOf(rs.getString("kind")), rs.getString("source"), rs.getString("created_by"),
            rs.getTimestamp("created_at").toInstant()),
        Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1)));
  }

  /** Adds a day; throws {@link ComplaintValidationException} with Indonesian messages when it cannot. */
  public Holiday add(LocalDate date, String name, HolidayKind kind, String source, String actor) {
    List<String> problems = new ArrayList<>();
    String n = name == null ? "" : name.strip();
    if (date == null) {
      problems.add("Isi tanggal hari libur.");
    } else if (date.getYear() < 2000 || date.getYear() > 2100) {
      problems.add("Tahun hari libur harus antara 2000 dan 2100.");
    }
    if (n.length() < 3 || n.length() > MAX_NAME) {
      problems.add("Nama hari libur harus 3 sampai " + MAX_NAME + " karakter.");
    } else if (n.matches(".*[<>{}].*")) {
      problems.add("Nama hari libur tidak boleh memuat tanda < > { }.");
    }
    if (kind == null) {
      problems.add("Pilih jenis hari libur (libur nasional, cuti bersama, libur daerah).");
    }
    if (!problems.isEmpty()) {
      throw new ComplaintValidationException(problems);
    }
    String src = source == null || source.isBlank() ? null : source.strip();
    if (src != null && src.length() > 300) {
      throw new ComplaintValidationException("Sumber/dasar hukum paling banyak 300 karakter.");
    }
    try {
      jdbc.update("insert into pst_holiday (holiday_date, name, kind, source, created_by, created_at) values (?, ?, ?, ?, ?, ?)",
          Date.valueOf(date), n, kind.name(), src, actor, Timestamp.from(clock.instant()));
    } catch (DuplicateKeyException duplicate) {
      throw new ComplaintValidationException("Tanggal " + date + " sudah ada di kalender hari libur.");
    }
    return year(date.getYear()).stream().filter(h -> h.date().equals(date)).findFirst().orElseThrow();
  }

  /** Removes a day; false when it was not there. */
  public boolean remove(long id) {
    return jdbc.update("delete from pst_holiday where id = ?", id) > 0;
  }
}
