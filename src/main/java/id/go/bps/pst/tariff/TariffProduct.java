package id.go.bps.pst.tariff;

/** What a tariff item prices; items of a schedule name the products they apply to. */
public enum TariffProduct {
  PUBLICATION_SOFTCOPY("Publikasi elektronik"),
  PUBLICATION_HARDCOPY("Publikasi cetak (HARDCOPY)"),
  MICRODATA("Data mikro tanpa pengolahan"),
  MICRODATA_PROCESSING("Data mikro dengan pengolahan (tabulasi)"),
  MAP_INDONESIA_DISTRICT("Peta digital WKS Indonesia per kecamatan"),
  MAP_INDONESIA_VILLAGE("Peta digital WKS Indonesia per desa/kelurahan"),
  MAP_REGENCY_DISTRICT("Peta digital WKS kabupaten/kota per kecamatan"),
  MAP_REGENCY_VILLAGE("Peta digital WKS kabupaten/kota per desa/kelurahan");

  private final String label;

  TariffProduct(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
