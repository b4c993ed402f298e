package id.go.bps.pst.complaint;

/**
 * The supervisor's reading of a complaint at triage, which sets the answer deadline in working days
 * ({@code pst.complaint.answer-days}, {@code complex-answer-days}, {@code field-check-answer-days}).
 */
public enum ComplaintComplexity {
  STANDARD("Biasa"),
  COMPLEX("Perlu penanganan lebih (kompleks)"),
  FIELD_CHECK("Perlu pemeriksaan lapangan");

  private final String label;

  ComplaintComplexity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
