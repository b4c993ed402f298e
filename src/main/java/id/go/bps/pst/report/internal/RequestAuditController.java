package id.go.bps.pst.report.internal;

import id.go.bps.pst.common.Rupiah;
import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.document.DocumentService;
import id.go.bps.pst.identity.AccessControl;
import id.go.bps.pst.identity.PstGroups;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.SaleRequest;
import id.go.bps.pst.payment.PaymentService;
import id.go.bps.pst.payment.ReceiptService;
import id.go.bps.pst.rating.SurveyService;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Read-only views for the supervisor and auditors: the requests, one request's whole trail (who did
 * what and when, every document version with its SHA-256, payment and receipt), and the
 * satisfaction index. Identity numbers appear masked only.
 */
@Controller
class RequestAuditController {

  private static final String[] READERS = {PstGroups.SUPERVISOR, PstGroups.AUDITOR};

  private final AccessControl access;
  private final OrderService orders;
  private final DocumentService documents;
  private final PaymentService payments;
  private final ReceiptService receipts;
  private final SurveyService surveys;
  private final UnitProperties unit;

  RequestAuditController(AccessControl access, OrderService orders, DocumentService documents,
      PaymentService payments, ReceiptService receipts, SurveyService surveys, UnitProperties unit) {
    this.access = access;
    this.orders = orders;
    this.documents = documents;
    this.payments = payments;
    this.receipts = receipts;
    this.surveys = surveys;
    this.unit = unit;
  }

  @GetMapping("/laporan/permintaan")
  String list(Model model) {
    access.requireAnyGroup(READERS);
    model.addAttribute("requests", orders.recent(200));
    model.addAttribute("time", new LocalTime(unit));
    model.addAttribute("rp", new Money());
    return "report/requests";
  }

  @GetMapping("/laporan/permintaan/{requestNumber}")
  String detail(@PathVariable String requestNumber, Model model) {
    access.requireAnyGroup(READERS);
    SaleRequest request = orders.find(requestNumber).orElseThrow(
        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Permintaan " + requestNumber + " tidak ditemukan."));
    model.addAttribute("request", request);
    model.addAttribute("events", orders.history(requestNumber));
    model.addAttribute("documents", documents.history(requestNumber));
    model.addAttribute("payment", payments.findPayment(requestNumber).orElse(null));
    model.addAttribute("receipt", receipts.findByRequestNumber(requestNumber).orElse(null));
    model.addAttribute("time", new LocalTime(unit));
    model.addAttribute("rp", new Money());
    return "report/request";
  }

  @GetMapping("/laporan/skm")
  String satisfaction(Model model) {
    access.requireAnyGroup(READERS);
    model.addAttribute("index", surveys.index(unit.code()));
    model.addAttribute("unit", unit);
    return "report/satisfaction";
  }

  /** Formats whole rupiah for the pages. */
  record Money() {
    public String of(Long amount) {
      return amount == null ? "" : Rupiah.format(amount);
    }
  }

  /** Formats stored UTC instants in the unit's zone for the pages. */
  record LocalTime(UnitProperties unit) {
    private static final DateTimeFormatter FORMAT =
        DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.forLanguageTag("id-ID"));

    public String of(Instant instant) {
      return instant == null ? "" : FORMAT.format(instant.atZone(unit.zoneId()));
    }
  }
}
