package id.go.bps.pst.payment;

/**
 * Names shared with the process model: the message a bank notification correlates and the variables
 * it sets on the process instance whose business key is the request number.
 */
public final class PaymentProcess {

  /** Message correlated when a bank payment is accepted. */
  public static final String MESSAGE_PAYMENT_RECEIVED = "PaymentReceived";

  /** {@code "BANK"} (String). */
  public static final String VAR_PAYMENT_METHOD = "paymentMethod";
  /** {@code true} (Boolean). */
  public static final String VAR_PAID = "paid";
  /** NTPN (String). */
  public static final String VAR_NTPN = "ntpn";
  /** NTB (String). */
  public static final String VAR_NTB = "ntb";
  /** When the bank received the money ({@link java.util.Date}). */
  public static final String VAR_PAID_AT = "paidAt";
  /** Bank name (String). */
  public static final String VAR_BANK = "bank";
  /** Channel (String). */
  public static final String VAR_CHANNEL = "channel";

  private PaymentProcess() {}
}
