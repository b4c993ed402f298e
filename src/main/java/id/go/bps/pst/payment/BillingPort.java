package id.go.bps.pst.payment;

import java.util.Optional;

/**
 * The port to the state billing system (SIMPONI). The default implementation is local: it issues
 * codes in the same format and accepts bank notifications at {@code POST /api/payments/notifications}, so a
 * unit can run without the link.
 */
public interface BillingPort {

  /**
   * Issues a new 15-digit billing code for the request, valid for the configured period (7 days to
   * the minute by default). An older, still active billing of the same request is cancelled: only the
   * newest invoice version can be paid. The billing is stored in its own transaction, like a call to an
   * external system: it exists even if the caller's transaction later rolls back.
   *
   * @throws PaymentException if the request is invalid or already paid
   */
  Billing issue(BillingRequest request);

  /**
   * Voids an unpaid billing at (or after) its expiry; the process calls it from its expiry timer. A paid
   * billing is returned unchanged; an already expired or cancelled one too.
   *
   * @throws PaymentException if the code is unknown
   */
  Billing expire(String code);

  /**
   * Cancels an unpaid billing (the request was cancelled). A paid billing is returned unchanged.
   *
   * @throws PaymentException if the code is unknown
   */
  Billing cancel(String code);

  /** The billing with that code, with its effective status. */
  Optional<Billing> find(String code);

  /** The newest billing issued for the request (active, paid, expired or cancelled), if any. */
  Optional<Billing> findLatest(String requestNumber);
}
