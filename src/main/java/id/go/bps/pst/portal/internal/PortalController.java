package id.go.bps.pst.portal.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.delivery.DeliveryFile;
import id.go.bps.pst.delivery.DeliveryFileNotFoundException;
import id.go.bps.pst.delivery.DeliveryService;
import id.go.bps.pst.delivery.Download;
import id.go.bps.pst.delivery.DownloadRefusedException;
import id.go.bps.pst.document.DocumentContent;
import id.go.bps.pst.document.DocumentNotFoundException;
import id.go.bps.pst.document.DocumentRef;
import id.go.bps.pst.document.DocumentService;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.SaleRequest;
import id.go.bps.pst.portal.PortalLinkException;
import id.go.bps.pst.portal.PortalLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The visitor portal: one request, opened by its signed link. Shows status, history, documents and
 * softcopy downloads, and the visitor's open steps as forms. Never serves anything of another request:
 * every document and file is looked up together with the request number the token names.
 */
@Controller
class PortalController {

  private static final Logger LOG = LoggerFactory.getLogger(PortalController.class);
  private static final Locale ID = Locale.forLanguageTag("id-ID");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PortalLinks links;
  private final OrderService orders;
  private final DocumentService documents;
  private final DeliveryService delivery;
  private final VisitorTasks tasks;
  private final ProcessEngine engine;
  private final UnitProperties unit;
  private final Clock clock;
  private final org.springframework.transaction.support.TransactionTemplate readOnly;

  PortalController(org.springframework.transaction.PlatformTransactionManager transactions, PortalLinks links, OrderService orders, DocumentService documents, DeliveryService delivery,
      VisitorTasks tasks, ProcessEngine engine, UnitProperties unit, Clock clock) {
    this.links = links;
    this.orders = orders;
    this.documents = documents;
    this.delivery = delivery;
    this.tasks = tasks;
    this.engine = engine;
    this.unit = unit;
    this.clock = clock;
    this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  @GetMapping("/portal/{token}")
  String page(@PathVariable String token, Model model) {
    String requestNumber = links.verify(token);
    fill(model, token, requestNumber);
    return "portal/request";
  }

  @PostMapping("/portal/{token}/tugas/{taskId}")
  String submit(@PathVariable String token, @PathVariable String taskId, HttpServletRequest http, Model model,
      RedirectAttributes redirect) {
    String requestNumber = links.verify(token);
    SaleRequest request = orders.get(requestNumber);
    Map<String, List<String>> form = VisitorTasks.copy(http.getParameterMap());
    try {
      tasks.complete(request.getProcessInstanceId(), taskId, form);
    } catch (FormFieldValidationException e) {
      model.addAttribute("error", e.getMessage());
      model.addAttribute("errorTaskId", taskId);
      model.addAttribute("values", form);
      fill(model, token, requestNumber);
      return "portal/request";
    }
    redirect.addFlashAttribute("notice", "Terima kasih, isian Anda sudah kami terima.");
    return "redirect:/portal/" + token;
  }

  @GetMapping("/portal/{token}/dokumen/{documentId}")
  ResponseEntity<byte[]> document(@PathVariable String token, @PathVariable long documentId) {
    String requestNumber = links.verify(token);
    // only a current document of this very request
    DocumentRef ref = documents.find(requestNumber).stream().filter(d -> d.id() == documentId).findFirst()
        .orElseThrow(() -> new DocumentNotFoundException("Dokumen tidak ditemukan"));
    DocumentContent content = documents.open(ref.id());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(ref.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(ref.fileName()).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(content.bytes());
  }

  @GetMapping("/portal/{token}/unduh/{fileId}")
  Object download(@PathVariable String token, @PathVariable long fileId, HttpServletRequest http,
      HttpServletResponse response, Model model) {
    String requestNumber = links.verify(token);
    try {
      Download d = delivery.download(requestNumber, fileId, id.go.bps.pst.process.Actors.VISITOR_PORTAL,
          http.getRemoteAddr(), http.getHeader(HttpHeaders.USER_AGENT));
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType(d.file().contentType()))
          .header(HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment().filename(d.file().fileName()).build().toString())
          .header(HttpHeaders.CACHE_CONTROL, "no-store")
          .body(d.bytes());
    } catch (DownloadRefusedException e) {
      response.setStatus(e.outcome() == id.go.bps.pst.delivery.DownloadOutcome.EXPIRED ? 410 : 429);
      model.addAttribute("title", "Unduhan tidak tersedia");
      model.addAttribute("message", e.getMessage());
      model.addAttribute("backUrl", "/portal/" + token);
      return "portal/refused";
    }
  }

  @ExceptionHandler(PortalLinkException.class)
  String refused(PortalLinkException e, HttpServletResponse response, Model model) {
    boolean expired = e.reason() == PortalLinkException.Reason.EXPIRED;
    response.setStatus(expired ? 410 : 403);
    model.addAttribute("title", expired ? "Tautan sudah kedaluwarsa" : "Tautan tidak sah");
    model.addAttribute("message", expired
        ? "Tautan portal ini sudah tidak berlaku. Mintalah tautan baru kepada petugas PST " + unit.name()
            + " (surel " + unit.email() + ", telepon " + unit.phone() + ")."
        : "Tautan portal ini tidak dapat kami terima: mungkin terpotong atau diubah. Bukalah tautan persis seperti "
            + "dalam surel dari PST, atau mintalah tautan baru kepada petugas PST " + unit.name() + ".");
    return "portal/refused";
  }

  @ExceptionHandler({DocumentNotFoundException.class, DeliveryFileNotFoundException.class})
  String notFound(RuntimeException e, HttpServletResponse response, Model model) {
    response.setStatus(404);
    model.addAttribute("title", "Tidak ditemukan");
    model.addAttribute("message", "Dokumen atau berkas yang Anda minta tidak ada pada permintaan ini.");
    return "portal/refused";
  }

  private void fill(Model model, String token, String requestNumber) {
    SaleRequest request = orders.get(requestNumber);
    // the order lines are loaded lazily: read them inside a transaction (open-in-view is off)
    model.addAttribute("lines", readOnly.execute(tx -> orders.get(requestNumber).getLines()));
    Instant now = clock.instant();
    ZoneId zone = unit.zoneId();
    DateTimeFormatter time = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", ID).withZone(zone);
    List<Task> open = tasks.open(request.getProcessInstanceId());
    Map<String, Object> vars = new HashMap<>();
    if (!open.isEmpty() || isRunning(request.getProcessInstanceId())) {
      vars.putAll(engine.getRuntimeService().getVariables(request.getProcessInstanceId()));
    }
    List<DeliveryFile> files = delivery.files(requestNumber);
    model.addAttribute("token", token);
    model.addAttribute("base", "/portal/" + token);
    model.addAttribute("request", request);
    model.addAttribute("unit", unit);
    model.addAttribute("history", VisitorHistory.of(orders.history(requestNumber)));
    model.addAttribute("documents", documents.find(requestNumber));
    model.addAttribute("files", files);
    model.addAttribute("now", now);
    model.addAttribute("time", time);
    model.addAttribute("tasks", open.stream().map(t -> Map.of("id", t.getId(), "key", t.getTaskDefinitionKey(),
        "name", t.getName(), "fragment", VisitorTasks.FRAGMENTS.get(t.getTaskDefinitionKey()))).toList());
    Object errorTaskId = model.getAttribute("errorTaskId");
    model.addAttribute("errorElsewhere", model.getAttribute("error") != null
        && open.stream().noneMatch(t -> t.getId().equals(errorTaskId)));
    model.addAttribute("vars", vars);
    model.addAttribute("documentOptions", options(vars.get("requiredDocumentOptions")));
    model.addAttribute("totalText", request.getTotalAmount() == null ? "-" : rupiah(request.getTotalAmount()));
    if (!model.containsAttribute("values")) {
      model.addAttribute("values", Map.of());
    }
    @SuppressWarnings("unchecked")
    Map<String, List<String>> values = (Map<String, List<String>>) model.getAttribute("values");
    Map<String, String> form = new HashMap<>();
    values.forEach((k, v) -> form.put(k, v.isEmpty() ? "" : v.get(0)));
    model.addAttribute("form", form);
    LOG.debug("portal page for request {}", requestNumber);
  }

  /** The required-document choices (a JSON variable of value/label pairs) as plain maps. */
  private static List<Map<String, String>> options(Object json) {
    if (json == null) {
      return List.of();
    }
    try {
      return JSON.readValue(json.toString(), new TypeReference<List<Map<String, String>>>() {});
    } catch (JsonProcessingException e) {
      return List.of();
    }
  }

  private boolean isRunning(String processInstanceId) {
    return processInstanceId != null && engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(processInstanceId).count() > 0;
  }

  static String rupiah(long amount) {
    return "Rp" + String.format(ID, "%,d", amount).replace(',', '.');
  }
}
