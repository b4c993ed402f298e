package id.go.bps.pst.tariff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * An order to price. {@code date} picks the schedule (today in the selling unit's zone when
 * absent). {@code userCategory} and {@code commercial} are carried into the quote for the Rp0 decision
 * (DMN {@code zero-tariff}); the quote itself is always the gross PNBP tariff.
 */
public record QuoteRequest(LocalDate date, UserCategory userCategory, Boolean commercial,
    @Size(max = QuoteRequest.MAX_ITEMS, message = "«items» paling banyak " + QuoteRequest.MAX_ITEMS + " produk per penawaran.")
    List<@Valid QuoteItem> items) {

  /** The most items one quote (and one cart) may have. */
  public static final int MAX_ITEMS = 50;
}
