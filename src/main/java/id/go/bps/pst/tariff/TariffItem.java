package id.go.bps.pst.tariff;

import java.util.List;

/** One item of a schedule's lampiran. {@code rule} is null when the lampiran is not available. */
public record TariffItem(String code, String description, String unit, List<TariffProduct> products, TariffRule rule) {

  public TariffItem {
    products = List.copyOf(products);
  }

  public boolean hasAmounts() {
    return rule != null && rule.hasAmounts();
  }
}
