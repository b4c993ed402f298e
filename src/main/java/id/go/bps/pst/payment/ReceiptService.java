package id.go.bps.pst.payment;

import java.util.Optional;

/** Receipts (kuitansi), step 15 of the service. */
public interface ReceiptService {

  /**
   * Takes the next receipt number of the unit and year (of the issue date in the unit's zone) and
   * stores the receipt, in the caller's transaction: if it rolls back, the number is not used and
   * no gap is left. A non-zero receipt needs the request's recorded payment, of the same amount. Issuing
   * again for a request that has a receipt of the same amount and method returns that receipt.
   *
   * @throws PaymentException with a message in Bahasa Indonesia when a rule is broken
   */
  Receipt issue(IssueReceipt command);

  /** The receipt of the request, if issued. */
  Optional<Receipt> findByRequestNumber(String requestNumber);

  /** The receipt with that number (e.g. for a QR verification page). */
  Optional<Receipt> findByReceiptNumber(String receiptNumber);
}
