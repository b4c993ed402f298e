package id.go.bps.pst.complaint;

import id.go.bps.pst.common.IndonesianFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Complaint dates as every page writes them ({@link IndonesianFormat}): {@code 1 Desember 2026 12.46 WITA}. */
public final class ComplaintTimes {

  private ComplaintTimes() {}

  public static String format(Instant instant, ZoneId zone) {
    return IndonesianFormat.dateTime(instant, zone);
  }

  /** {@code Kamis, 24 Desember 2026}. */
  public static String date(LocalDate date) {
    return IndonesianFormat.dayWithWeekday(date);
  }
}
