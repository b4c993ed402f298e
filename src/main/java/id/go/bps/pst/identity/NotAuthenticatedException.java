package id.go.bps.pst.identity;

/** The request has no authenticated user; answered with HTTP 401 and a Basic challenge. */
public class NotAuthenticatedException extends RuntimeException {

  public NotAuthenticatedException() {
    super("Anda belum masuk. Silakan masuk dengan akun petugas Anda.");
  }
}
