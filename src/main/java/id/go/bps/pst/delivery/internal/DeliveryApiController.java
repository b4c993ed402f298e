package id.go.bps.pst.delivery.internal;

import id.go.bps.pst.delivery.DeliveryFile;
import id.go.bps.pst.delivery.DeliveryFileNotFoundException;
import id.go.bps.pst.delivery.DeliveryService;
import id.go.bps.pst.delivery.DownloadLogEntry;
import id.go.bps.pst.identity.AccessControl;
import id.go.bps.pst.identity.CurrentUser;
import id.go.bps.pst.identity.PstGroups;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff API: the softcopy links of a request with their download log, and renewal of a link. */
@RestController
class DeliveryApiController {

  private final DeliveryService delivery;
  private final AccessControl access;

  DeliveryApiController(DeliveryService delivery, AccessControl access) {
    this.delivery = delivery;
    this.access = access;
  }

  @GetMapping("/api/requests/{requestNumber}/downloads")
  Map<String, Object> list(@PathVariable String requestNumber) {
    access.requireAnyGroup(PstGroups.PETUGAS, PstGroups.SUPERVISOR, PstGroups.AUDITOR);
    List<DeliveryFile> files = delivery.files(requestNumber);
    List<DownloadLogEntry> log = delivery.log(requestNumber);
    return Map.of("files", files, "log", log);
  }

  @PostMapping("/api/requests/{requestNumber}/downloads/{fileId}/renew")
  DeliveryFile renew(@PathVariable String requestNumber, @PathVariable long fileId) {
    CurrentUser officer = access.requireAnyGroup(PstGroups.PETUGAS);
    return delivery.renew(requestNumber, fileId, officer.userId());
  }

  @ExceptionHandler(DeliveryFileNotFoundException.class)
  ResponseEntity<Map<String, Object>> notFound(DeliveryFileNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("status", 404, "message", e.getMessage()));
  }
}
