package id.go.bps.pst.payment;

import java.util.Optional;

/**
 * Refund decisions (a supervisor task records them): for requests cancelled after payment and for the surplus of a
 * transfer from abroad. Amounts always come from the payment row, never from the caller.
 */
public interface RefundService {

  /**
   * Opens the refund decision for the surplus of the request's transfer, once per payment: the first call for a
   * payment with a surplus marks it and returns the surplus; every later or concurrent call (retry, replay) returns
   * empty, as does a payment without surplus. Joins the caller's transaction, so the mark is undone with it.
   *
   * @return the surplus (whole rupiah) when this call opened the decision
   */
  Optional<Long> openSurplusRefund(String requestNumber);

  /**
   * Records the decision. The request must have a recorded payment; for {@link RefundCause#TRANSFER_SURPLUS} a
   * surplus whose refund decision was opened, and the decided amount is that surplus. One decision per request and
   * cause; a rejection needs a note.
   *
   * @throws PaymentException with a message in Bahasa Indonesia when a rule is broken
   */
  RefundDecision record(String requestNumber, RefundCause cause, RefundDecision.Decision decision, String note,
      String decidedBy);

  /** For a request cancelled after payment ({@link RefundCause#CANCELLED_AFTER_PAYMENT}). */
  default RefundDecision record(String requestNumber, RefundDecision.Decision decision, String note,
      String decidedBy) {
    return record(requestNumber, RefundCause.CANCELLED_AFTER_PAYMENT, decision, note, decidedBy);
  }

  /** Same, with the decision as text ({@code APPROVED}/{@code REJECTED}), as a form variable gives it. */
  RefundDecision record(String requestNumber, RefundCause cause, String decision, String note, String decidedBy);

  /** For a request cancelled after payment, with the decision as text. */
  default RefundDecision record(String requestNumber, String decision, String note, String decidedBy) {
    return record(requestNumber, RefundCause.CANCELLED_AFTER_PAYMENT, decision, note, decidedBy);
  }

  /** The decision for the request and cause, if any. */
  Optional<RefundDecision> find(String requestNumber, RefundCause cause);

  /** The decision on the request's payment after a cancellation, if any. */
  default Optional<RefundDecision> find(String requestNumber) {
    return find(requestNumber, RefundCause.CANCELLED_AFTER_PAYMENT);
  }

  /**
   * Where the refund of the request's transfer surplus stands, in Bahasa Indonesia (e.g. "menunggu keputusan
   * koordinator", "disetujui dikembalikan ..."); empty when the payment has no surplus.
   */
  Optional<String> surplusRefundStatus(String requestNumber);
}
