package id.go.bps.pst.document;

/** The kinds of document the service produces, with the Indonesian name printed and shown to users. */
public enum DocumentKind implements id.go.bps.pst.common.Labelled {
  INVOICE("Invoice (Tagihan)", "INV"),
  MICRODATA_SAMPLE("Contoh Data Mikro", "CDM"),
  USAGE_AGREEMENT("Surat Perjanjian Penggunaan Data", "SPPD"),
  RECEIPT("Kuitansi", "KWT"),
  HANDOVER("Berita Acara Serah Terima", "BAST");

  private final String label;
  private final String numberPrefix;

  DocumentKind(String label, String numberPrefix) {
    this.label = label;
    this.numberPrefix = numberPrefix;
  }

  /** Indonesian name of the document kind. */
  @Override
  public String label() {
    return label;
  }

  /** Prefix of numbers the module allocates for this kind, e.g. "KWT" in KWT-6503-2026-000001. */
  public String numberPrefix() {
    return numberPrefix;
  }
}
