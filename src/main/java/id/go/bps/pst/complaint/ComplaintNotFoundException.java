package id.go.bps.pst.complaint;

/** No complaint has this tracking code. */
public class ComplaintNotFoundException extends RuntimeException {
  public ComplaintNotFoundException(String trackingCode) {
    super("Pengaduan dengan kode " + trackingCode + " tidak ditemukan.");
  }
}
