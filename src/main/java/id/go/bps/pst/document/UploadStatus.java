package id.go.bps.pst.document;

/** Where an uploaded file stands in the officer's document check. */
public enum UploadStatus {
  UPLOADED("diunggah"),
  ACCEPTED("diterima"),
  REJECTED("ditolak");

  private final String label;

  UploadStatus(String label) {
    this.label = label;
  }

  /** The Indonesian word shown to visitors and staff. */
  public String label() {
    return label;
  }
}
