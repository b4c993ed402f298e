package id.go.bps.pst.tariff.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Indonesian dates in quote explanations: 1 Maret 2024. */
public final class IndonesianDate {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

  private IndonesianDate() {
  }

  public static String date(LocalDate date) {
    return DATE.format(date);
  }
}
