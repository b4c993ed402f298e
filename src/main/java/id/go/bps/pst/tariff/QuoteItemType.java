package id.go.bps.pst.tariff;

import id.go.bps.pst.catalog.PublicationFormat;
import id.go.bps.pst.common.ProductType;
import java.util.List;
import java.util.Optional;

/** Kinds of item in a quote request: a product of the catalogue, or a tariff check without one. */
public enum QuoteItemType {
  /** A catalogue publication: id, format, quantity. */
  PUBLICATION(ProductType.PUBLICATION, true),
  /** A catalogue microdata dataset: id, variables (absent = full set), regions, processing, tables. */
  MICRODATA(ProductType.MICRODATA, true),
  /** A catalogue WKS map: id, quantity. */
  MAP(ProductType.MAP, true),
  /** A microdata tariff check without a catalogue entry: bytes, processing, tables. */
  MICRODATA_SIZE(ProductType.MICRODATA, false),
  /** An electronic publication tariff check without a catalogue entry: pages, quantity. */
  PUBLICATION_PAGES(ProductType.PUBLICATION, false);

  private final ProductType kind;
  private final boolean product;

  QuoteItemType(ProductType kind, boolean product) {
    this.kind = kind;
    this.product = product;
  }

  /** The kind of product this item is, or (a tariff check) whose tariff it checks. */
  public ProductType kind() {
    return kind;
  }

  /** The item type that orders a product of this kind (every kind has one, of the same name). */
  public static QuoteItemType of(ProductType product) {
    for (QuoteItemType type : values()) {
      if (type.product && type.kind == product) {
        return type;
      }
    }
    throw new IllegalArgumentException("No quote item type orders " + product);
  }

  /** The product this item is; empty for the tariff checks, which are never ordered. */
  public Optional<ProductType> product() {
    return product ? Optional.of(kind) : Optional.empty();
  }

  /**
   * The item for a product chosen in the cart: only the fields that count for this type are kept.
   *
   * @throws IllegalArgumentException for a tariff check, which the cart does not offer
   */
  public QuoteItem cartItem(String id, PublicationFormat format, long quantity, List<String> variables,
      List<String> regions, boolean processing, Long tables) {
    return switch (this) {
      case PUBLICATION -> QuoteItem.publication(id, format, quantity);
      case MICRODATA -> processing
          ? QuoteItem.microdataProcessing(id, variables, regions, tables == null ? 1 : tables)
          : QuoteItem.microdata(id, variables, regions);
      case MAP -> QuoteItem.map(id, quantity);
      case MICRODATA_SIZE, PUBLICATION_PAGES -> throw new IllegalArgumentException(this + " is a tariff check, not a product");
    };
  }
}
