package id.go.bps.pst.tariff.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Indonesian number and date formatting: 1.234.567, Rp24.700, 1 Maret 2024. */
public final class Rupiah {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

  private Rupiah() {
  }

  /** Digits grouped by '.' (no decimals). */
  public static String number(long n) {
    String digits = Long.toString(Math.abs(n));
    StringBuilder sb = new StringBuilder(digits.length() + 8);
    if (n < 0) {
      sb.append('-');
    }
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      sb.append('.').append(digits, i, i + 3);
    }
    return sb.toString();
  }

  public static String rp(long amount) {
    return "Rp" + number(amount);
  }

  public static String date(LocalDate date) {
    return DATE.format(date);
  }
}
