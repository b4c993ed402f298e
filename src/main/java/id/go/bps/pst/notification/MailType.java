package id.go.bps.pst.notification;

/** The mails the service sends to visitors; each has templates mail/&lt;template&gt;.html and .txt. */
public enum MailType {
  PORTAL_LINK("portal-link", "Verifikasi alamat surel dan tautan portal permintaan"),
  INVOICE_ISSUED("invoice", "Invoice permintaan"),
  BILLING_CODE("billing-code", "Kode billing pembayaran permintaan"),
  CORRECTION_ANSWERED("correction-answered", "Tanggapan atas permintaan perbaikan"),
  DOCUMENTS_RETURNED("documents-returned", "Dokumen persyaratan perlu dilengkapi untuk permintaan"),
  TRANSFER_RETURNED("transfer-returned", "Bukti transfer perlu diunggah ulang untuk permintaan"),
  PRODUCT_READY("product-ready", "Produk statistik siap"),
  RECEIPT_ISSUED("receipt", "Kuitansi pembayaran permintaan"),
  RATING_REQUEST("rating-request", "Mohon penilaian layanan PST untuk permintaan"),
  COMPLAINT_RECEIVED("complaint-received", "Pengaduan Anda kami terima, kode"),
  COMPLAINT_ANSWERED("complaint-answered", "Jawaban atas pengaduan"),
  /** One-time code of a returning visitor at the kiosk (visit module); sent to the address on file. */
  KIOSK_CODE("kiosk-code", "Kode masuk buku tamu PST");

  private final String template;
  private final String subject;

  MailType(String template, String subject) {
    this.template = template;
    this.subject = subject;
  }

  public String template() {
    return template;
  }

  /** Subject, before the request number. */
  public String subject() {
    return subject;
  }
}
