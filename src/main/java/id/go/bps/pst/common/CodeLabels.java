package id.go.bps.pst.common;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The one place that turns the codes the modules store (audit actions, payment methods, product kinds,
 * statuses, survey sources, ...) into the Indonesian labels people read. Pages call
 * {@code ${@labels.of(code)}}; Java calls {@link #label(String)}. A code without a label is shown as it
 * is (a test keeps the list complete for the codes of the modules).
 */
@Component("labels")
public class CodeLabels {

  private static final Map<String, String> LABELS = withProductTypes(Map.ofEntries(
      // audit trail actions of a sale request (order module's pst_request_event)
      Map.entry("REGISTERED", "Buku tamu dicatat"),
      Map.entry("PRICED", "Harga dihitung"),
      Map.entry("TASK_COMPLETED", "Langkah selesai"),
      Map.entry("TERMS_ACCEPTED", "Ketentuan disetujui"),
      Map.entry("TERMS_DECLINED", "Ketentuan ditolak"),
      Map.entry("AGREEMENT_PARTICULARS_RECORDED", "Pekerjaan dan alamat untuk perjanjian dicatat"),
      Map.entry("AGREEMENT_PARTICULARS_CORRECTED", "Pekerjaan atau alamat pada perjanjian diperbaiki"),
      Map.entry("VISITOR_CORRECTED", "Data pengguna layanan diperbaiki"),
      Map.entry("INVOICE_CORRECTION_HANDLED", "Perbaikan invoice ditangani"),
      Map.entry("PRODUCT_CORRECTION_HANDLED", "Perbaikan kuitansi/produk ditangani"),
      Map.entry("RECEIPT_PAYER_CHANGED", "Nama pembayar pada kuitansi diubah"),
      Map.entry("RECEIPT_REISSUED", "Kuitansi diterbitkan ulang"),
      Map.entry("BILLING_EXPIRED", "Kode billing kedaluwarsa"),
      Map.entry("DOWNLOAD_LINKS_CREATED", "Tautan unduhan dibuat"),
      Map.entry("DOWNLOAD_LINK_RENEWED", "Tautan unduhan diperbarui"),
      Map.entry("PORTAL_LINK_SENT", "Tautan portal dikirim"),
      Map.entry("PAYMENT_RECEIVED", "Pembayaran diterima"),
      Map.entry("DOCUMENTS_COMPLETE", "Dokumen lengkap"),
      Map.entry("DOCUMENTS_INCOMPLETE", "Dokumen belum lengkap"),
      Map.entry("UPLOAD", "Berkas diunggah"),
      Map.entry("UPLOAD_ACCEPTED", "Berkas diterima"),
      Map.entry("UPLOAD_REJECTED", "Berkas ditolak"),
      Map.entry("DOCUMENTS_REJECT", "Permintaan ditolak pada pemeriksaan dokumen"),
      Map.entry("INVOICE_REVIEW_OK", "Invoice dan dokumen dinyatakan sesuai"),
      Map.entry("INVOICE_REVIEW_CORRECTION", "Perbaikan invoice/dokumen diminta"),
      Map.entry("INVOICE_REVIEW_CANCEL", "Dibatalkan saat pemeriksaan invoice"),
      Map.entry("PRODUCT_REVIEW_OK", "Kuitansi dan produk dinyatakan sesuai"),
      Map.entry("PRODUCT_REVIEW_CORRECTION", "Perbaikan kuitansi/produk diminta"),
      Map.entry("ZERO_TARIFF_REQUESTED", "Tarif Rp0 diajukan"),
      Map.entry("ZERO_TARIFF_APPROVED", "Tarif Rp0 disetujui"),
      Map.entry("PAYMENT_METHOD_CHOSEN", "Cara pembayaran dipilih"),
      Map.entry("AGREEMENT_SIGNED", "Perjanjian penggunaan data ditandatangani"),
      Map.entry("BILLING_CANCELLED", "Kode billing dinonaktifkan"),
      Map.entry("LATE_PAYMENT_RECEIVED", "Pembayaran diterima setelah pembatalan"),
      Map.entry("REFUND_APPROVED", "Pengembalian dana disetujui"),
      Map.entry("REFUND_REJECTED", "Pengembalian dana ditolak"),
      Map.entry("STATUS_REGISTERED", "Status: terdaftar di buku tamu"),
      Map.entry("STATUS_IN_SERVICE", "Status: sedang dilayani"),
      Map.entry("STATUS_INVOICED", "Status: invoice diterbitkan"),
      Map.entry("STATUS_AWAITING_PAYMENT", "Status: menunggu pembayaran"),
      Map.entry("STATUS_PAID", "Status: sudah dibayar"),
      Map.entry("STATUS_RECEIPTED", "Status: kuitansi diterbitkan"),
      Map.entry("STATUS_HANDED_OVER", "Status: produk diserahkan"),
      Map.entry("STATUS_COMPLETED", "Status: selesai"),
      Map.entry("STATUS_CANCELLED", "Status: dibatalkan"),
      // payment and receipt methods, billing and refunds
      Map.entry("CASH", "Tunai"),
      // the bank's payment channels (SIMPONI notification)
      Map.entry("TELLER", "teller bank"),
      Map.entry("ATM", "ATM"),
      Map.entry("INTERNET_BANKING", "internet banking"),
      Map.entry("MOBILE_BANKING", "mobile banking"),
      Map.entry("EDC", "mesin EDC"),
      Map.entry("BANK", "Bank (kode billing)"),
      Map.entry("TRANSFER", "Transfer dari luar negeri"),
      Map.entry("ZERO_TARIFF", "Tarif Rp0"),
      Map.entry("ACTIVE", "Aktif"),
      Map.entry("PAID", "Dibayar"),
      Map.entry("EXPIRED", "Kedaluwarsa"),
      Map.entry("CANCELLED", "Dibatalkan"),
      Map.entry("APPROVED", "Disetujui"),
      Map.entry("REJECTED", "Ditolak"),
      Map.entry("PAYMENT_WITHOUT_RECEIPT", "Pembayaran tanpa kuitansi"),
      Map.entry("PAYMENT_OF_CANCELLED_REQUEST", "Pembayaran untuk permintaan yang dibatalkan"),
      Map.entry("RECEIPT_WITHOUT_PAYMENT", "Kuitansi tanpa pembayaran"),
      Map.entry("AMOUNT_DIFFERS", "Jumlah berbeda"),
      Map.entry("METHOD_DIFFERS", "Metode berbeda"),
      Map.entry("TOTAL_DIFFERS", "Total pesanan berbeda dari kuitansi"),
      // bank notification outcomes
      Map.entry("ACCEPTED", "Diterima"),
      Map.entry("REPLAY", "Pengiriman ulang (sudah tercatat)"),
      Map.entry("MALFORMED", "Format tidak valid"),
      Map.entry("MISSING_SIGNATURE", "Tanpa tanda tangan"),
      Map.entry("BAD_SIGNATURE", "Tanda tangan salah"),
      Map.entry("STALE_TIMESTAMP", "Waktu kedaluwarsa"),
      Map.entry("UNKNOWN_CODE", "Kode billing tidak dikenal"),
      Map.entry("ALREADY_PAID", "Sudah dibayar"),
      Map.entry("CONFLICTING_REPLAY", "Pengiriman ulang dengan isi berbeda"),
      Map.entry("PROCESS_NOT_WAITING", "Proses tidak sedang menunggu pembayaran"),
      Map.entry("EXPIRED_CODE", "Kode billing kedaluwarsa"),
      Map.entry("CANCELLED_CODE", "Kode billing dibatalkan"),
      Map.entry("WRONG_AMOUNT", "Jumlah tidak sesuai"),
      Map.entry("INVALID_PAID_AT", "Waktu bayar tidak valid"),
      Map.entry("UNAVAILABLE", "Layanan tidak tersedia"),
      // products (the product types' own labels are added from ProductType)
      Map.entry("SOFTCOPY", "Publikasi elektronik"),
      Map.entry("HARDCOPY", "Publikasi cetak"),
      Map.entry("PUBLICATION_SOFTCOPY", "Publikasi elektronik"),
      Map.entry("PUBLICATION_HARDCOPY", "Publikasi cetak"),
      // documents
      Map.entry("VALID", "Berlaku"),
      Map.entry("REPLACED", "Diganti"),
      Map.entry("INVOICE", "Invoice (tagihan)"),
      Map.entry("MICRODATA_SAMPLE", "Contoh data mikro"),
      Map.entry("USAGE_AGREEMENT", "Surat perjanjian penggunaan data"),
      Map.entry("RECEIPT", "Kuitansi"),
      Map.entry("HANDOVER", "Berita acara serah terima"),
      // e-mail outbox
      Map.entry("PENDING", "Menunggu dikirim"),
      Map.entry("SENT", "Terkirim"),
      Map.entry("FAILED", "Gagal"),
      Map.entry("HELD", "Ditahan (SMTP tidak aktif)"),
      Map.entry("PORTAL_LINK", "Tautan portal"),
      Map.entry("INVOICE_ISSUED", "Invoice diterbitkan"),
      Map.entry("BILLING_CODE", "Kode billing"),
      Map.entry("CORRECTION_ANSWERED", "Tanggapan perbaikan"),
      Map.entry("DOCUMENTS_RETURNED", "Dokumen dikembalikan untuk dilengkapi"),
      Map.entry("TRANSFER_RETURNED", "Bukti transfer dikembalikan"),
      Map.entry("TRANSFER_REJECTED", "Transfer dari luar negeri ditolak bendahara"),
      Map.entry("TRANSFER_VERIFIED", "Transfer dari luar negeri diverifikasi bendahara"),
      Map.entry("TRANSFER_PROOF_SUBMITTED", "Bukti transfer dikirim untuk diperiksa bendahara"),
      Map.entry("TRANSFER_SURPLUS", "Kelebihan transfer dicatat untuk pengembalian"),
      Map.entry("SURPLUS_REFUND_REQUESTED", "Kelebihan transfer diajukan untuk keputusan pengembalian"),
      Map.entry("PRODUCT_READY", "Produk siap"),
      Map.entry("RECEIPT_ISSUED", "Kuitansi diterbitkan"),
      Map.entry("RATING_REQUEST", "Permintaan penilaian layanan"),
      // complaints: mails to the complainant, and the entry on a sale request's trail
      Map.entry("COMPLAINT_RECEIVED", "Tanda terima pengaduan"),
      Map.entry("COMPLAINT_ANSWERED", "Jawaban pengaduan"),
      Map.entry("KIOSK_CODE", "Kode masuk buku tamu (kios)"),
      Map.entry("COMPLAINT_FILED", "Pengaduan diajukan"),
      // satisfaction survey sources
      Map.entry("PORTAL", "Portal pengguna layanan"),
      Map.entry("COUNTER", "Di loket (layar pengguna layanan)"),
      Map.entry("STANDALONE", "Survei mandiri (kode QR)"),
      Map.entry("ASSISTED", "Diisikan petugas"),
      // user categories
      Map.entry("GOVERNMENT_AGENCY", "Instansi pemerintah pusat/daerah"),
      Map.entry("STATE_INSTITUTION", "Lembaga negara"),
      Map.entry("FOREIGN_MISSION", "Perwakilan negara asing"),
      Map.entry("INTERNATIONAL_BODY", "Lembaga internasional"),
      Map.entry("EDUCATIONAL_INSTITUTION", "Lembaga pendidikan"),
      Map.entry("STUDENT", "Mahasiswa/pelajar"),
      Map.entry("PRIVATE", "Swasta"),
      Map.entry("INDIVIDUAL", "Perorangan"),
      Map.entry("OTHER", "Lainnya"),
      // decisions in the process (gateway variables)
      Map.entry("OK", "Sesuai"),
      Map.entry("CORRECTION", "Minta perbaikan"),
      Map.entry("ACCEPT", "Setuju"),
      Map.entry("DECLINE", "Menolak"),
      Map.entry("COMPLETE", "Lengkap"),
      Map.entry("INCOMPLETE", "Belum lengkap"),
      Map.entry("REJECT", "Ditolak"),
      Map.entry("RENEW", "Terbitkan kode billing baru"),
      Map.entry("CANCEL", "Batalkan"),
      // why a request was cancelled (cancelCode)
      Map.entry("DOCUMENTS_REJECTED", "Ditolak pada pemeriksaan dokumen"),
      Map.entry("INVOICE_EXPIRED", "Invoice tidak diperiksa sampai kedaluwarsa"),
      Map.entry("VISITOR_CANCELLED", "Dibatalkan atas permintaan pengguna layanan"),
      // queue tickets
      Map.entry("WAITING", "Menunggu"),
      Map.entry("AT_COUNTER", "Di loket"),
      Map.entry("FINISHED", "Selesai"),
      Map.entry("NO_SHOW", "Tidak hadir"),
      Map.entry("LEFT", "Batal sebelum dipanggil"),
      // Camunda activity types shown in the history
      Map.entry("userTask", "Tugas"),
      Map.entry("serviceTask", "Langkah sistem"),
      Map.entry("businessRuleTask", "Keputusan (DMN)"),
      Map.entry("sendTask", "Pengiriman"),
      Map.entry("scriptTask", "Langkah sistem"),
      Map.entry("subProcess", "Subproses"),
      Map.entry("callActivity", "Subproses"),
      Map.entry("intermediateTimer", "Menunggu waktu"),
      Map.entry("intermediateMessageCatch", "Menunggu pesan"),
      Map.entry("boundaryTimer", "Batas waktu"),
      Map.entry("boundaryMessage", "Pesan"),
      Map.entry("boundaryEscalation", "Eskalasi"),
      Map.entry("intermediateThrowEvent", "Kejadian"),
      Map.entry("startEvent", "Mulai"),
      Map.entry("noneEndEvent", "Selesai"),
      Map.entry("terminateEndEvent", "Selesai (dihentikan)"),
      Map.entry("messageStartEvent", "Mulai (pesan)")));

  /** The label of a code; the code itself when none is known; empty for null. */
  private static Map<String, String> withProductTypes(Map<String, String> labels) {
    Map<String, String> all = new java.util.HashMap<>(labels);
    for (ProductType type : ProductType.values()) {
      all.put(type.name(), type.label());
    }
    return Map.copyOf(all);
  }

  public static String label(String code) {
    if (code == null) {
      return "";
    }
    return LABELS.getOrDefault(code, code);
  }

  /** True if the code has a label. */
  public static boolean has(String code) {
    return code != null && LABELS.containsKey(code);
  }

  /**
   * For pages: the label of a code or enum constant. A comma-separated list of codes (as receipts
   * store product kinds: {@code MICRODATA, PUBLICATION}) is labelled code by code.
   */
  public String of(Object code) {
    if (code == null) {
      return "";
    }
    String text = code instanceof Enum<?> e ? e.name() : code.toString();
    if (text.contains(",")) {
      StringBuilder sb = new StringBuilder();
      for (String part : text.split(",")) {
        if (!sb.isEmpty()) {
          sb.append(", ");
        }
        sb.append(label(part.strip()));
      }
      return sb.toString();
    }
    return label(text);
  }
}
