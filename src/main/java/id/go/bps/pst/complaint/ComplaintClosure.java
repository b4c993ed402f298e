package id.go.bps.pst.complaint;

/** How a complaint was closed. */
public enum ComplaintClosure {
  CONFIRMED("Pengadu menyatakan puas/selesai"),
  TIMEOUT("Ditutup otomatis: pengadu tidak menanggapi jawaban dalam batas waktu");

  private final String label;

  ComplaintClosure(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
