package id.go.bps.pst.report.internal;

import id.go.bps.pst.common.IndonesianFormat;
import id.go.bps.pst.document.DocumentService;
import id.go.bps.pst.identity.CurrentUser;
import id.go.bps.pst.identity.StaffUnits;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.RequestEvent;
import id.go.bps.pst.order.SaleRequest;
import id.go.bps.pst.payment.PaymentService;
import id.go.bps.pst.payment.ReceiptService;
import id.go.bps.pst.rating.SurveyService;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Read-only views for the supervisor and auditors: the requests, and one request's whole history
 * (Cockpit in the community edition shows none for a finished sale): every step with who, when and how
 * long, visitor steps done by the visitor or assisted by an officer, what changed (documented variables
 * and DMN decisions), every document version with its SHA-256, every uploaded file version with who, when,
 * SHA-256 and the officer's decision, payment, receipt, rating and the audit
 * trail. Identity numbers appear masked only.
 */
@Controller
class RequestAuditController {

  private final ReportPages pages;
  private final OrderService orders;
  private final DocumentService documents;
  private final PaymentService payments;
  private final ReceiptService receipts;
  private final SurveyService surveys;
  private final RequestHistory history;
  private final StaffUnits units;
  private final id.go.bps.pst.document.UploadService uploads;
  private final id.go.bps.pst.process.SaleCancellation cancellation;

  RequestAuditController(ReportPages pages, OrderService orders, DocumentService documents, PaymentService payments,
      ReceiptService receipts, SurveyService surveys, RequestHistory history, StaffUnits units,
      id.go.bps.pst.document.UploadService uploads, id.go.bps.pst.process.SaleCancellation cancellation) {
    this.cancellation = cancellation;
    this.uploads = uploads;
    this.pages = pages;
    this.orders = orders;
    this.documents = documents;
    this.payments = payments;
    this.receipts = receipts;
    this.surveys = surveys;
    this.history = history;
    this.units = units;
  }

  @GetMapping("/laporan/permintaan")
  String list(Model model) {
    CurrentUser reader = pages.requireReader();
    pages.common(model, "/laporan/permintaan", "Daftar permintaan", null);
    model.addAttribute("requests", orders.recentOfUnits(units.readableUnits(reader), 200)); // own unit(s) only
    return "report/requests";
  }

  /**
   * The coordinator cancels a running sale of their unit with a reason (the visitor phoned, will not come back):
   * the model's cancellation runs ({@link id.go.bps.pst.process.SaleCancellation}). Auditors only read.
   */
  @org.springframework.web.bind.annotation.PostMapping("/laporan/permintaan/{requestNumber}/batal")
  String cancel(@PathVariable String requestNumber,
      @org.springframework.web.bind.annotation.RequestParam(name = "alasan", required = false) String reason,
      org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
    CurrentUser reader = pages.requireReader();
    SaleRequest request = orders.find(requestNumber).filter(r -> units.canRead(reader, r.unitCode())).orElseThrow(
        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Permintaan " + requestNumber + " tidak ditemukan di unit Anda."));
    if (!reader.isMemberOfAny(id.go.bps.pst.identity.PstGroups.SUPERVISOR)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Hanya koordinator PST yang dapat membatalkan permintaan; auditor hanya membaca.");
    }
    try {
      cancellation.cancel(request.requestNumber(), reason, reader.userId());
      redirect.addFlashAttribute("cancelDone", "Permintaan " + requestNumber + " dibatalkan. Alasan dicatat dan "
          + "tampil di riwayat portal pengguna layanan.");
    } catch (id.go.bps.pst.process.SaleCancellation.Refused refused) {
      redirect.addFlashAttribute("cancelError", refused.getMessage());
      redirect.addFlashAttribute("cancelReason", reason);
    }
    return "redirect:/laporan/permintaan/" + requestNumber;
  }

  @GetMapping("/laporan/permintaan/{requestNumber}")
  String detail(@PathVariable String requestNumber, Model model) {
    CurrentUser reader = pages.requireReader();
    SaleRequest request = orders.find(requestNumber).filter(r -> units.canRead(reader, r.unitCode())).orElseThrow(
        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Permintaan " + requestNumber + " tidak ditemukan di unit Anda."));
    IndonesianFormat fmt = pages.format();
    List<RequestEvent> events = orders.history(requestNumber);
    pages.common(model, "/laporan/permintaan", "Permintaan " + requestNumber, null);
    model.addAttribute("request", request);
    model.addAttribute("mayCancel", reader.isMemberOfAny(id.go.bps.pst.identity.PstGroups.SUPERVISOR)
        && cancellation.cancellable(requestNumber));
    model.addAttribute("events", events);
    model.addAttribute("history", history.of(requestNumber, request.processInstanceId(), events, fmt));
    model.addAttribute("documents", documents.history(requestNumber));
    model.addAttribute("uploads", uploads.history(requestNumber));
    model.addAttribute("payment", payments.findPayment(requestNumber).orElse(null));
    model.addAttribute("receipt", receipts.findByRequestNumber(requestNumber).orElse(null));
    model.addAttribute("rating", surveys.forRequest(requestNumber).orElse(null));
    return "report/request";
  }
}
