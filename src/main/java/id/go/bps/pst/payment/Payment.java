package id.go.bps.pst.payment;

import java.time.Instant;

/**
 * A payment that settles a request. Exactly one per request.
 *
 * @param id the payment id
 * @param requestNumber the sale request
 * @param method cash or bank
 * @param amount whole rupiah, equal to the invoice
 * @param paidAt when the money was received (cash: recorded by the treasurer; bank: as the bank reports)
 * @param receivedBy the treasurer's user id (cash only)
 * @param bank the bank (bank only)
 * @param channel teller, ATM, internet banking, ... (bank only)
 * @param ntb the bank's transaction number (bank only)
 * @param ntpn the state revenue transaction number, 16 characters (bank only)
 * @param billingCode the billing code paid (bank only)
 * @param amountReceived what reached the account (transfer only): at least {@code amount}; the difference is a
 *     surplus recorded for a refund decision
 * @param reference the bank reference of the incoming transfer as the treasurer read it (transfer only)
 * @param proofUploadId the uploaded proof of transfer that the treasurer verified (transfer only)
 */
public record Payment(
    Long id,
    String requestNumber,
    PaymentMethod method,
    long amount,
    Instant paidAt,
    String receivedBy,
    String bank,
    String channel,
    String ntb,
    String ntpn,
    String billingCode,
    Long amountReceived,
    String reference,
    Long proofUploadId) {

  /** What was received beyond the invoice (transfer only; 0 otherwise): not PNBP, to be refunded. */
  public long surplus() {
    return amountReceived == null ? 0 : amountReceived - amount;
  }
}
