package id.go.bps.pst.tariff;

/** An order that cannot be priced; the message (Bahasa Indonesia) names the problem. */
public class QuoteException extends RuntimeException {

  public QuoteException(String message) {
    super(message);
  }
}
