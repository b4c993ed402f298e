package id.go.bps.pst.document;

/** How a sale was paid, as printed on the receipt. */
public enum PaymentMethod {
  CASH("Tunai kepada Bendahara Penerimaan"),
  BANK("Setoran melalui bank/pos dengan kode billing"),
  TRANSFER("Transfer bank dari luar negeri ke rekening Bendahara Penerimaan"),
  ZERO_TARIFF("Tarif Rp0 (tanpa pembayaran)");

  private final String label;

  PaymentMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
