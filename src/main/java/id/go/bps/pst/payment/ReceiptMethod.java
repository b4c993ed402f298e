package id.go.bps.pst.payment;

/** How the amount on a receipt was settled. */
public enum ReceiptMethod {
  CASH,
  BANK,
  /** A transfer from abroad, verified by the treasurer ({@link PaymentMethod#TRANSFER}). */
  TRANSFER,
  /** Rp0 tariff: no billing code, no payment; the receipt states the Rp0 basis. */
  ZERO_TARIFF
}
