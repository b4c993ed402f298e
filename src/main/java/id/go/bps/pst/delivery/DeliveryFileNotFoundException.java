package id.go.bps.pst.delivery;

/** No such softcopy file for the request. */
public class DeliveryFileNotFoundException extends RuntimeException {
  public DeliveryFileNotFoundException(long fileId) {
    super("Berkas unduhan " + fileId + " tidak ditemukan");
  }
}
