package id.go.bps.pst.payment;

/**
 * Published (in the transaction that records it) when a bank payment is accepted for a request that
 * waits for it: the sale's audit trail and the visitor's history record it.
 */
public record BankPaymentReceived(Payment payment) {}
