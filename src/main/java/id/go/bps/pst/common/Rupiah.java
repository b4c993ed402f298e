package id.go.bps.pst.common;

/** Rupiah amounts as Indonesians write them: {@code Rp1.234.567}. Whole rupiah only. */
public final class Rupiah {

  private Rupiah() {}

  /** {@code Rp1.234.567}; negative amounts as {@code -Rp1.000}. */
  public static String format(long amount) {
    return (amount < 0 ? "-Rp" : "Rp") + grouped(Math.abs(amount));
  }

  /** Digits grouped by thousands with dots, no decimals: 1234567 gives {@code 1.234.567}. */
  public static String grouped(long value) {
    String digits = Long.toString(Math.abs(value));
    StringBuilder sb = new StringBuilder(digits.length() + 8);
    if (value < 0) {
      sb.append('-');
    }
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      sb.append('.').append(digits, i, i + 3);
    }
    return sb.toString();
  }
}
