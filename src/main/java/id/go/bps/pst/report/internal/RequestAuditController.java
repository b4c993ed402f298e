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
  private final id.go.bps.pst.common.UnitDirectory unitDirectory;

  RequestAuditController(ReportPages pages, OrderService orders, DocumentService documents, PaymentService payments,
      ReceiptService receipts, SurveyService surveys, RequestHistory history, StaffUnits units,
      id.go.bps.pst.document.UploadService uploads, id.go.bps.pst.process.SaleCancellation cancellation,
      id.go.bps.pst.common.UnitDirectory unitDirectory) {
    this.unitDirectory = unitDirectory;
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

  /** The most rows the list shows for one period (the page says how many there are and to narrow the period). */
  static final int LIST_LIMIT = 500;

  /** A request number as the units write it: unit code, year, six digits ("6503-2026-000123"). */
  private static final java.util.regex.Pattern REQUEST_NUMBER = java.util.regex.Pattern.compile("\\d{4}-\\d{4}-\\d{6}");

  /**
   * The requests created in a period (the period picker, default this month) of the unit(s) the reader may see and
   * has chosen (national readers: {@code ?unit=}), newest first; {@code ?nomor=} opens one request's history.
   */
  @GetMapping("/laporan/permintaan")
  String list(PeriodQuery query, @org.springframework.web.bind.annotation.RequestParam(name = "nomor", required = false)
      String number, Model model) {
    pages.requireReader();
    if (number != null && !number.isBlank()) {
      String wanted = number.strip();
      if (!REQUEST_NUMBER.matcher(wanted).matches()) {
        throw new ReportErrors.InvalidInput("Nomor permintaan \"" + wanted + "\" tidak sesuai bentuknya: tulis kode "
            + "satker, tahun dan nomor urut, misalnya 6503-2026-000123.");
      }
      return "redirect:/laporan/permintaan/" + wanted;
    }
    ReportPeriod period = pages.period(query);
    OrderService.RequestPage found = orders.createdBetween(pages.scope().codes(), period.start(), period.end(), LIST_LIMIT);
    pages.common(model, "/laporan/permintaan", "Daftar permintaan", period);
    model.addAttribute("requests", found.rows());
    model.addAttribute("total", found.total());
    model.addAttribute("complete", found.complete());
    model.addAttribute("several", pages.scope().codes().size() > 1);
    return "report/requests";
  }

  /** The most rows of the list's CSV (a file says so in its last row when the period has more). */
  static final int CSV_LIMIT = 20_000;

  /** The list of a period as CSV (UTF-8 with BOM, formula-safe), for the auditor's working papers. */
  @GetMapping("/laporan/permintaan.csv")
  org.springframework.http.ResponseEntity<byte[]> listCsv(PeriodQuery query) {
    pages.requireReader();
    ReportPeriod period = pages.period(query);
    OrderService.RequestPage found = orders.createdBetween(pages.scope().codes(), period.start(), period.end(), CSV_LIMIT);
    IndonesianFormat fmt = pages.format();
    id.go.bps.pst.common.CsvTable csv = new id.go.bps.pst.common.CsvTable().row("Nomor permintaan", "Unit", "Dibuat",
        "Pengguna layanan", "Instansi", "Status", "Total PNBP (Rp)");
    for (id.go.bps.pst.order.SaleRequestSummary r : found.rows()) {
      csv.row(r.requestNumber(), r.unitCode(), fmt.dateTime(r.createdAt()), r.visitorName(), r.institution(),
          r.status().label(), r.totalAmount() == null ? "" : r.totalAmount());
    }
    if (!found.complete()) {
      csv.row("Hanya " + found.rows().size() + " permintaan terbaru dari " + found.total()
          + " pada periode ini; unduh periode yang lebih pendek untuk yang lain.");
    }
    return csv.download("permintaan" + pages.scope().fileSuffix() + "-" + period.from() + "-" + period.to() + ".csv");
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
    // the request's own unit and zone, not the reader's default (a national reader opens every unit's requests)
    id.go.bps.pst.common.Unit unit = request.unitCode() == null ? unitDirectory.defaultUnit()
        : unitDirectory.find(request.unitCode()).orElseGet(unitDirectory::defaultUnit);
    IndonesianFormat fmt = IndonesianFormat.in(unit.zoneId());
    id.go.bps.pst.common.UnitFormat.showIn(unit.zoneId());
    List<RequestEvent> events = orders.history(requestNumber);
    pages.common(model, "/laporan/permintaan", "Permintaan " + requestNumber, null);
    model.addAttribute("unit", unit);
    model.addAttribute("fmt", fmt);
    model.addAttribute("request", request);
    model.addAttribute("mayCancel", reader.isMemberOfAny(id.go.bps.pst.identity.PstGroups.SUPERVISOR)
        && cancellation.cancellable(requestNumber));
    model.addAttribute("events", events);
    model.addAttribute("history", history.of(requestNumber, request.processInstanceId(), events, fmt));
    model.addAttribute("seconds", new AuditTime(fmt));
    model.addAttribute("documents", documents.history(requestNumber));
    model.addAttribute("uploads", uploads.history(requestNumber));
    model.addAttribute("payment", payments.findPayment(requestNumber).orElse(null));
    model.addAttribute("receipt", receipts.findByRequestNumber(requestNumber).orElse(null));
    model.addAttribute("rating", surveys.forRequest(requestNumber).orElse(null));
    return "report/request";
  }
}
