package id.go.bps.pst.portal.internal;

import id.go.bps.pst.common.Rupiah;
import id.go.bps.pst.delivery.DeliveryFileNotFoundException;
import id.go.bps.pst.delivery.DeliveryService;
import id.go.bps.pst.delivery.Download;
import id.go.bps.pst.delivery.DownloadRefusedException;
import id.go.bps.pst.document.DocumentNotFoundException;
import id.go.bps.pst.document.DocumentService;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.SaleRequest;
import id.go.bps.pst.portal.PortalLinkException;
import id.go.bps.pst.portal.PortalLinks;
import id.go.bps.pst.process.SaleView;
import id.go.bps.pst.process.VisitorSteps;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
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
 * The visitor portal: one request, opened by its signed link. Shows status, history, documents and
 * softcopy downloads, and the visitor's open steps, each rendered in the browser from the step's own
 * Camunda Form (the one Tasklist shows) and completed as the visitor ({@code completedVia=portal}). Never serves anything of another request:
 * every document and file is looked up together with the request number the token names.
 */
@Controller
class PortalController {

  private static final Logger LOG = LoggerFactory.getLogger(PortalController.class);

  private final PortalLinks links;
  private final OrderService orders;
  private final DocumentService documents;
  private final DeliveryService delivery;
  private final VisitorSteps steps;
  private final SaleView saleView;
  private final id.go.bps.pst.common.UnitDirectory units;
  private final Clock clock;
  private final id.go.bps.pst.process.VisitorUploads uploads;
  private final UploadForms uploadForms;
  private final id.go.bps.pst.identity.StaffNames staff;
  private final id.go.bps.pst.common.web.VisitorText text;
  private final FormTranslation translation;

  PortalController(PortalLinks links, OrderService orders, DocumentService documents, DeliveryService delivery,
      VisitorSteps steps, SaleView saleView, Clock clock,
      id.go.bps.pst.process.VisitorUploads uploads, UploadForms uploadForms, id.go.bps.pst.common.UnitDirectory units,
      id.go.bps.pst.identity.StaffNames staff, id.go.bps.pst.common.web.VisitorText text,
      FormTranslation translation) {
    this.text = text;
    this.translation = translation;
    this.staff = staff;
    this.units = units;
    this.uploads = uploads;
    this.uploadForms = uploadForms;
    this.links = links;
    this.orders = orders;
    this.documents = documents;
    this.delivery = delivery;
    this.steps = steps;
    this.saleView = saleView;
    this.clock = clock;
  }

  @GetMapping("/portal/{token}")
  String page(@PathVariable String token,
      @org.springframework.web.bind.annotation.RequestParam(name = "diunggah", required = false) String uploaded,
      Model model) {
    String requestNumber = links.verify(token);
    fill(model, token, requestNumber);
    if (uploaded != null) {
      model.addAttribute("uploadDone", uploads.slot(requestNumber, uploaded).filter(s -> s.current() != null)
          .map(s -> text.text("portal.uploads.done", text.textOr("upload.slot." + s.code() + ".name", s.name()),
              s.current().version()))
          .orElse(null));
    }
    return "portal/request";
  }

  /**
   * The visitor uploads a file for one of the request's documents (plain form post). Stored: back to the
   * page (303) with a confirmation; refused: the page again with the reason, HTTP 4xx, nothing stored.
   */
  @PostMapping(path = "/portal/{token}/unggah", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String upload(@PathVariable String token,
      @org.springframework.web.bind.annotation.RequestParam(name = "jenis", required = false) String code,
      @org.springframework.web.bind.annotation.RequestParam(name = "berkas", required = false)
      org.springframework.web.multipart.MultipartFile file,
      HttpServletRequest http, HttpServletResponse response, Model model) {
    String requestNumber = links.verify(token);
    if (SameSite.isCrossSite(http)) {
      response.setStatus(403);
      model.addAttribute("title", text.text("portal.refused.crossSite.title"));
      model.addAttribute("message", text.text("portal.refused.crossSite"));
      model.addAttribute("backUrl", "/portal/" + token);
      return "portal/refused";
    }
    try {
      uploadForms.store(requestNumber, code, file, id.go.bps.pst.process.Actors.VISITOR_PORTAL);
      return "redirect:/portal/" + token + "?diunggah=" + code + "#dokumen-anda";
    } catch (id.go.bps.pst.document.UploadRefusedException e) {
      response.setStatus(e.httpStatus());
      fill(model, token, requestNumber);
      model.addAttribute("uploadError", text.exactOr("upload.refused." + e.reason().name(), e.getMessage(),
          uploadForms.limitText()));
      model.addAttribute("uploadErrorCode", code);
      return "portal/request";
    }
  }

  /** One of the visitor's open steps: its Camunda Form and the variables the form reads (JSON, for the viewer). */
  @GetMapping(path = "/portal/{token}/langkah/{taskId}", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<Map<String, Object>> step(@PathVariable String token, @PathVariable String taskId) {
    String requestNumber = links.verify(token);
    return StepResponses.step(steps, translation, requestNumber, taskId, "/portal/" + token + "/dokumen/");
  }

  /** Completes one of the visitor's open steps with what its form submitted. */
  @PostMapping(path = "/portal/{token}/langkah/{taskId}", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<Map<String, Object>> complete(@PathVariable String token, @PathVariable String taskId,
      @RequestBody Map<String, Object> body, HttpServletRequest http) {
    if (SameSite.isCrossSite(http)) {
      return StepResponses.refused(403, text.text("portal.refused.crossSite"));
    }
    String requestNumber = links.verify(token);
    return StepResponses.complete(steps, requestNumber, taskId, body, VisitorSteps.Via.PORTAL,
        text.text("steps.received"));
  }

  @ExceptionHandler(VisitorSteps.RefusedException.class)
  @ResponseBody
  ResponseEntity<Map<String, Object>> stepRefused(VisitorSteps.RefusedException e) {
    return StepResponses.refused(e.status(), e.getMessage());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  @ResponseBody
  ResponseEntity<Map<String, Object>> unreadable() {
    return StepResponses.refused(400, text.text("portal.steps.unreadable"));
  }

  @GetMapping("/portal/{token}/dokumen/{documentId}")
  ResponseEntity<byte[]> document(@PathVariable String token, @PathVariable long documentId) {
    return StepResponses.currentDocument(documents, links.verify(token), documentId);
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
      model.addAttribute("title", text.text("portal.refused.download.title"));
      model.addAttribute("message", text.exactOr("portal.refused.download." + e.outcome().name(), e.getMessage()));
      model.addAttribute("backUrl", "/portal/" + token);
      return "portal/refused";
    }
  }

  /**
   * A bad or expired link: the page says why, offers the language switch (a link to this same address with only
   * {@code ?lang=…}, so the refused token is never written into the page) and how to reach the PST unit: the unit the
   * link names when it is one of ours (a link is a request number first), else the default unit.
   */
  @ExceptionHandler(PortalLinkException.class)
  String refused(PortalLinkException e, HttpServletRequest http, HttpServletResponse response, Model model) {
    boolean expired = e.reason() == PortalLinkException.Reason.EXPIRED;
    response.setStatus(expired ? 410 : 403);
    id.go.bps.pst.common.Unit contact = linkUnit(http);
    model.addAttribute("title", text.text(expired ? "portal.refused.expired.title" : "portal.refused.invalid.title"));
    model.addAttribute("message", text.text(expired ? "portal.refused.expired" : "portal.refused.invalid", contact.name()));
    model.addAttribute("contact", contact);
    model.addAttribute("switchHere", "GET".equals(http.getMethod()));
    return "portal/refused";
  }

  private static final java.util.regex.Pattern LINK_UNIT = java.util.regex.Pattern.compile("/portal/(\\d{4})-");

  private id.go.bps.pst.common.Unit linkUnit(HttpServletRequest http) {
    java.util.regex.Matcher m = LINK_UNIT.matcher(http.getRequestURI());
    return (m.find() ? units.find(m.group(1)) : java.util.Optional.<id.go.bps.pst.common.Unit>empty())
        .orElseGet(units::defaultUnit);
  }

  @ExceptionHandler({DocumentNotFoundException.class, DeliveryFileNotFoundException.class})
  String notFound(RuntimeException e, HttpServletResponse response, Model model) {
    response.setStatus(404);
    model.addAttribute("title", text.text("portal.refused.notFound.title"));
    model.addAttribute("message", text.text("portal.refused.notFound"));
    return "portal/refused";
  }

  private void fill(Model model, String token, String requestNumber) {
    SaleRequest request = orders.get(requestNumber);
    model.addAttribute("lines", request.lines()); // the record carries its lines: no second read
    String base = "/portal/" + token;
    model.addAttribute("token", token);
    model.addAttribute("base", base);
    model.addAttribute("request", request);
    // the request's own unit: its name, and every time on the page in its zone
    id.go.bps.pst.common.Unit own = units.find(request.unitCode()).orElseGet(units::defaultUnit);
    id.go.bps.pst.common.UnitFormat.showIn(own.zoneId());
    model.addAttribute("unit", own);
    model.addAttribute("history", VisitorHistory.of(orders.history(requestNumber), staff::role, text));
    model.addAttribute("documents", documents.find(requestNumber));
    model.addAttribute("files", delivery.files(requestNumber));
    model.addAttribute("now", clock.instant());
    model.addAttribute("steps", StepResponses.listed(steps.open(requestNumber), base));
    model.addAttribute("sale", saleView.of(requestNumber, base + "/dokumen/").orElse(Map.of()));
    model.addAttribute("uploads", uploads.slots(requestNumber));
    model.addAttribute("uploadsOpen", uploads.open(requestNumber));
    model.addAttribute("uploadLimit", uploadForms.limitText());
    model.addAttribute("totalText", request.totalAmount() == null ? "-" : Rupiah.format(request.totalAmount()));
    LOG.debug("portal page for request {}", requestNumber);
  }
}
