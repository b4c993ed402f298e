package id.go.bps.pst.tariff;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A dated tariff schedule (one regulation). In force from {@code effectiveFrom} (inclusive) until
 * {@code effectiveTo} (exclusive; null = still in force).
 */
public record TariffSchedule(
    String code,
    String shortName,
    String legalBasis,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    String sourceNote,
    List<TariffItem> items) {

  public TariffSchedule {
    items = List.copyOf(items);
  }

  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && (effectiveTo == null || date.isBefore(effectiveTo));
  }

  /** True when every item carries its amounts, i.e. an order can be priced under this schedule. */
  public boolean amountsAvailable() {
    return !items.isEmpty() && items.stream().allMatch(TariffItem::hasAmounts);
  }

  public Optional<TariffItem> item(TariffProduct product) {
    for (TariffItem item : items) {
      if (item.products().contains(product)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }
}
