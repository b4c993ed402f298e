package id.go.bps.pst.common;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Rupiah amounts as Indonesians write them: {@code Rp1.234.567}. Whole rupiah only. */
public final class Rupiah {

  private static final ThreadLocal<DecimalFormat> FORMAT = ThreadLocal.withInitial(() -> {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.forLanguageTag("id-ID"));
    symbols.setGroupingSeparator('.');
    return new DecimalFormat("#,##0", symbols);
  });

  private Rupiah() {}

  public static String format(long amount) {
    return (amount < 0 ? "-Rp" : "Rp") + FORMAT.get().format(Math.abs(amount));
  }
}
