package id.go.bps.pst.visit.internal;

import id.go.bps.pst.visit.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/** Formatting of the queue report: local times (WITA for the default unit) and durations m:ss. */
public final class QueueReportFormat {

  private final ZoneId zone;

  QueueReportFormat(ZoneId zone) {
    this.zone = zone;
  }

  public String time(Instant instant) {
    return id.go.bps.pst.common.CsvTable.time(instant, zone);
  }

  public String day(LocalDate day) {
    return id.go.bps.pst.common.IndonesianFormat.dayWithWeekday(day);
  }

  /** 7:05 for seven minutes five seconds; 1:02:03 past an hour; empty when not applicable. */
  public static String duration(Duration d) {
    if (d == null) {
      return "";
    }
    long s = d.toSeconds();
    return s >= 3600 ? "%d:%02d:%02d".formatted(s / 3600, s / 60 % 60, s % 60) : "%d:%02d".formatted(s / 60, s % 60);
  }

  public String dur(Duration d) {
    return duration(d);
  }

  public String percent(Double p) {
    return p == null ? "–" : String.format(Locale.forLanguageTag("id-ID"), "%.1f%%", p);
  }

  public String status(Ticket t) {
    return switch (t.status()) {
      case WAITING -> "Menunggu";
      case AT_COUNTER -> "Di loket";
      case FINISHED -> "Selesai";
      case NO_SHOW -> "Tidak hadir";
      case LEFT -> "Batal sebelum dipanggil";
    };
  }
}
