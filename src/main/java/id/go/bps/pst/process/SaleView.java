package id.go.bps.pst.process;

import id.go.bps.pst.common.ProductType;
import id.go.bps.pst.common.Rupiah;
import id.go.bps.pst.common.Unit;
import id.go.bps.pst.common.UnitDirectory;
import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.document.DocumentRef;
import id.go.bps.pst.document.DocumentService;
import id.go.bps.pst.order.OrderLine;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.RequiredDocument;
import id.go.bps.pst.order.SaleRequest;
import id.go.bps.pst.payment.Billing;
import id.go.bps.pst.payment.BillingPort;
import id.go.bps.pst.payment.BillingStatus;
import id.go.bps.pst.payment.Payment;
import id.go.bps.pst.payment.PaymentService;
import id.go.bps.pst.payment.Receipt;
import id.go.bps.pst.payment.ReceiptService;
import id.go.bps.pst.tariff.UserCategory;
import id.go.bps.pst.visit.QueueService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sale as its forms show it: computed from our records (order, lines, required documents,
 * documents, billing, payment, receipt) when a form opens, never copied into process variables. The
 * forms read it as {@code sale.*} (e.g. {@code {{sale.visitor.name}}}, a table over {@code sale.lines});
 * Tasklist receives it with the task's form variables, the visitor's screens with theirs.
 */
@Component
public class SaleView {

  /** The name under which forms find the view. */
  public static final String VARIABLE = "sale";


  private final OrderService orders;
  private final DocumentService documents;
  private final BillingPort billing;
  private final PaymentService payments;
  private final ReceiptService receipts;
  private final Pricing pricing;
  private final ServiceStandards standards;
  private final UnitProperties unit;
  private final QueueService queue;
  private final VisitorUploads uploads;
  private final UnitDirectory units;
  private final id.go.bps.pst.payment.RefundService refunds;
  private final java.time.Clock clock;
  private final id.go.bps.pst.payment.TransferAccounts transferAccounts;

  SaleView(OrderService orders, DocumentService documents, BillingPort billing, PaymentService payments,
      ReceiptService receipts, Pricing pricing, ServiceStandards standards, UnitProperties unit, QueueService queue,
      VisitorUploads uploads, UnitDirectory units, id.go.bps.pst.payment.RefundService refunds,
      java.time.Clock clock, id.go.bps.pst.payment.TransferAccounts transferAccounts) {
    this.transferAccounts = transferAccounts;
    this.clock = clock;
    this.units = units;
    this.refunds = refunds;
    this.queue = queue;
    this.uploads = uploads;
    this.orders = orders;
    this.documents = documents;
    this.billing = billing;
    this.payments = payments;
    this.receipts = receipts;
    this.pricing = pricing;
    this.standards = standards;
    this.unit = unit;
  }

  /**
   * The view of one sale; empty when the request is unknown.
   *
   * @param documentLinkBase where document links point: {@code /api/documents/} for staff, the portal's own
   *     link for the visitor
   */
  @Transactional(readOnly = true)
  public Optional<Map<String, Object>> of(String requestNumber, String documentLinkBase) {
    return orders.find(requestNumber).map(request -> build(request, documentLinkBase));
  }

  private Map<String, Object> build(SaleRequest request, String documentLinkBase) {
    Map<String, Object> sale = new LinkedHashMap<>();
    String number = request.requestNumber();
    sale.put("requestNumber", number);
    sale.put("ticketNumber", request.ticketNumber());
    Unit own = unitOf(request);
    sale.put("unitName", own.name());
    sale.put("zoneName", own.zoneLabel());
    sale.put("status", request.status().label());
    sale.put("counterName", request.counterName());
    sale.put("servingOfficer", request.servingOfficer());

    Map<String, Object> visitor = new LinkedHashMap<>();
    visitor.put("name", request.visitorName());
    visitor.put("institution", request.institution() == null ? "" : request.institution().strip());
    visitor.put("category", categoryLabel(request.userCategory()));
    // the forms' header: "Mahasiswa/pelajar · Universitas Kaltara", or the category alone (never "· -")
    visitor.put("affiliationText", affiliation(categoryLabel(request.userCategory()), request.institution()));
    visitor.put("identity", request.identityType().name() + " " + request.maskedIdentityNumber());
    visitor.put("email", request.visitorEmail());
    // microdata: the usage agreement's occupation and address were asked once (the terms step asks them only then);
    // whether, not what: the address never reaches a form
    visitor.put("agreementParticularsRecorded", request.agreementParticularsRecorded());
    sale.put("visitor", visitor);
    sale.put("purpose", request.purpose() == null ? "" : request.purpose());
    sale.put("commercial", request.commercial());
    sale.put("commercialText", request.commercial() ? "komersial" : "nonkomersial");

    boolean priced = request.totalAmount() != null;
    sale.put("priced", priced);
    List<Map<String, Object>> lines = new ArrayList<>();
    for (OrderLine line : request.lines()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("no", line.lineNo());
      row.put("kind", line.productType().label());
      row.put("description", line.description());
      row.put("quantity", line.quantity());
      row.put("explanation", line.explanation() == null ? "" : line.explanation());
      row.put("amountText", Rupiah.format(line.amount() == null ? 0 : line.amount()));
      row.put("delivery", deliveryText(line));
      lines.add(row);
    }
    sale.put("lines", lines);
    long total = priced ? request.totalAmount() : 0;
    sale.put("total", total);
    sale.put("totalText", Rupiah.format(total));
    sale.put("legalBasis", request.legalBasis() == null ? "" : request.legalBasis());
    for (ProductType kind : ProductType.values()) {
      sale.put(kind.processVariable(), request.hasProductType(kind));
    }

    Map<String, Object> zero = new LinkedHashMap<>();
    zero.put("mayApply", request.zeroTariffMayApply());
    zero.put("basis", request.zeroTariffBasis() == null ? "" : request.zeroTariffBasis());
    zero.put("requested", request.zeroTariffRequested());
    zero.put("applied", request.zeroTariff());
    sale.put("zeroTariff", zero);

    List<RequiredDocument> required = orders.requiredDocuments(number);
    sale.put("requiredDocuments", required.stream()
        .map(d -> Map.of("value", d.code(), "label", d.name())).toList());
    sale.put("requiredDocumentsStatus", required.stream()
        .map(d -> Map.of("label", d.name(), "status", d.submitted() ? "diserahkan" : "belum diserahkan")).toList());
    sale.put("requiredDocumentsText", required.isEmpty() ? "tidak ada"
        : required.stream().map(RequiredDocument::name).collect(Collectors.joining("; ")));

    // uploaded files against their requirements; staff get a link to the file page (page images, decisions)
    List<VisitorUploads.Slot> slots = uploads.slots(number);
    sale.put("uploadsStatus", slots.stream().map(s -> Map.of(
        "label", s.name() + (s.required() ? "" : " (bila perlu)"),
        "file", s.current() == null ? "-" : s.current().fileName() + " (versi " + s.current().version() + ")",
        "status", s.statusLabel() + (s.current() != null && s.current().rejected()
            ? ": " + s.current().reviewReason() : ""))).toList());
    boolean staff = FormVariablesFilter.STAFF_DOCUMENT_LINKS.equals(documentLinkBase);
    // the signed usage agreement (microdata), for the hand-over: its state and whether it still needs checking
    VisitorUploads.Slot agreement = slots.stream()
        .filter(s -> id.go.bps.pst.document.UploadService.SIGNED_AGREEMENT.equals(s.code())).findFirst().orElse(null);
    sale.put("signedAgreementText", agreement == null || agreement.current() == null ? "belum diunggah"
        : agreement.current().fileName() + " (versi " + agreement.current().version() + "): " + agreement.statusLabel()
            + (agreement.current().rejected() ? " (" + agreement.current().reviewReason() + ")" : ""));
    sale.put("signedAgreementAccepted", agreement != null && agreement.current() != null
        && agreement.current().accepted());
    sale.put("uploadsCheckMarkdown", staff
        ? "[Buka halaman berkas: gambar halaman, terima atau tolak, unggah pindaian](/laporan/berkas/" + number + ")"
        : "");

    List<DocumentRef> current = documents.find(number);
    sale.put("documentsMarkdown", current.isEmpty() ? "_Belum ada dokumen._" : current.stream()
        .map(d -> "- [" + d.kind().label() + " " + d.number() + " (versi " + d.version() + ")](" + documentLinkBase
            + d.id() + (staff ? "/content" : "") + ")")
        .collect(Collectors.joining("\n")));
    current.stream().filter(d -> d.kind() == id.go.bps.pst.document.DocumentKind.INVOICE).findFirst()
        .ifPresent(invoice -> {
          Map<String, Object> inv = new LinkedHashMap<>();
          inv.put("number", invoice.number());
          inv.put("version", invoice.version());
          sale.put("invoice", inv);
        });

    sale.put("payment", payment(request, total));
    sale.put("transfer", transfer(request, staff));
    receipts.findByRequestNumber(number).ifPresent(r -> {
      Map<String, Object> receipt = receipt(r, own.zoneId());
      receipt.put("payerName", orders.receiptPayer(number));
      sale.put("receipt", receipt);
    });
    sale.put("productOptions", pricing.productOptions(own.code()));
    sale.put("counters", queue.counters().stream().map(c -> Map.of("value", c, "label", c)).toList());
    Optional<id.go.bps.pst.visit.Ticket> ticket = staff ? queue.byRequest(number) : Optional.empty();
    sale.put("queueAheadText", ticket.map(t -> queueAhead(t, own.zoneId())).orElse(""));
    sale.put("queueWaitText", ticket.map(t -> queueWait(t, own.zoneId())).orElse(""));
    sale.put("invoiceValidityText", standards.latest(ServiceStandards.INVOICE_VALIDITY)
        .map(d -> d.toDays() + " hari").orElse(""));
    return sale;
  }

  /**
   * What the visitor receives for a line, so the officer preparing it knows what is hers to add: a hardcopy is
   * handed over at the counter; microdata are the extract of the ordered variables and regions (CSV link); a
   * publication's softcopy or a map is a PDF the application generates from the catalogue, since it stores no
   * original files: the officer sends the original if the visitor needs it.
   */
  static String deliveryText(OrderLine line) {
    if (line.productType().hasFormats() && "HARDCOPY".equals(line.productFormat())) {
      return "cetakan, diserahkan di loket";
    }
    return switch (line.productType().delivery()) {
      case EXTRACT_CSV -> "ekstrak CSV (variabel dan wilayah pesanan), tautan unduhan";
      case GENERATED_PDF -> "PDF dibuat dari data katalog (berkas asli tidak tersimpan di aplikasi: kirim berkas "
          + "asli bila diperlukan), tautan unduhan";
    };
  }

  /**
   * For the officer about to call this sale's ticket: the tickets of the same queue that still wait before it,
   * so that a call out of turn is a choice, not an oversight (the service is in queue order). Empty once called.
   */
  private String queueAhead(id.go.bps.pst.visit.Ticket ticket, java.time.ZoneId zone) {
    return Optional.of(ticket).filter(t -> t.calledAt() == null).map(t -> {
      List<id.go.bps.pst.visit.Ticket> ahead = queue.waiting(t.unitCode(), t.serviceDay(), t.serviceCode()).stream()
          .filter(w -> w.sequence() < t.sequence()).toList();
      if (ahead.isEmpty()) {
        return "";
      }
      return "**Perhatian:** " + ahead.size() + " nomor antrian menunggu lebih dahulu: " + ahead.stream().limit(5)
          .map(w -> w.ticketNumber() + " (sejak " + id.go.bps.pst.common.IndonesianFormat.hourMinute(w.arrivedAt(), zone)
              + " " + id.go.bps.pst.common.IndonesianFormat.zoneName(zone) + ")").collect(Collectors.joining(", ")) + (ahead.size() > 5 ? ", …" : "")
          + ". Panggil sesuai urutan antrian, kecuali ada alasan (misalnya pengguna layanan prioritas).";
    }).orElse("");
  }

  /**
   * For the coordinator following up a long wait, and the officer calling the ticket: when the visitor arrived,
   * how long they have waited by now, and when the standard's clock started (after the previous visitor of the
   * same queue finished); once called, when and by whom. Empty without a ticket.
   */
  private String queueWait(id.go.bps.pst.visit.Ticket t, java.time.ZoneId zone) {
    String zoneName = id.go.bps.pst.common.IndonesianFormat.zoneName(zone);
    StringBuilder text = new StringBuilder("Datang pukul ")
        .append(id.go.bps.pst.common.IndonesianFormat.hourMinute(t.arrivedAt(), zone)).append(' ').append(zoneName);
    if (t.calledAt() == null) {
      long waited = Math.max(0, java.time.Duration.between(t.arrivedAt(), clock.instant()).toMinutes());
      text.append(" · sudah menunggu ").append(waited).append(" menit");
      if (t.clockStartedAt() != null && t.clockStartedAt().isAfter(t.arrivedAt())) {
        text.append(" · waktu standar dihitung sejak ")
            .append(id.go.bps.pst.common.IndonesianFormat.hourMinute(t.clockStartedAt(), zone)).append(' ')
            .append(zoneName).append(" (pengguna layanan sebelumnya selesai)");
      }
      standards.latest(ServiceStandards.QUEUE_WAIT).ifPresent(d ->
          text.append(" · standar ").append(d.toMinutes()).append(" menit"));
    } else {
      text.append(" · dipanggil pukul ").append(id.go.bps.pst.common.IndonesianFormat.hourMinute(t.calledAt(), zone))
          .append(' ').append(zoneName);
      if (t.calledBy() != null) {
        text.append(" oleh ").append(t.calledBy());
      }
      if (t.counterName() != null) {
        text.append(" di ").append(t.counterName());
      }
    }
    return text.toString();
  }

  private Map<String, Object> payment(SaleRequest request, long total) {
    Map<String, Object> payment = new LinkedHashMap<>();
    payment.put("amountDueText", Rupiah.format(total));
    payment.put("amountDue", total);
    Optional<Payment> paid = payments.findPayment(request.requestNumber());
    payment.put("paid", paid.isPresent());
    payment.put("transferAllowed", VisitorUploads.mayPayByTransfer(request.userCategory()));
    // where a payer abroad transfers to: the unit's treasurer's account (configuration), else ask the officer
    Optional<id.go.bps.pst.payment.TransferAccounts.Account> account = transferAccounts.forUnit(unitOf(request).code());
    Map<String, Object> transferAccount = new LinkedHashMap<>();
    transferAccount.put("configured", account.isPresent());
    transferAccount.put("missing", account.isEmpty());
    transferAccount.put("bank", account.map(a -> a.bank()).orElse(""));
    transferAccount.put("number", account.map(a -> a.number()).orElse(""));
    transferAccount.put("name", account.map(a -> a.name() == null ? "" : a.name()).orElse(""));
    transferAccount.put("swift", account.map(a -> a.swift() == null ? "-" : a.swift()).orElse(""));
    transferAccount.put("demo", account.map(a -> a.demo()).orElse(false));
    payment.put("transferAccount", transferAccount);
    payment.put("methodText", paid.map(p -> switch (p.method()) {
          case CASH -> "tunai kepada bendahara";
          case BANK -> "setoran bank dengan kode billing";
          case TRANSFER -> "transfer dari luar negeri";
        })
        .orElse(request.zeroTariff() ? "tarif Rp0 (tidak ada pembayaran)" : "belum dibayar"));
    paid.ifPresent(p -> {
      payment.put("paidAtText", dateTime(p.paidAt(), unitOf(request).zoneId()));
      payment.put("ntpn", p.ntpn() == null ? "" : p.ntpn());
      payment.put("reference", p.reference() == null ? "" : p.reference());
      payment.put("amountReceivedText", Rupiah.format(p.amountReceived() == null ? p.amount() : p.amountReceived()));
    });
    // a transfer surplus, from the payment row, and where its refund stands (refund form, portal)
    long surplus = paid.map(Payment::surplus).orElse(0L);
    payment.put("surplus", surplus);
    payment.put("surplusText", Rupiah.format(surplus));
    payment.put("surplusRefundStatus", surplus <= 0 ? ""
        : refunds.surplusRefundStatus(request.requestNumber()).orElse(""));
    Optional<Billing> code = billing.findLatest(request.requestNumber());
    payment.put("billingExpired", code.map(b -> b.status() == BillingStatus.EXPIRED).orElse(false));
    code.ifPresent(b -> {
      payment.put("billingCode", b.code());
      payment.put("billingExpiresText", dateTime(b.expiresAt(), unitOf(request).zoneId()));
      payment.put("billingActive", b.isActive());
    });
    return payment;
  }

  /**
   * The proof of a transfer from abroad: its current version, status and the treasurer's reason for a rejection;
   * staff get links to the file page and to the page image of the current version (never the file inline).
   */
  private Map<String, Object> transfer(SaleRequest request, boolean staff) {
    Map<String, Object> transfer = new LinkedHashMap<>();
    String number = request.requestNumber();
    Optional<id.go.bps.pst.document.UploadedFile> proof = uploads.transferProof(number);
    transfer.put("proofUploaded", proof.isPresent());
    transfer.put("proofText", proof.map(p -> p.fileName() + " (versi " + p.version() + ", diunggah "
        + dateTime(p.uploadedAt(), unitOf(request).zoneId()) + ") — " + p.status().label()).orElse("belum diunggah"));
    transfer.put("rejected", proof.map(id.go.bps.pst.document.UploadedFile::rejected).orElse(false));
    transfer.put("rejectionReason", proof.filter(id.go.bps.pst.document.UploadedFile::rejected)
        .map(id.go.bps.pst.document.UploadedFile::reviewReason).orElse(""));
    // for the treasurer's next round: what earlier rounds recorded (the amount to record is the whole sum received)
    transfer.put("earlierRoundsText", !staff ? "" : orders.history(number).stream()
        .filter(e -> "TRANSFER_REJECTED".equals(e.action()))
        .map(e -> "Dikembalikan " + dateTime(e.occurredAt(), unitOf(request).zoneId()) + " oleh " + e.actor() + ": "
            + e.detail())
        .collect(Collectors.joining("\n\n")));
    transfer.put("proofMarkdown", !staff ? "" : proof.map(p -> "[Lihat gambar halaman bukti transfer versi "
        + p.version() + "](/laporan/berkas/" + number + "/" + p.id() + "/halaman.png) · [Halaman berkas permintaan]"
        + "(/laporan/berkas/" + number + "#berkas-" + id.go.bps.pst.document.UploadService.TRANSFER_PROOF + ")")
        .orElse("_Belum ada bukti transfer. Langkah ini baru dapat diselesaikan setelah pengguna layanan mengunggahnya._"));
    return transfer;
  }

  private Map<String, Object> receipt(Receipt receipt, java.time.ZoneId zone) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("number", receipt.receiptNumber());
    r.put("amountText", Rupiah.format(receipt.amount()));
    r.put("issuedAtText", dateTime(receipt.issuedAt(), zone));
    return r;
  }

  /** Times shown in the zone of the request's unit (WIB, WITA or WIT), as on its documents. */
  private static String dateTime(Instant instant, java.time.ZoneId zone) {
    return id.go.bps.pst.common.IndonesianFormat.dateTime(instant, zone);
  }

  /** The request's unit (records from before units: the default unit). */
  Unit unitOf(SaleRequest request) {
    return units.find(request.unitCode()).orElseGet(units::defaultUnit);
  }

  private static String categoryLabel(String category) {
    try {
      return UserCategory.valueOf(category).label();
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return category == null ? "" : category;
    }
  }


  /** The visitor's category and institution joined by " · ", leaving out what is empty. */
  static String affiliation(String category, String institution) {
    return java.util.stream.Stream.of(category, institution).filter(s -> s != null && !s.isBlank())
        .map(String::strip).collect(Collectors.joining(" · "));
  }
}
