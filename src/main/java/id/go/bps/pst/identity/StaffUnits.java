package id.go.bps.pst.identity;

import id.go.bps.pst.common.Unit;
import id.go.bps.pst.common.UnitDirectory;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The units a member of staff works in or may read: their Camunda tenant memberships (directly or
 * through a group such as {@link PstGroups#PUSAT}). Camunda administrators read every unit. Our pages
 * and APIs use it so that staff of unit A never see unit B, as the engine's tenant check does in
 * Tasklist, Cockpit and the engine REST API.
 *
 * <pre>{@code
 * Unit unit = staffUnits.workingUnit(officer);          // the counter page: one unit
 * if (!staffUnits.canRead(user, request.getUnitCode())) // a request page: 404
 * }</pre>
 */
@Component
public class StaffUnits {

  private final UnitDirectory units;

  StaffUnits(UnitDirectory units) {
    this.units = units;
  }

  /**
   * True when the user may read records of this unit; a null code (a process instance from before units
   * were tenants) is the default unit's.
   */
  public boolean canRead(CurrentUser user, String unitCode) {
    String code = unitCode == null ? units.defaultUnit().code() : unitCode;
    return admin(user) || user.tenants().contains(code);
  }

  /** The codes of the units the user may read. */
  public List<String> readableUnits(CurrentUser user) {
    return units.all().stream().map(Unit::code).filter(code -> canRead(user, code)).toList();
  }

  /**
   * The one unit the user works in (a counter, a queue): their single unit; for someone in several, the
   * default unit when it is one of them; the default unit for an administrator outside any unit. HTTP
   * 403 otherwise (no unit yet, or several units without the default one).
   */
  public Unit workingUnit(CurrentUser user) {
    List<String> memberOf = user.tenants().stream().filter(t -> units.find(t).isPresent()).toList();
    if (memberOf.size() == 1) {
      return units.require(memberOf.get(0));
    }
    if (memberOf.isEmpty() && admin(user) || memberOf.contains(units.defaultUnit().code())) {
      return units.defaultUnit(); // several units: this deployment's default unit, when one of them
    }
    throw new ResponseStatusException(HttpStatus.FORBIDDEN, memberOf.isEmpty()
        ? "Akun Anda belum terdaftar di unit mana pun. Minta admin menambahkan Anda ke tenant unit Anda."
        : "Halaman ini untuk petugas satu unit; akun Anda terdaftar di beberapa unit.");
  }

  private static boolean admin(CurrentUser user) {
    return user.isMemberOfAny(PstGroups.CAMUNDA_ADMIN);
  }
}
