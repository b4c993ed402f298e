package id.go.bps.pst.portal.internal;

import id.go.bps.pst.order.RequestEvent;
import id.go.bps.pst.order.RequestStatus;
import id.go.bps.pst.process.Actors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The request's audit trail in words for the visitor: what happened and by whom (no staff user ids). */
final class VisitorHistory {

  public record Entry(Instant at, String who, String what) {
  }

  private VisitorHistory() {}

  /** The entries; {@code staffRole} names a member of staff by role (the treasurer's steps are hers, not "Petugas"). */
  static List<Entry> of(List<RequestEvent> events, java.util.function.Function<String, String> staffRole) {
    List<Entry> entries = new ArrayList<>();
    java.util.Map<String, String> roles = new java.util.HashMap<>();
    for (RequestEvent e : events) {
      String what = describe(e);
      if (what != null) {
        entries.add(new Entry(e.occurredAt(), who(e.actor(), actor -> roles.computeIfAbsent(actor, staffRole)), what));
      }
    }
    return entries;
  }

  private static String who(String actor, java.util.function.Function<String, String> staffRole) {
    if (Actors.VISITOR_PORTAL.equals(actor)) {
      return "Anda (melalui portal)";
    }
    if (Actors.VISITOR_COUNTER.equals(actor)) {
      return "Anda (di layar loket)";
    }
    if ("kiosk".equals(actor)) {
      return "Anda (di kios buku tamu)"; // registered by the visitor at the kiosk, not by an officer
    }
    if ("system".equals(actor) || "sistem".equals(actor)) {
      return "Sistem";
    }
    if ("bank".equals(actor)) {
      return "Bank";
    }
    return staffRole.apply(actor);
  }

  private static String describe(RequestEvent e) {
    String action = e.action();
    String detail = e.detail() == null ? "" : e.detail();
    if (action.startsWith("STATUS_")) {
      try {
        RequestStatus status = RequestStatus.valueOf(action.substring(7));
        return switch (status) {
          case INVOICED, AWAITING_PAYMENT, RECEIPTED, CANCELLED -> status.label() + (detail.isBlank()
              || detail.equals(status.label()) ? "" : ": " + detail);
          default -> status.label();
        };
      } catch (IllegalArgumentException unknown) {
        return null;
      }
    }
    return switch (action) {
      case "REGISTERED" -> "Permintaan terdaftar di buku tamu";
      case "PRICED" -> "Tarif PNBP dihitung";
      case "VISITOR_CORRECTED" -> "Nama/instansi diperbaiki";
      case "TERMS_ACCEPTED" -> "Ketentuan PNBP disetujui";
      case "TERMS_DECLINED" -> "Ketentuan PNBP tidak disetujui";
      case "DOCUMENTS_COMPLETE" -> "Dokumen persyaratan lengkap dan sesuai";
      case "DOCUMENTS_INCOMPLETE" -> "Dokumen persyaratan belum lengkap: " + detail;
      case "TRANSFER_REJECTED" -> "Transfer belum dapat diterima bendahara: " + detail;
      case "TRANSFER_VERIFIED" -> "Transfer dari luar negeri diterima bendahara";
      case "SURPLUS_REFUND_REQUESTED" -> detail;
      case "REFUND_APPROVED", "REFUND_REJECTED" -> surplusRefund(action, detail);
      case "TRANSFER_PROOF_SUBMITTED" -> "Bukti transfer dikirim untuk diperiksa bendahara";
      case "DOCUMENTS_REJECT" -> "Dokumen persyaratan tidak memenuhi: " + detail;
      case "INVOICE_REVIEW_OK" -> "Invoice dan dokumen dinyatakan sesuai";
      case "INVOICE_REVIEW_CORRECTION" -> "Perbaikan invoice/dokumen diminta: " + detail;
      case "INVOICE_REVIEW_CANCEL" -> "Permintaan dibatalkan saat pemeriksaan invoice";
      case "INVOICE_CORRECTION_HANDLED" -> "Perbaikan invoice/dokumen ditindaklanjuti: " + detail;
      case "PRODUCT_REVIEW_OK" -> "Kuitansi dan produk dinyatakan sesuai";
      case "PRODUCT_REVIEW_CORRECTION" -> "Perbaikan kuitansi/produk diminta: " + detail;
      case "PRODUCT_CORRECTION_HANDLED" -> "Perbaikan kuitansi/produk ditindaklanjuti: " + detail;
      case "RECEIPT_REISSUED" -> "Kuitansi diterbitkan ulang";
      case "BILLING_EXPIRED" -> "Kode billing kedaluwarsa";
      case "PAYMENT_RECEIVED" -> "Pembayaran diterima: " + detail;
      case "DOWNLOAD_LINKS_CREATED" -> "Tautan unduhan produk tersedia";
      case "DOWNLOAD_LINK_RENEWED" -> "Tautan unduhan diperbarui";
      case "TASK_COMPLETED" -> "Langkah selesai: " + stripAssistance(detail);
      case "UPLOAD" -> "Berkas diunggah: " + detail;
      case "UPLOAD_ACCEPTED" -> "Berkas diterima: " + detail;
      case "UPLOAD_REJECTED" -> "Berkas ditolak: " + detail;
      default -> null;
    };
  }

  /**
   * The supervisor's decision on a transfer surplus (detail "Pengembalian kelebihan transfer Rp25.000: note"): the
   * amount, and the reason when it is not refunded; decisions on cancelled requests stay staff-only as before.
   */
  private static String surplusRefund(String action, String detail) {
    String prefix = "Pengembalian kelebihan transfer ";
    int colon = detail.indexOf(':');
    if (!detail.startsWith(prefix) || colon < prefix.length()) {
      return null;
    }
    String amount = detail.substring(prefix.length(), colon).strip();
    return "REFUND_APPROVED".equals(action)
        ? "Kelebihan pembayaran " + amount + " disetujui untuk dikembalikan"
        : "Kelebihan pembayaran " + amount + " tidak dikembalikan: " + detail.substring(colon + 1).strip();
  }

  private static String stripAssistance(String detail) {
    int paren = detail.indexOf(" (");
    return paren < 0 ? detail : detail.substring(0, paren);
  }
}
