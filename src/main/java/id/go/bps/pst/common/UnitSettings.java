package id.go.bps.pst.common;

import java.util.Set;

/**
 * What a unit keeps for itself besides its address (columns of {@code pst_unit} and the rows of
 * {@code pst_unit_unsold_product}, Flyway V91): null means "as configured" (today's behaviour).
 *
 * @param mailFromName the From name of the unit's mails
 * @param mailFromAddress the From address of the unit's mails
 * @param complaintBox where the unit's suggestion and complaint box stands
 * @param complaintEmail the unit's complaint e-mail address
 * @param complaintSmsWhatsapp the unit's SMS/WhatsApp number for complaints
 * @param unsoldProducts product keys the unit does not sell (see {@link #sells})
 */
public record UnitSettings(String mailFromName, String mailFromAddress, String complaintBox, String complaintEmail,
    String complaintSmsWhatsapp, Set<String> unsoldProducts) {

  public static final UnitSettings NONE = new UnitSettings(null, null, null, null, null, Set.of());

  public UnitSettings {
    unsoldProducts = unsoldProducts == null ? Set.of() : Set.copyOf(unsoldProducts);
  }

  /**
   * True when the unit sells this product: none of its keys is on the unit's list. Keys are upper case;
   * a product matches its type ({@code MAP}), its type and format ({@code PUBLICATION:HARDCOPY}) and its
   * type and catalogue id ({@code MAP:WKS-6501}).
   *
   * @param type the product kind (its stored name is the key)
   * @param productId the catalogue id, or null
   * @param format HARDCOPY or SOFTCOPY for kinds with formats, or null
   */
  public boolean sells(ProductType type, String productId, String format) {
    if (unsoldProducts.isEmpty() || type == null) {
      return true;
    }
    String t = type.name();
    if (unsoldProducts.contains(t)) {
      return false;
    }
    if (format != null && unsoldProducts.contains(t + ":" + format.toUpperCase(java.util.Locale.ROOT))) {
      return false;
    }
    return productId == null || !unsoldProducts.contains(t + ":" + productId.strip().toUpperCase(java.util.Locale.ROOT));
  }

  /** True when the unit has its own complaint channels. */
  public boolean hasComplaintChannels() {
    return complaintBox != null || complaintEmail != null || complaintSmsWhatsapp != null;
  }
}
