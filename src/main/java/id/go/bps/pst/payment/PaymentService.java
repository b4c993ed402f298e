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

  /** The payment of the request, if any. */
  Optional<Payment> findPayment(String requestNumber);
}
