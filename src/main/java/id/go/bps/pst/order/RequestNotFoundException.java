package id.go.bps.pst.order;

/** No sale request has the given number. */
public class RequestNotFoundException extends RuntimeException {
  public RequestNotFoundException(String requestNumber) {
    super("Permintaan " + requestNumber + " tidak ditemukan.");
  }
}
