package id.go.bps.pst.payment;

import java.time.Instant;

/**
 * The supervisor's decision on refunding a request cancelled after payment.
 *
 * @param id the record id
 * @param requestNumber the cancelled sale request
 * @param paymentId the payment concerned
 * @param paidAmount the amount paid, whole rupiah
 * @param decision approved or rejected
 * @param note the reason / instructions
 * @param decidedBy the supervisor's user id
 * @param decidedAt when
 */
public record RefundDecision(
    Long id,
    String requestNumber,
    Long paymentId,
    long paidAmount,
    Decision decision,
    String note,
    String decidedBy,
    Instant decidedAt) {

  /** The outcome. */
  public enum Decision {
    APPROVED,
    REJECTED
  }
}
