package id.go.bps.pst.document;

/** No document with the given id or verification code. */
public class DocumentNotFoundException extends RuntimeException {

  public DocumentNotFoundException(String message) {
    super(message);
  }
}
