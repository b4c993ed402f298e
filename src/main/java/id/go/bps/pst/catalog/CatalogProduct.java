package id.go.bps.pst.catalog;

import id.go.bps.pst.common.ProductType;
import java.util.List;

/**
 * An entry of {@code catalog/products.json} (and {@code units/<code>/products.json}): a product of a kind
 * that has no catalogue file of its own, described by its title and metadata lines only. A new product
 * kind is listed here, no catalogue code needed (README "Adding a product type").
 */
public record CatalogProduct(ProductType type, String id, String title, List<String> details) implements CatalogEntry {

  public CatalogProduct {
    details = details == null ? List.of() : List.copyOf(details);
  }

  @Override
  public String cartLabel() {
    return type.label() + ": " + title;
  }
}
