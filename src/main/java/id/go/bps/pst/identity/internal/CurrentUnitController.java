package id.go.bps.pst.identity.internal;

import id.go.bps.pst.common.Unit;
import id.go.bps.pst.identity.AccessControl;
import id.go.bps.pst.identity.CurrentUser;
import id.go.bps.pst.identity.PstGroups;
import id.go.bps.pst.identity.StaffUnits;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/saya}: who is signed in and the unit they work for, for the Camunda webapps' header
 * (the webapps' own configuration names one unit for everybody; a Bulungan officer must read "Bulungan").
 * National readers (group {@code pusat}) read "Nasional". {@code readOnly}: not an administrator, so Cockpit's
 * buttons that change the engine are not shown (the engine would refuse them). {@code links}: our pages the header
 * offers the user (the treasurer: the day's reconciliation).
 */
@RestController
class CurrentUnitController {

  private final AccessControl access;
  private final StaffUnits staffUnits;

  CurrentUnitController(AccessControl access, StaffUnits staffUnits) {
    this.access = access;
    this.staffUnits = staffUnits;
  }

  @GetMapping("/api/saya")
  Map<String, Object> me() {
    CurrentUser user = access.requireAuthenticated();
    Map<String, Object> me = new LinkedHashMap<>();
    me.put("userId", user.userId());
    boolean national = user.isMemberOfAny(PstGroups.PUSAT);
    me.put("national", national);
    Unit unit = null;
    if (!national) {
      try {
        unit = staffUnits.workingUnit(user);
      } catch (ResponseStatusException noSingleUnit) {
        unit = null; // no unit, or several: the header names none
      }
    }
    me.put("unitCode", unit == null ? null : unit.code());
    me.put("unitName", national ? "Nasional" : unit == null ? null : unit.name());
    // Cockpit's edit, delete, suspend and retry buttons are for administrators: the engine refuses everybody
    // else's changes (supervisors and auditors read), so the webapps hide them for everybody else
    me.put("readOnly", !user.isMemberOfAny(PstGroups.CAMUNDA_ADMIN));
    // our pages the header links to: the treasurer balances the day's cash against the reconciliation, which no
    // Tasklist filter or form shows
    java.util.List<Map<String, String>> links = new java.util.ArrayList<>();
    if (user.isMemberOfAny(PstGroups.BENDAHARA)) {
      links.add(Map.of("label", "Rekonsiliasi hari ini", "labelEn", "Today's reconciliation",
          "href", "/laporan/rekonsiliasi"));
    }
    me.put("links", links);
    return me;
  }
}
