package id.go.bps.pst.process;

import id.go.bps.pst.identity.AccessControl;
import id.go.bps.pst.identity.CurrentUser;
import id.go.bps.pst.identity.PstGroups;
import id.go.bps.pst.identity.StaffUnits;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/sales/whereabouts?processInstanceId=…} or {@code ?requestNumber=…}: where a sale
 * waits now (Tasklist asks it after an officer completes a step that leaves no next task of theirs).
 * Staff of the sale's groups only. A process instance of the reader's unit that is not a sale (the supervisor's
 * refund decision, a complaint) answers 204 No Content; an unknown one, or another unit's, 404.
 */
@RestController
class SaleWhereaboutsController {

  private final SaleWhereabouts whereabouts;
  private final AccessControl access;
  private final StaffUnits units;

  SaleWhereaboutsController(SaleWhereabouts whereabouts, AccessControl access, StaffUnits units) {
    this.units = units;
    this.whereabouts = whereabouts;
    this.access = access;
  }

  @GetMapping("/api/sales/whereabouts")
  ResponseEntity<SaleWhereabouts.Whereabouts> where(
      @RequestParam(name = "processInstanceId", required = false) String processInstanceId,
      @RequestParam(name = "requestNumber", required = false) String requestNumber)
      throws org.springframework.web.bind.MissingServletRequestParameterException {
    CurrentUser user = access.requireAnyGroup(PstGroups.PETUGAS, PstGroups.BENDAHARA, PstGroups.SUPERVISOR,
        PstGroups.AUDITOR);
    if (processInstanceId == null && requestNumber == null) {
      // one of the two is required: answered like any missing parameter (400 naming it)
      throw new org.springframework.web.bind.MissingServletRequestParameterException("requestNumber", "String");
    }
    var found = processInstanceId != null ? whereabouts.ofProcessInstance(processInstanceId)
        : whereabouts.ofRequest(requestNumber);
    if (found.isEmpty() && processInstanceId != null) {
      // a process of the reader's unit that is not a sale (refund decision, complaint): nothing to tell, no error
      var other = whereabouts.otherProcess(processInstanceId);
      if (other.isPresent() && units.canRead(user, other.get().unitCode())) {
        return ResponseEntity.noContent().build();
      }
    }
    if (found.isPresent() && !units.canRead(user, found.get().unitCode())) {
      // another unit's sale: told as not found, so its existence is not revealed either
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Penjualan tidak ditemukan di unit Anda.");
    }
    // an unknown sale is told in the same words as another unit's
    return found.map(ResponseEntity::ok).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Penjualan tidak ditemukan di unit Anda."));
  }
}
