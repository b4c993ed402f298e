package id.go.bps.pst.catalog;

/** A digital map of statistical work areas (peta digital WKS). */
public record WksMap(
    String id, String title, MapCoverage coverage, String regionCode, MapLevel level, int year, String fileFormat)
    implements CatalogEntry {

  @Override
  public String cartLabel() {
    return "Peta WKS: " + title;
  }

  @Override
  public java.util.List<String> details() {
    return java.util.List.of(
        "Judul: " + title,
        "Cakupan: " + coverage + ", tingkat " + level,
        "Kode wilayah: " + regionCode,
        "Tahun: " + year,
        "Format berkas asli: " + fileFormat);
  }

  /** The map kind, e.g. {@code REGENCY_VILLAGE}; tariff items refer to it. */
  public String kind() {
    return coverage.name() + "_" + level.name();
  }
}
