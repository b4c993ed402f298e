package id.go.bps.pst.tariff;

import java.time.LocalDate;
import java.util.List;

/**
 * An order to price. {@code date} picks the schedule (today in the unit's zone, Asia/Makassar, when
 * absent). {@code userCategory} and {@code commercial} are carried into the quote for the Rp0 decision
 * (DMN {@code zero-tariff}); the quote itself is always the gross PNBP tariff.
 */
public record QuoteRequest(LocalDate date, UserCategory userCategory, Boolean commercial, List<QuoteItem> items) {
}
