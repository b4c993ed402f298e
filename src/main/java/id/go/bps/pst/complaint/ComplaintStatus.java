package id.go.bps.pst.complaint;

/** Where a complaint stands; every change is kept in its history with who and when. */
public enum ComplaintStatus implements id.go.bps.pst.common.Labelled {
  /** Filed, waiting for the supervisor's triage (the first response). */
  RECEIVED("Diterima"),
  /** Triaged: an officer is handling it. */
  IN_PROGRESS("Sedang ditangani"),
  /** The answer was sent; waiting for the complainant to confirm or reopen. */
  ANSWERED("Dijawab, menunggu konfirmasi"),
  /** The complainant was not satisfied and reopened it; waiting for a new triage. */
  REOPENED("Dibuka kembali"),
  /** Done: confirmed by the complainant or closed when they did not answer in time. */
  CLOSED("Selesai");

  private final String label;

  ComplaintStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public boolean open() {
    return this != CLOSED;
  }
}
