package id.go.bps.pst.payment;

/** How a request was paid. */
public enum PaymentMethod {
  /** Cash to the treasurer (bendahara penerimaan). */
  CASH,
  /** At a bank (teller, ATM, internet banking, EDC, wallet) with the billing code; has an NTPN. */
  BANK,
  /**
   * A bank transfer from abroad to the treasurer's account, verified by the treasurer against the proof the
   * visitor uploaded (task "Verifikasi bukti transfer"); has the treasurer's bank reference, no NTPN.
   */
  TRANSFER
}
