package id.go.bps.pst.common;

import java.time.LocalDate;

/**
 * The days a report can be asked for. ISO dates reach years of ±999.999.999, beyond what a day's start in a zone
 * or the database can hold: a date outside these years is the reader's mistake (400), never a server error.
 */
public final class ReportDates {

  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2999;

  private ReportDates() {}

  /** True when a report can be asked for this day. */
  public static boolean reportable(LocalDate day) {
    return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
  }

  /** What the reader is told when a day is not {@link #reportable}. */
  public static String outOfRange(String what) {
    return what + " di luar rentang laporan: pilih tanggal dari tahun " + FIRST_YEAR + " sampai " + LAST_YEAR + ".";
  }
}
