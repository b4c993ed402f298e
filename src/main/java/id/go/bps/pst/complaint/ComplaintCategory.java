package id.go.bps.pst.complaint;

/** What a complaint is about (in the spirit of LAPOR!'s categories and Open311's service codes). */
public enum ComplaintCategory implements id.go.bps.pst.common.Labelled {
  SERVICE("Layanan"),
  TARIFF("Tarif"),
  PRODUCT("Produk"),
  STAFF_BEHAVIOUR("Perilaku petugas"),
  FACILITIES("Sarana"),
  OTHER("Lainnya");

  private final String label;

  ComplaintCategory(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
