package id.go.bps.pst.payment;

/**
 * One line of a billing: the PNBP account code (e.g. {@code 425411}), what it is for, and the amount in
 * whole rupiah. A {@code null} account code takes the configured default ({@code pst.payment.account-code}).
 */
public record BillingLine(String accountCode, String description, long amount) {}
