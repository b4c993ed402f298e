package id.go.bps.pst.notification.internal;

import id.go.bps.pst.identity.AccessControl;
import id.go.bps.pst.identity.PstGroups;
import id.go.bps.pst.notification.MailOutbox;
import id.go.bps.pst.notification.MailType;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.RequestNotFoundException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** Staff: (re)send the portal link of a request by e-mail; the outbox page for the embedded demo. */
@Controller
class NotificationController {

  private final MailOutbox outbox;
  private final OrderService orders;
  private final AccessControl access;
  private final id.go.bps.pst.identity.ReportScopes scopes;

  NotificationController(MailOutbox outbox, OrderService orders, AccessControl access,
      id.go.bps.pst.identity.ReportScopes scopes) {
    this.scopes = scopes;
    this.outbox = outbox;
    this.orders = orders;
    this.access = access;
  }

  @PostMapping("/api/requests/{requestNumber}/portal-link")
  @ResponseBody
  ResponseEntity<Map<String, Object>> sendPortalLink(@PathVariable String requestNumber) {
    String officer = access.requireAnyGroup(PstGroups.PETUGAS).userId();
    orders.get(requestNumber);
    long id = outbox.enqueue(requestNumber, MailType.PORTAL_LINK, Map.of());
    orders.log(requestNumber, officer, "PORTAL_LINK_SENT", "Tautan portal dikirim ulang lewat surel");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("requestNumber", requestNumber);
    body.put("mailId", id);
    body.put("delivered", outbox.deliverable() ? "antre untuk dikirim" : "disimpan di outbox (SMTP tidak aktif)");
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
  }

  @GetMapping("/laporan/outbox")
  String page(@org.springframework.web.bind.annotation.RequestParam(name = "unit", required = false) String unit,
      Model model) {
    var scope = scopes.of(access.requireAnyGroup(PstGroups.PETUGAS, PstGroups.SUPERVISOR), unit);
    id.go.bps.pst.common.UnitFormat.showIn(scope.zone());
    model.addAttribute("scope", scope);
    model.addAttribute("mails", outbox.latest(100, scope.codes()));
    model.addAttribute("deliverable", outbox.deliverable());
    return "notification/outbox";
  }

  @ExceptionHandler(RequestNotFoundException.class)
  @ResponseBody
  ResponseEntity<Map<String, Object>> notFound(RequestNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("status", 404, "message",
        "Permintaan tidak ditemukan"));
  }
}
