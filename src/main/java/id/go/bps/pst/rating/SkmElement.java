package id.go.bps.pst.rating;

/**
 * The nine elements (unsur) of the satisfaction survey of PermenPANRB 14/2017, in the order of the
 * regulation's appendix and of the forms (stored as columns q1..q9). Each is rated 1-4.
 */
public enum SkmElement implements id.go.bps.pst.common.Labelled {
  U1("Persyaratan"),
  U2("Sistem, mekanisme dan prosedur"),
  U3("Waktu penyelesaian"),
  U4("Biaya/tarif"),
  U5("Produk spesifikasi jenis pelayanan"),
  U6("Kompetensi pelaksana"),
  U7("Perilaku pelaksana"),
  U8("Penanganan pengaduan, saran dan masukan"),
  U9("Sarana dan prasarana");

  private final String label;

  SkmElement(String label) {
    this.label = label;
  }

  /** The element's name as the regulation words it. */
  @Override
  public String label() {
    return label;
  }

  /** "U1", ..., "U9". */
  public String code() {
    return name();
  }
}
