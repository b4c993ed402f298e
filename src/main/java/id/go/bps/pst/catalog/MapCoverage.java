package id.go.bps.pst.catalog;

/** What a WKS map covers: the whole of Indonesia or one kabupaten/kota. */
public enum MapCoverage {
  INDONESIA("Indonesia"),
  REGENCY("Satu kabupaten/kota");

  private final String label;

  MapCoverage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
