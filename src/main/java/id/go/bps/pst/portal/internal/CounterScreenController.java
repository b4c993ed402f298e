package id.go.bps.pst.portal.internal;

import id.go.bps.pst.common.UnitDirectory;
import id.go.bps.pst.document.DocumentNotFoundException;
import id.go.bps.pst.document.DocumentService;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.SaleRequest;
import id.go.bps.pst.payment.Billing;
import id.go.bps.pst.payment.BillingPort;
import id.go.bps.pst.process.SaleWhereabouts;
import id.go.bps.pst.process.VisitorSteps;
import id.go.bps.pst.visit.CounterScreenPairing;
import id.go.bps.pst.visit.QueueService;
import id.go.bps.pst.visit.Ticket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The visitor screen at a counter: a tablet or second monitor facing the visitor, opened with the
 * counter's pairing link (no account). It shows only the request served at its own counter now (the
 * queue's open counter session) and only that request's visitor steps, rendered from their Camunda
 * Forms and completed as the visitor ({@code completedVia=counter-screen}); a welcome when nobody is
 * at the counter, and what the sale waits for when staff are working on it. Every call re-reads who is
 * at the counter, so a step of a visitor who has left can neither be shown nor completed.
 */
@Controller
class CounterScreenController {

  static final String BASE = "/loket/layar/";

  private final CounterScreenPairing pairings;
  private final QueueService queue;
  private final VisitorSteps steps;
  private final SaleWhereabouts whereabouts;
  private final OrderService orders;
  private final DocumentService documents;
  private final UnitDirectory units;
  private final Clock clock;
  private final UploadForms uploadForms;
  private final FormTranslation translation;
  private final BillingPort billing;

  CounterScreenController(CounterScreenPairing pairings, QueueService queue, VisitorSteps steps,
      SaleWhereabouts whereabouts, OrderService orders, DocumentService documents, UnitDirectory units, Clock clock,
      UploadForms uploadForms, FormTranslation translation, BillingPort billing) {
    this.billing = billing;
    this.translation = translation;
    this.uploadForms = uploadForms;
    this.whereabouts = whereabouts;
    this.pairings = pairings;
    this.queue = queue;
    this.steps = steps;
    this.orders = orders;
    this.documents = documents;
    this.units = units;
    this.clock = clock;
  }

  @GetMapping(BASE + "{pairing}")
  String page(@PathVariable String pairing, Model model, HttpServletResponse response) {
    CounterScreenPairing.Pairing paired = pairings.verify(pairing);
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    model.addAttribute("unit", units.require(paired.unitCode()));
    model.addAttribute("counter", paired.counter());
    model.addAttribute("base", BASE + pairing);
    return "portal/screen";
  }

  /** What the screen shows now (polled by the page). */
  @GetMapping(path = BASE + "{pairing}/keadaan", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<Map<String, Object>> state(@PathVariable String pairing) {
    CounterScreenPairing.Pairing paired = pairings.verify(pairing);
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("unitName", units.require(paired.unitCode()).name());
    state.put("counter", paired.counter());
    Optional<Ticket> serving = serving(paired);
    if (serving.isEmpty() || serving.get().requestNumber() == null) {
      Optional<Ticket> done = justFinished(paired);
      if (done.isPresent()) {
        // the sale ended a moment ago (its session closed with it): thank the visitor before the welcome
        state.put("state", "finished");
        state.put("ticketNumber", done.get().ticketNumber());
        orders.find(done.get().requestNumber()).ifPresent(r -> {
          state.put("visitorName", r.visitorName());
          state.put("message", "Terima kasih. Permintaan Anda " + r.requestNumber() + " sudah "
              + r.status().label().toLowerCase(java.util.Locale.ROOT) + ". Sampai jumpa kembali.");
        });
        return noStore(state);
      }
      state.put("state", "welcome");
      return noStore(state);
    }
    String requestNumber = serving.get().requestNumber();
    state.put("ticketNumber", serving.get().ticketNumber());
    orders.find(requestNumber).map(SaleRequest::visitorName).ifPresent(name -> state.put("visitorName", name));
    if (uploadForms.open(requestNumber)) {
      state.put("uploads", uploadForms.rows(requestNumber));
      state.put("uploadLimit", uploadForms.limitText());
    }
    // a billing code waiting to be paid: the code, the amount and how to pay, as the portal, the mail and the invoice
    Optional<Billing> unpaid = billing.findLatest(requestNumber).filter(Billing::isActive);
    unpaid.ifPresent(b -> state.put("billing", billingShown(b, units.require(paired.unitCode()).zoneId())));
    List<VisitorSteps.Step> open = steps.open(requestNumber);
    if (!open.isEmpty()) {
      state.put("state", "steps");
      state.put("steps", StepResponses.listed(open, BASE + pairing, translation));
      return noStore(state);
    }
    if (!steps.running(requestNumber)) {
      state.put("state", "finished");
      state.put("message", orders.find(requestNumber).map(r -> "Terima kasih. Status permintaan Anda: "
          + r.status().label() + ".").orElse("Terima kasih."));
      return noStore(state);
    }
    state.put("state", "waiting");
    List<VisitorSteps.StaffStep> staff = steps.staffSteps(requestNumber);
    Optional<VisitorSteps.StaffStep> hint = hint(staff);
    if (hint.isPresent()) {
      // a step that needs the visitor (e.g. paying the treasurer in cash) says so, with the amount from our records
      String total = orders.find(requestNumber).map(r -> r.totalAmount() == null ? 0L : r.totalAmount())
          .map(id.go.bps.pst.common.Rupiah::format).orElse("-");
      state.put("message", hint.get().visitorHint().replace("{total}", total));
      String en = hint.get().visitorHintEn();
      if (en != null && !en.isBlank()) {
        state.put("messageEn", en.replace("{total}", total));
      }
    } else if (unpaid.isPresent()) {
      String amount = id.go.bps.pst.common.Rupiah.format(unpaid.get().amount());
      state.put("message", "Silakan bayar " + amount + " di bank dengan kode billing di atas. Layar ini berlanjut "
          + "sendiri begitu bank memberi tahu pembayaran Anda.");
      state.put("messageEn", "Please pay " + amount + " at a bank with the billing code above. This screen moves on "
          + "by itself once the bank reports your payment.");
    } else {
      state.put("message", waitingMessage(requestNumber, staff));
    }
    return noStore(state);
  }

  /** The billing code as the screen shows it: code, amount, validity and how to pay (our own record, not the engine's). */
  private static Map<String, Object> billingShown(Billing b, java.time.ZoneId zone) {
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("code", b.code());
    shown.put("amountText", id.go.bps.pst.common.Rupiah.format(b.amount()));
    shown.put("validUntilText", id.go.bps.pst.common.IndonesianFormat.dateTime(b.expiresAt(), zone));
    shown.put("howToPay", "Bayarlah di teller bank, ATM, atau layanan perbankan daring yang melayani penerimaan "
        + "negara (SIMPONI).");
    shown.put("howToPayEn", "Pay at a bank teller, an ATM or an online banking service that accepts state revenue "
        + "payments (SIMPONI).");
    return shown;
  }

  @GetMapping(path = BASE + "{pairing}/langkah/{taskId}", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<Map<String, Object>> step(@PathVariable String pairing, @PathVariable String taskId) {
    String requestNumber = servedRequest(pairings.verify(pairing));
    return StepResponses.step(steps, translation, requestNumber, taskId, BASE + pairing + "/dokumen/");
  }

  @PostMapping(path = BASE + "{pairing}/langkah/{taskId}", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<Map<String, Object>> complete(@PathVariable String pairing, @PathVariable String taskId,
      @RequestBody Map<String, Object> body, HttpServletRequest http) {
    if (SameSite.isCrossSite(http)) {
      return StepResponses.refused(403, "Permintaan dari situs lain ditolak.");
    }
    String requestNumber = servedRequest(pairings.verify(pairing));
    return StepResponses.complete(steps, requestNumber, taskId, body, VisitorSteps.Via.COUNTER_SCREEN,
        StepResponses.THANKS);
  }

  /** The visitor uploads a file for a document of the request served at this counter now (JSON answer). */
  @PostMapping(path = BASE + "{pairing}/unggah", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<Map<String, Object>> upload(@PathVariable String pairing,
      @org.springframework.web.bind.annotation.RequestParam(name = "jenis", required = false) String code,
      @org.springframework.web.bind.annotation.RequestParam(name = "berkas", required = false)
      org.springframework.web.multipart.MultipartFile file, HttpServletRequest http) {
    if (SameSite.isCrossSite(http)) {
      return StepResponses.refused(403, "Permintaan dari situs lain ditolak.");
    }
    String requestNumber = servedRequest(pairings.verify(pairing));
    try {
      uploadForms.store(requestNumber, code, file, id.go.bps.pst.process.Actors.VISITOR_COUNTER);
    } catch (id.go.bps.pst.document.UploadRefusedException e) {
      return StepResponses.refused(e.httpStatus(), e.getMessage());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", uploadForms.done(requestNumber, code));
    body.put("uploads", uploadForms.rows(requestNumber));
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }

  /** A current document of the request served at this counter now (invoice, sample, agreement, receipt). */
  @GetMapping(BASE + "{pairing}/dokumen/{documentId}")
  ResponseEntity<byte[]> document(@PathVariable String pairing, @PathVariable long documentId) {
    return StepResponses.currentDocument(documents, servedRequest(pairings.verify(pairing)), documentId);
  }

  @ExceptionHandler(CounterScreenPairing.RefusedException.class)
  Object refusedPairing(CounterScreenPairing.RefusedException e, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    if (wantsJson(request)) {
      return StepResponses.refused(403, e.getMessage());
    }
    response.setStatus(403);
    model.addAttribute("title", "Layar belum terpasang");
    model.addAttribute("message", e.getMessage());
    return "portal/refused";
  }

  @ExceptionHandler(VisitorSteps.RefusedException.class)
  @ResponseBody
  ResponseEntity<Map<String, Object>> stepRefused(VisitorSteps.RefusedException e) {
    return StepResponses.refused(e.status(), e.getMessage());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  @ResponseBody
  ResponseEntity<Map<String, Object>> unreadable() {
    return StepResponses.refused(400, "Isian formulir tidak dapat dibaca. Muat ulang halaman.");
  }

  @ExceptionHandler(DocumentNotFoundException.class)
  String notFound(HttpServletResponse response, Model model) {
    response.setStatus(404);
    model.addAttribute("title", "Tidak ditemukan");
    model.addAttribute("message", "Dokumen ini tidak ada pada permintaan yang sedang dilayani di loket ini.");
    return "portal/refused";
  }

  // ---- internals --------------------------------------------------------------------------------

  /** The ticket served at the pairing's counter now: the latest call of today's open sessions there. */
  private Optional<Ticket> serving(CounterScreenPairing.Pairing paired) {
    LocalDate today = LocalDate.now(clock.withZone(units.require(paired.unitCode()).zoneId()));
    return queue.atCounters(paired.unitCode(), today).stream()
        .filter(t -> paired.counter().equals(t.counterName())).reduce((a, b) -> b);
  }

  /** How long the screen thanks the visitor after their sale ended, before it welcomes the next. */
  private static final java.time.Duration THANKS_SHOWN = java.time.Duration.ofSeconds(20);

  /** The ticket of this counter whose sale ended within {@link #THANKS_SHOWN} (not a no-show). */
  private Optional<Ticket> justFinished(CounterScreenPairing.Pairing paired) {
    LocalDate today = LocalDate.now(clock.withZone(units.require(paired.unitCode()).zoneId()));
    java.time.Instant since = clock.instant().minus(THANKS_SHOWN);
    return queue.day(paired.unitCode(), today).stream()
        .filter(t -> paired.counter().equals(t.counterName()) && t.requestNumber() != null && !t.noShow()
            && t.finishedAt() != null && t.finishedAt().isAfter(since))
        .max(java.util.Comparator.comparing(Ticket::finishedAt))
        .filter(t -> !steps.running(t.requestNumber()));
  }

  private String servedRequest(CounterScreenPairing.Pairing paired) {
    return serving(paired).map(Ticket::requestNumber).orElseThrow(() -> new VisitorSteps.RefusedException(409,
        "Tidak ada pengguna layanan yang sedang dilayani di loket ini."));
  }

  /** The first open staff step that asks something of the visitor meanwhile (its {@code visitorHint}). */
  private static Optional<VisitorSteps.StaffStep> hint(List<VisitorSteps.StaffStep> staff) {
    return staff.stream().filter(s -> s.visitorHint() != null && !s.visitorHint().isBlank()).findFirst();
  }

  private String waitingMessage(String requestNumber, List<VisitorSteps.StaffStep> staff) {
    if (staff.isEmpty()) {
      // a document being made, or a payment awaited: no one works a task now
      Optional<String> making = whereabouts.ofRequest(requestNumber).stream()
          .flatMap(w -> w.steps().stream()).filter(s -> "sistem".equals(s.waitsFor())).map(SaleWhereabouts.Step::name)
          .findFirst();
      if (making.isPresent()) {
        return "Mohon tunggu sebentar, sistem sedang mengerjakan langkah «" + making.get() + "».";
      }
      return "Mohon tunggu sebentar, permintaan Anda sedang diproses."
          + orders.find(requestNumber).map(r -> " Status: " + r.status().label() + ".").orElse("");
    }
    // one step per worker: "petugas sedang mengerjakan langkah «...»; bendahara sedang ..."
    Map<VisitorSteps.Worker, String> byWorker = new LinkedHashMap<>();
    staff.forEach(s -> byWorker.putIfAbsent(s.worker(), s.name()));
    List<String> parts = byWorker.entrySet().stream()
        .map(e -> e.getKey().label() + " sedang mengerjakan langkah «" + e.getValue() + "»").toList();
    return "Mohon tunggu sebentar, " + String.join("; ", parts) + ".";
  }

  private static boolean wantsJson(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)
        || request.getRequestURI().contains("/keadaan") || request.getRequestURI().contains("/langkah/")
        || request.getRequestURI().endsWith("/unggah");
  }

  private static ResponseEntity<Map<String, Object>> noStore(Map<String, Object> body) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }
}
