/**
 * Payment module: billing codes (SIMPONI port with a local implementation), bank payment
 * notifications, cash payments, receipts (kuitansi) with gapless numbering, refund decisions and
 * the daily reconciliation for the treasurer (bendahara penerimaan).
 *
 * <p>Other modules use only the types in this package; {@code internal} is private to the module.
 *
 * <h2>For the process</h2>
 * <ul>
 *   <li>{@link id.go.bps.pst.payment.BillingPort#issue} when the invoice is final (amount &gt; 0); keep the
 *       code and {@code expiresAt} for the expiry timer; on the timer call
 *       {@link id.go.bps.pst.payment.BillingPort#expire}; on cancellation {@link id.go.bps.pst.payment.BillingPort#cancel}.
 *   <li>Bank: wait for message {@value id.go.bps.pst.payment.PaymentProcess#MESSAGE_PAYMENT_RECEIVED} (business key
 *       = request number); the notification sets {@code paymentMethod="BANK"}, {@code paid=true}, {@code ntpn},
 *       {@code ntb}, {@code paidAt} (Date), {@code bank}, {@code channel}.
 *   <li>Cash: {@link id.go.bps.pst.payment.PaymentService#recordCash} from the treasurer's task; a
 *       {@link id.go.bps.pst.payment.PaymentException} carries a message for the form.
 *   <li>Receipt: {@link id.go.bps.pst.payment.ReceiptService#issue} with
 *       {@link id.go.bps.pst.payment.IssueReceipt#forPayment} or {@link id.go.bps.pst.payment.IssueReceipt#zeroTariff}.
 *   <li>Cancellation after payment: {@link id.go.bps.pst.payment.RefundService#record} from a supervisor task.
 * </ul>
 *
 * <h2>For the bank side</h2>
 * {@code POST /api/payments/notifications}, JSON {@code {billingCode, amount, paidAt, bank, channel, ntb, ntpn}},
 * headers {@code X-PST-Timestamp} (epoch seconds, within {@code pst.payment.allowed-clock-skew}) and
 * {@code X-PST-Signature} = hex HMAC-SHA256 of {@code timestamp + "." + rawBody} with
 * {@code pst.payment.secret} (environment {@code PST_PAYMENT_SECRET}). Answers: 200 ACCEPTED or REPLAY (with
 * the payment), 400 malformed, 401 signature/timestamp, 404 unknown code, 409 conflicting replay / already
 * paid / process not waiting (retry later), 422 expired, cancelled, wrong amount or payment time, 503 retry
 * later. Every notification is logged in {@code pst_payment_notification_log}.
 */
package id.go.bps.pst.payment;
