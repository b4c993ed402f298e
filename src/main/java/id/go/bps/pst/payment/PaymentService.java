package id.go.bps.pst.payment;

import java.util.Optional;

/**
 * Payments of sale requests. Cash is recorded here by the treasurer's task; bank payments arrive
 * through {@code POST /api/payments/notifications} and correlate the message {@value PaymentProcess#MESSAGE_PAYMENT_RECEIVED}.
 */
public interface PaymentService {

  /**
   * Records cash received by the treasurer. The amount received must equal the amount due (change is
   * not PNBP). Any still active billing of the request is cancelled so that it cannot also be paid at a
   * bank. Joins the caller's transaction.
   *
   * @param requestNumber the sale request
   * @param amountDue the invoice total in whole rupiah (positive)
   * @param amountReceived the amount the treasurer records
   * @param receivedBy the treasurer's user id
   * @throws PaymentException with a message in Bahasa Indonesia if the amount differs, the request is
   *     already paid, or an argument is missing
   */
  Payment recordCash(String requestNumber, long amountDue, long amountReceived, String receivedBy);

  /**
   * Records a transfer from abroad that the treasurer verified against the uploaded proof and the treasurer's
   * account. The payment's amount is the invoice total (the PNBP); less than that is refused (the proof goes back
   * to the visitor, see the process), more is accepted and the surplus is kept on the payment
   * ({@link Payment#surplus()}) for a refund decision. Any still active billing is cancelled, as for cash. Joins
   * the caller's transaction.
   *
   * @param requestNumber the sale request
   * @param amountDue the invoice total in whole rupiah (positive), from the order
   * @param amountReceived what reached the account, in whole rupiah
   * @param reference the bank reference of the incoming transfer (required, at most 64 characters)
   * @param proofUploadId the uploaded proof that was verified
   * @param verifiedBy the treasurer's user id
   * @throws PaymentException with a message in Bahasa Indonesia if the amount is short, the request is already
   *     paid, or an argument is missing
   */
  Payment recordTransfer(String requestNumber, long amountDue, long amountReceived, String reference,
      long proofUploadId, String verifiedBy);

  /** The payment of the request, if any. */
  Optional<Payment> findPayment(String requestNumber);
}
