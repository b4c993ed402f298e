package id.go.bps.pst.order;

/** Identity document shown by the visitor (persyaratan 1). */
public enum IdentityType {
  KTP("KTP (NIK)"),
  SIM("SIM"),
  PASPOR("Paspor"),
  LAINNYA("Lainnya");

  private final String label;

  IdentityType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
