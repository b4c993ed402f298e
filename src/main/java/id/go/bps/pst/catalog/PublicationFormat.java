package id.go.bps.pst.catalog;

/** Format of a publication: electronic (PDF) or printed. */
public enum PublicationFormat {
  SOFTCOPY("Publikasi elektronik (PDF)"),
  HARDCOPY("Publikasi cetak");

  private final String label;

  PublicationFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
