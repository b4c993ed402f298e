package id.go.bps.pst.catalog;

/** A digital map of statistical work areas (peta digital WKS). */
public record WksMap(
    String id, String title, MapCoverage coverage, String regionCode, MapLevel level, int year, String fileFormat) {

  /** The map kind, e.g. {@code REGENCY_VILLAGE}; tariff items refer to it. */
  public String kind() {
    return coverage.name() + "_" + level.name();
  }
}
