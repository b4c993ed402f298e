package id.go.bps.pst.order;

/** Where a sale request stands; the process moves it, reports and the portal read it. */
public enum RequestStatus implements id.go.bps.pst.common.Labelled {
  REGISTERED("Terdaftar di buku tamu"),
  IN_SERVICE("Sedang dilayani"),
  INVOICED("Invoice diterbitkan"),
  AWAITING_PAYMENT("Menunggu pembayaran"),
  PAID("Sudah dibayar"),
  RECEIPTED("Kuitansi diterbitkan"),
  HANDED_OVER("Produk diserahkan"),
  COMPLETED("Selesai"),
  CANCELLED("Dibatalkan");

  private final String label;

  RequestStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
