package id.go.bps.pst.portal.internal;

import id.go.bps.pst.order.RequestEvent;
import id.go.bps.pst.order.RequestStatus;
import id.go.bps.pst.common.web.VisitorText;
import id.go.bps.pst.process.Actors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The request's audit trail in words for the visitor: what happened and by whom (no staff user ids). */
final class VisitorHistory {

  public record Entry(Instant at, String who, String what) {
  }

  private VisitorHistory() {}

  /** The entries in Indonesian (see {@link #of(List, java.util.function.Function, VisitorText)}). */
  static List<Entry> of(List<RequestEvent> events, java.util.function.Function<String, String> staffRole) {
    return of(events, staffRole, null);
  }

  /**
   * The entries; {@code staffRole} names a member of staff by role (the treasurer's steps are hers, not "Petugas").
   * With {@code text} the fixed words are in the page's language ({@code history.*}); details typed by people
   * (reasons, notes) and the staff roles stay as recorded.
   */
  static List<Entry> of(List<RequestEvent> events, java.util.function.Function<String, String> staffRole,
      VisitorText text) {
    Words words = text == null ? Words.INDONESIAN : text::text;
    List<Entry> entries = new ArrayList<>();
    java.util.Map<String, String> roles = new java.util.HashMap<>();
    for (RequestEvent e : events) {
      String what = describe(e, words, text);
      if (what != null) {
        entries.add(new Entry(e.occurredAt(), who(e.actor(), actor -> roles.computeIfAbsent(actor, staffRole), words),
            what));
      }
    }
    return entries;
  }

  /** The fixed words of the history by key; Indonesian without a message source (the texts of messages.properties). */
  @FunctionalInterface
  interface Words {
    String text(String key, Object... args);

    Words INDONESIAN = (key, args) -> java.text.MessageFormat.format(INDONESIAN_TEXTS.get(key), args);
  }

  /** The Indonesian texts, the same as {@code history.*} in messages.properties (MessagesBundleTest compares). */
  static final java.util.Map<String, String> INDONESIAN_TEXTS = java.util.Map.ofEntries(
      java.util.Map.entry("history.who.portal", "Anda (melalui portal)"),
      java.util.Map.entry("history.who.counter", "Anda (di layar loket)"),
      java.util.Map.entry("history.who.kiosk", "Anda (di kios buku tamu)"),
      java.util.Map.entry("history.who.system", "Sistem"),
      java.util.Map.entry("history.who.bank", "Bank"),
      java.util.Map.entry("history.withDetail", "{0}: {1}"),
      java.util.Map.entry("history.REGISTERED", "Permintaan terdaftar di buku tamu"),
      java.util.Map.entry("history.PRICED", "Tarif PNBP dihitung"),
      java.util.Map.entry("history.VISITOR_CORRECTED", "Nama/instansi diperbaiki"),
      java.util.Map.entry("history.AGREEMENT_PARTICULARS_CORRECTED", "Pekerjaan/alamat pada perjanjian diperbaiki"),
      java.util.Map.entry("history.TERMS_ACCEPTED", "Ketentuan PNBP disetujui"),
      java.util.Map.entry("history.TERMS_DECLINED", "Ketentuan PNBP tidak disetujui"),
      java.util.Map.entry("history.DOCUMENTS_COMPLETE", "Dokumen persyaratan lengkap dan sesuai"),
      java.util.Map.entry("history.DOCUMENTS_INCOMPLETE", "Dokumen persyaratan belum lengkap: {0}"),
      java.util.Map.entry("history.TRANSFER_REJECTED", "Transfer belum dapat diterima bendahara: {0}"),
      java.util.Map.entry("history.TRANSFER_VERIFIED", "Transfer dari luar negeri diterima bendahara"),
      java.util.Map.entry("history.TRANSFER_PROOF_SUBMITTED", "Bukti transfer dikirim untuk diperiksa bendahara"),
      java.util.Map.entry("history.DOCUMENTS_REJECT", "Dokumen persyaratan tidak memenuhi: {0}"),
      java.util.Map.entry("history.INVOICE_REVIEW_OK", "Invoice dan dokumen dinyatakan sesuai"),
      java.util.Map.entry("history.INVOICE_REVIEW_CORRECTION", "Perbaikan invoice/dokumen diminta: {0}"),
      java.util.Map.entry("history.INVOICE_REVIEW_CANCEL", "Permintaan dibatalkan saat pemeriksaan invoice"),
      java.util.Map.entry("history.INVOICE_CORRECTION_HANDLED", "Perbaikan invoice/dokumen ditindaklanjuti: {0}"),
      java.util.Map.entry("history.PRODUCT_REVIEW_OK", "Kuitansi dan produk dinyatakan sesuai"),
      java.util.Map.entry("history.PRODUCT_REVIEW_CORRECTION", "Perbaikan kuitansi/produk diminta: {0}"),
      java.util.Map.entry("history.PRODUCT_CORRECTION_HANDLED", "Perbaikan kuitansi/produk ditindaklanjuti: {0}"),
      java.util.Map.entry("history.RECEIPT_REISSUED", "Kuitansi diterbitkan ulang"),
      java.util.Map.entry("history.BILLING_EXPIRED", "Kode billing kedaluwarsa"),
      java.util.Map.entry("history.PAYMENT_RECEIVED", "Pembayaran diterima: {0}"),
      java.util.Map.entry("history.DOWNLOAD_LINKS_CREATED", "Tautan unduhan produk tersedia"),
      java.util.Map.entry("history.DOWNLOAD_LINK_RENEWED", "Tautan unduhan diperbarui"),
      java.util.Map.entry("history.TASK_COMPLETED", "Langkah selesai: {0}"),
      java.util.Map.entry("history.UPLOAD", "Berkas diunggah: {0}"),
      java.util.Map.entry("history.UPLOAD_ACCEPTED", "Berkas diterima: {0}"),
      java.util.Map.entry("history.UPLOAD_REJECTED", "Berkas ditolak: {0}"),
      java.util.Map.entry("history.REFUND_APPROVED", "Kelebihan pembayaran {0} disetujui untuk dikembalikan"),
      java.util.Map.entry("history.REFUND_REJECTED", "Kelebihan pembayaran {0} tidak dikembalikan: {1}"));

  private static String who(String actor, java.util.function.Function<String, String> staffRole, Words words) {
    if (Actors.VISITOR_PORTAL.equals(actor)) {
      return words.text("history.who.portal");
    }
    if (Actors.VISITOR_COUNTER.equals(actor)) {
      return words.text("history.who.counter");
    }
    if ("kiosk".equals(actor)) {
      return words.text("history.who.kiosk"); // registered by the visitor at the kiosk, not by an officer
    }
    if ("system".equals(actor) || "sistem".equals(actor)) {
      return words.text("history.who.system");
    }
    if ("bank".equals(actor)) {
      return words.text("history.who.bank");
    }
    return staffRole.apply(actor);
  }

  private static String describe(RequestEvent e, Words words, VisitorText text) {
    String action = e.action();
    // as people read it: a reason typed with HTML tags reads as its words (the trail keeps what was typed)
    String detail = id.go.bps.pst.common.web.PlainText.of(e.detail());
    if (action.startsWith("STATUS_")) {
      try {
        RequestStatus status = RequestStatus.valueOf(action.substring(7));
        String label = text == null ? status.label() : text.label(status);
        return switch (status) {
          case INVOICED, AWAITING_PAYMENT, RECEIPTED, CANCELLED -> detail.isBlank() || detail.equals(status.label())
              ? label : words.text("history.withDetail", label, detail);
          default -> label;
        };
      } catch (IllegalArgumentException unknown) {
        return null;
      }
    }
    return switch (action) {
      case "REGISTERED", "PRICED", "VISITOR_CORRECTED", "AGREEMENT_PARTICULARS_CORRECTED", "TERMS_ACCEPTED", "TERMS_DECLINED", "DOCUMENTS_COMPLETE",
          "TRANSFER_VERIFIED", "TRANSFER_PROOF_SUBMITTED", "INVOICE_REVIEW_OK", "INVOICE_REVIEW_CANCEL",
          "PRODUCT_REVIEW_OK", "RECEIPT_REISSUED", "BILLING_EXPIRED", "DOWNLOAD_LINKS_CREATED",
          "DOWNLOAD_LINK_RENEWED" -> words.text("history." + action);
      case "DOCUMENTS_INCOMPLETE", "TRANSFER_REJECTED", "DOCUMENTS_REJECT", "INVOICE_REVIEW_CORRECTION",
          "INVOICE_CORRECTION_HANDLED", "PRODUCT_REVIEW_CORRECTION", "PRODUCT_CORRECTION_HANDLED", "PAYMENT_RECEIVED",
          "UPLOAD", "UPLOAD_ACCEPTED", "UPLOAD_REJECTED" -> words.text("history." + action, detail);
      case "TASK_COMPLETED" -> words.text("history.TASK_COMPLETED", stripAssistance(detail));
      case "SURPLUS_REFUND_REQUESTED" -> detail;
      case "REFUND_APPROVED", "REFUND_REJECTED" -> surplusRefund(action, detail, words);
      default -> null;
    };
  }

  /**
   * The supervisor's decision on a transfer surplus (detail "Pengembalian kelebihan transfer Rp25.000: note"): the
   * amount, and the reason when it is not refunded; decisions on cancelled requests stay staff-only as before.
   */
  private static String surplusRefund(String action, String detail, Words words) {
    String prefix = "Pengembalian kelebihan transfer ";
    int colon = detail.indexOf(':');
    if (!detail.startsWith(prefix) || colon < prefix.length()) {
      return null;
    }
    String amount = detail.substring(prefix.length(), colon).strip();
    return "REFUND_APPROVED".equals(action)
        ? words.text("history.REFUND_APPROVED", amount)
        : words.text("history.REFUND_REJECTED", amount, detail.substring(colon + 1).strip());
  }

  private static String stripAssistance(String detail) {
    int paren = detail.indexOf(" (");
    return paren < 0 ? detail : detail.substring(0, paren);
  }
}
