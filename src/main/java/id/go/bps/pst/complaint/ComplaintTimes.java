package id.go.bps.pst.complaint;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Shows stored UTC instants in the unit's zone the Indonesian way: {@code 1 Desember 2026 12.46 WITA}. */
public final class ComplaintTimes {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", Locale.forLanguageTag("id-ID"));
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.forLanguageTag("id-ID"));
  private static final Map<String, String> ZONES =
      Map.of("Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB", "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

  private ComplaintTimes() {}

  public static String format(Instant instant, ZoneId zone) {
    return instant == null ? "" : FORMAT.format(instant.atZone(zone)) + " " + zoneName(zone);
  }

  public static String date(java.time.LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public static String zoneName(ZoneId zone) {
    return ZONES.getOrDefault(zone.getId(), zone.getId());
  }
}
