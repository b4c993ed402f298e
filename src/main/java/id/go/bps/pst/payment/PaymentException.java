package id.go.bps.pst.payment;

/**
 * A payment rule was broken. The message is in Bahasa Indonesia and may be shown to the treasurer as
 * is (for example as a form validation error); it holds no personal data.
 */
public class PaymentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PaymentException(String message) {
    super(message);
  }

  public PaymentException(String message, Throwable cause) {
    super(message, cause);
  }
}
