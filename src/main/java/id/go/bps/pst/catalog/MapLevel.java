package id.go.bps.pst.catalog;

/** The smallest area drawn on a WKS map. */
public enum MapLevel {
  DISTRICT("Kecamatan"),
  VILLAGE("Desa/kelurahan");

  private final String label;

  MapLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
