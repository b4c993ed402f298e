package id.go.bps.pst.payment;

import java.util.Optional;

/** Refund decisions for requests cancelled after payment (a supervisor task records them). */
public interface RefundService {

  /**
   * Records the decision. The request must have a recorded payment; one decision per request; a
   * rejection needs a note.
   *
   * @throws PaymentException with a message in Bahasa Indonesia when a rule is broken
   */
  RefundDecision record(String requestNumber, RefundDecision.Decision decision, String note, String decidedBy);

  /** Same, with the decision as text ({@code APPROVED}/{@code REJECTED}), as a form variable gives it. */
  RefundDecision record(String requestNumber, String decision, String note, String decidedBy);

  /** The decision for the request, if any. */
  Optional<RefundDecision> find(String requestNumber);
}
