package id.go.bps.pst.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The daily reconciliation for the treasurer and the supervisor: one local day of the unit's zone.
 *
 * @param day the local day
 * @param zone the unit's zone (Asia/Makassar)
 * @param from start of the day (UTC, inclusive)
 * @param to end of the day (UTC, exclusive)
 * @param receipts receipts issued that day, by number
 * @param cashPayments cash received that day
 * @param bankPayments bank payments made that day (by the bank's payment time), with NTPN
 * @param transferPayments transfers from abroad verified by the treasurer that day, with the bank reference
 * @param receiptTotalsByMethod receipts per method (every method listed, also when zero)
 * @param receiptTotalsByProductKind receipts per product-kind combination as given on the receipt
 * @param receiptTotal sum of the receipts
 * @param cashTotal sum of the cash payments
 * @param bankTotal sum of the bank payments
 * @param transferTotal sum of the verified transfers (the invoice totals; a surplus is not PNBP)
 * @param mismatches anything unmatched (see {@link MismatchKind})
 * @param refusedNotifications bank notifications refused that day
 * @param surplusRefunds for each transfer of the day with a surplus (by request number): where its refund stands
 */
public record ReconciliationReport(
    LocalDate day,
    ZoneId zone,
    Instant from,
    Instant to,
    List<Receipt> receipts,
    List<Payment> cashPayments,
    List<Payment> bankPayments,
    List<Payment> transferPayments,
    List<Total> receiptTotalsByMethod,
    List<Total> receiptTotalsByProductKind,
    long receiptTotal,
    long cashTotal,
    long bankTotal,
    long transferTotal,
    List<Mismatch> mismatches,
    List<RefusedNotification> refusedNotifications,
    java.util.Map<String, String> surplusRefunds) {

  /** Where the refund of the request's transfer surplus stands; empty text when there is no surplus. */
  public String surplusRefundStatus(String requestNumber) {
    return surplusRefunds.getOrDefault(requestNumber, "");
  }

  /** Cash, bank and transfers. */
  public long paymentTotal() {
    return cashTotal + bankTotal + transferTotal;
  }

  /** A total over a group. */
  public record Total(String key, long count, long amount) {}

  /** What kind of mismatch. */
  public enum MismatchKind {
    /** A payment of the day has no receipt (yet). */
    PAYMENT_WITHOUT_RECEIPT,
    /**
     * A payment of the day arrived for a request already cancelled (the bank took the money after the sale was
     * cancelled): no receipt is made for it; the supervisor decides its refund.
     */
    PAYMENT_OF_CANCELLED_REQUEST,
    /** A non-zero receipt of the day has no recorded payment. */
    RECEIPT_WITHOUT_PAYMENT,
    /** A receipt of the day states another amount than its payment. */
    AMOUNT_DIFFERS,
    /** A receipt of the day states another method than its payment. */
    METHOD_DIFFERS
  }

  /**
   * An unmatched item.
   *
   * @param kind what is wrong
   * @param requestNumber the request
   * @param reference the receipt number or the payment's NTPN / method
   * @param amount the amount concerned
   * @param description explanation in Bahasa Indonesia
   */
  public record Mismatch(
      MismatchKind kind, String requestNumber, String reference, long amount, String description) {}

  /** A refused bank notification (no secret, no body). */
  public record RefusedNotification(
      Instant receivedAt, String reason, int httpStatus, String message, String billingCode, Long amount) {}
}
