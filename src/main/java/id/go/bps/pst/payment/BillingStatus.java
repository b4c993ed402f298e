package id.go.bps.pst.payment;

/** Status of a billing code. */
public enum BillingStatus {
  /** Issued, not yet paid and not past its expiry. */
  ACTIVE,
  /** Paid at a bank; a {@link Payment} of method {@link PaymentMethod#BANK} exists. */
  PAID,
  /** Past its expiry, or voided by the process timer; a new billing must be issued. */
  EXPIRED,
  /** Superseded by a newer billing of the same request, paid in cash, or the request was cancelled. */
  CANCELLED
}
