package id.go.bps.pst.payment;

/**
 * Published (in the transaction that records it) when a bank payment arrives for the billing code of
 * a request that was cancelled: the money is recorded, and its refund must be decided.
 */
public record LatePaymentReceived(Payment payment) {}
