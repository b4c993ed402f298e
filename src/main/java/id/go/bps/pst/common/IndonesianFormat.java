package id.go.bps.pst.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * The one place where dates, times, numbers and money are written for people, as Indonesians write
 * them: {@code 1 Desember 2026 12.46 WITA}, {@code Rp80.000}, {@code 88,31}. Times are stored in UTC
 * and shown in the unit's zone with its abbreviation (WIB, WITA, WIT).
 *
 * <p>Static methods take the zone; an instance ({@link #in(ZoneId)}) carries it, for templates:
 * {@code ${fmt.dateTime(instant)}}.
 */
public final class IndonesianFormat {

  private static final String[] MONTHS = {
      "Januari", "Februari", "Maret", "April", "Mei", "Juni",
      "Juli", "Agustus", "September", "Oktober", "November", "Desember"};
  private static final String[] WEEKDAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};

  private final ZoneId zone;

  private IndonesianFormat(ZoneId zone) {
    this.zone = zone;
  }

  /** A formatter for pages of a unit in the given zone. */
  public static IndonesianFormat in(ZoneId zone) {
    return new IndonesianFormat(zone);
  }

  public ZoneId zone() {
    return zone;
  }

  // ---- static: dates ---------------------------------------------------------------------------

  /** Indonesian month name: "Januari" .. "Desember" (month 1-12). */
  public static String monthName(int month) {
    return MONTHS[month - 1];
  }

  /** Indonesian day name: "Senin" .. "Minggu". */
  public static String weekday(LocalDate date) {
    return WEEKDAYS[date.getDayOfWeek().getValue() - 1];
  }

  /** "1 Desember 2026". */
  public static String date(LocalDate date) {
    return date == null ? "" : date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }

  /** "Selasa, 1 Desember 2026". */
  public static String dayWithWeekday(LocalDate date) {
    return date == null ? "" : weekday(date) + ", " + date(date);
  }

  /** "Desember 2026". */
  public static String month(YearMonth month) {
    return month == null ? "" : MONTHS[month.getMonthValue() - 1] + " " + month.getYear();
  }

  /** "1 Desember 2026" for the local date of the instant in the zone. */
  public static String date(Instant instant, ZoneId zone) {
    return instant == null ? "" : date(instant.atZone(zone).toLocalDate());
  }

  /** "1 Desember 2026 12.46 WITA": the one date-time format of every page and document. */
  public static String dateTime(Instant instant, ZoneId zone) {
    if (instant == null) {
      return "";
    }
    ZonedDateTime t = instant.atZone(zone);
    return date(t.toLocalDate()) + " " + hourMinute(instant, zone) + " " + zoneName(zone);
  }

  /**
   * The date-time in the language of a visitor's page: Indonesian as {@link #dateTime(Instant, ZoneId)}; in English
   * {@code 2 December 2026 10:42 WITA} (the same zone and its Indonesian abbreviation).
   */
  public static String dateTime(Instant instant, ZoneId zone, java.util.Locale locale) {
    if (!english(locale)) {
      return dateTime(instant, zone);
    }
    if (instant == null) {
      return "";
    }
    ZonedDateTime t = instant.atZone(zone);
    return date(t.toLocalDate(), locale) + " " + "%02d:%02d".formatted(t.getHour(), t.getMinute()) + " " + zoneName(zone);
  }

  /** "1 Desember 2026", in English "1 December 2026". */
  public static String date(LocalDate date, java.util.Locale locale) {
    if (!english(locale) || date == null) {
      return date(date);
    }
    return date.getDayOfMonth() + " "
        + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + date.getYear();
  }

  private static boolean english(java.util.Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }

  /** "12.46": the local hour and minute, where the day and zone are given nearby. */
  public static String hourMinute(Instant instant, ZoneId zone) {
    if (instant == null) {
      return "";
    }
    ZonedDateTime t = instant.atZone(zone);
    return "%02d.%02d".formatted(t.getHour(), t.getMinute());
  }

  /** "12.46.05": the local time of day with seconds, where the day and zone are given nearby. */
  public static String time(Instant instant, ZoneId zone) {
    if (instant == null) {
      return "";
    }
    ZonedDateTime t = instant.atZone(zone);
    return "%02d.%02d.%02d".formatted(t.getHour(), t.getMinute(), t.getSecond());
  }

  /** WIB, WITA or WIT for the Indonesian zones; the zone id otherwise. */
  public static String zoneName(ZoneId zone) {
    return switch (zone.getId()) {
      case "Asia/Makassar" -> "WITA";
      case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
      case "Asia/Jayapura" -> "WIT";
      default -> zone.getId();
    };
  }

  // ---- static: numbers, money, durations -------------------------------------------------------

  /** {@code Rp1.234.567}. */
  public static String rupiah(long amount) {
    return Rupiah.format(amount);
  }

  /** Digits grouped by thousands with dots: 1234567 gives "1.234.567". */
  public static String grouped(long value) {
    return Rupiah.grouped(value);
  }

  /** A decimal rounded half up to {@code scale} places, decimal comma, grouped: 1234.5 (2) gives "1.234,50". */
  public static String decimal(BigDecimal value, int scale) {
    if (value == null) {
      return "–";
    }
    BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
    String plain = rounded.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
    return (rounded.signum() < 0 ? "-" : "") + Rupiah.grouped(Long.parseLong(whole)) + fraction;
  }

  /** A share in percent with one decimal: "87,5%"; "–" when there is nothing to measure. */
  public static String percent(BigDecimal percent) {
    return percent == null ? "–" : decimal(percent, 1) + "%";
  }

  /** "7:05" for seven minutes five seconds, "1:02:03" past an hour; empty when null. */
  public static String duration(Duration d) {
    if (d == null) {
      return "";
    }
    long s = d.toSeconds();
    return s >= 3600 ? "%d:%02d:%02d".formatted(s / 3600, s / 60 % 60, s % 60) : "%d:%02d".formatted(s / 60, s % 60);
  }

  /** In words for longer spans: "2 hari 3 jam", "3 jam 5 menit", "4 menit 10 detik", "12 detik". */
  public static String durationWords(Duration d) {
    if (d == null) {
      return "";
    }
    long s = Math.max(0, d.toSeconds());
    long days = s / 86_400;
    long hours = s / 3600 % 24;
    long minutes = s / 60 % 60;
    long seconds = s % 60;
    if (days > 0) {
      return days + " hari" + (hours > 0 ? " " + hours + " jam" : "");
    }
    if (hours > 0) {
      return hours + " jam" + (minutes > 0 ? " " + minutes + " menit" : "");
    }
    if (minutes > 0) {
      return minutes + " menit" + (seconds > 0 ? " " + seconds + " detik" : "");
    }
    return seconds + " detik";
  }

  // ---- instance: the same in the carried zone, for templates -------------------------------------

  public String dateTime(Instant instant) {
    return dateTime(instant, zone);
  }

  public String dateTime(Date date) {
    return date == null ? "" : dateTime(date.toInstant(), zone);
  }

  public String date(Instant instant) {
    return date(instant, zone);
  }

  /** {@link #dateTime(Instant, ZoneId, java.util.Locale)} in the carried zone. */
  public String dateTime(Instant instant, java.util.Locale locale) {
    return dateTime(instant, zone, locale);
  }

  public String time(Instant instant) {
    return time(instant, zone);
  }

  private static final java.util.regex.Pattern ISO_INSTANT =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?Z");

  /**
   * A stored text (an audit trail entry) with every UTC instant written in it as ISO-8601
   * ({@code 2026-12-01T04:46:40.909641Z}) rewritten the one way ({@code 1 Desember 2026 12.46 WITA}).
   */
  public String text(String text) {
    if (text == null) {
      return "";
    }
    java.util.regex.Matcher m = ISO_INSTANT.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String iso = m.group();
      String replacement;
      try {
        replacement = dateTime(Instant.parse(iso.length() == 17 ? iso.replace("Z", ":00Z") : iso));
      } catch (java.time.format.DateTimeParseException e) {
        replacement = iso;
      }
      m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  public String zoneName() {
    return zoneName(zone);
  }

  /** Today in the zone. */
  public LocalDate today(java.time.Clock clock) {
    return LocalDate.ofInstant(clock.instant(), zone);
  }
}
