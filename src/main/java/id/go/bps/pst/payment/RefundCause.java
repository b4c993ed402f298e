package id.go.bps.pst.payment;

/** Why money is to be refunded; each cause is decided at most once per request. */
public enum RefundCause {
  /** The request was cancelled after it was paid (also a bank payment arriving after the cancellation). */
  CANCELLED_AFTER_PAYMENT("pembayaran untuk permintaan yang dibatalkan"),
  /** A transfer from abroad brought more than the invoice total: the surplus is not PNBP. */
  TRANSFER_SURPLUS("kelebihan transfer");

  private final String label;

  RefundCause(String label) {
    this.label = label;
  }

  /** In Bahasa Indonesia, lower case, as used inside a sentence. */
  public String label() {
    return label;
  }
}
