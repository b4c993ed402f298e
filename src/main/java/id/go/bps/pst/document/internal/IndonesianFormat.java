package id.go.bps.pst.document.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Dates and money as Indonesian documents write them: "25 November 2026", "Rp1.234.567". */
public final class IndonesianFormat {

  private static final String[] MONTHS = {
      "Januari", "Februari", "Maret", "April", "Mei", "Juni",
      "Juli", "Agustus", "September", "Oktober", "November", "Desember"};

  private IndonesianFormat() {
  }

  private static final String[] WEEKDAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};

  /** Indonesian day name: "Senin" .. "Minggu". */
  public static String weekday(LocalDate date) {
    return WEEKDAYS[date.getDayOfWeek().getValue() - 1];
  }

  public static String date(LocalDate date) {
    return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }

  public static String date(Instant instant, ZoneId zone) {
    return date(instant.atZone(zone).toLocalDate());
  }

  /** E.g. "29 September 2022 pukul 07.21 WITA" (the zone abbreviation for Indonesian zones). */
  public static String dateTime(Instant instant, ZoneId zone) {
    ZonedDateTime t = instant.atZone(zone);
    return date(t.toLocalDate()) + " pukul " + String.format("%02d.%02d", t.getHour(), t.getMinute())
        + " " + zoneName(zone);
  }

  public static String rupiah(long amount) {
    return id.go.bps.pst.common.Rupiah.format(amount);
  }

  /** Digits grouped by thousands with dots: 1234567 gives "1.234.567". */
  public static String grouped(long value) {
    return id.go.bps.pst.common.Rupiah.grouped(value);
  }


  static String zoneName(ZoneId zone) {
    return switch (zone.getId()) {
      case "Asia/Makassar" -> "WITA";
      case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
      case "Asia/Jayapura" -> "WIT";
      default -> zone.getId();
    };
  }
}
