package id.go.bps.pst.payment;

import java.time.Instant;

/**
 * The supervisor's decision on refunding money received for a request: the payment of a request cancelled after
 * payment, or the surplus of a transfer from abroad.
 *
 * @param id the record id
 * @param requestNumber the cancelled sale request
 * @param paymentId the payment concerned
 * @param cause why a refund is decided
 * @param paidAmount the amount whose refund is decided, whole rupiah (the payment; for a transfer surplus the
 *     surplus, from the payment row)
 * @param decision approved or rejected
 * @param note the reason / instructions
 * @param decidedBy the supervisor's user id
 * @param decidedAt when
 */
public record RefundDecision(
    Long id,
    String requestNumber,
    Long paymentId,
    RefundCause cause,
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
