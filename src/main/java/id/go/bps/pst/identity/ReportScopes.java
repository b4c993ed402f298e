package id.go.bps.pst.identity;

import id.go.bps.pst.common.Unit;
import id.go.bps.pst.common.UnitDirectory;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which unit(s) a report shows to a reader ({@link ReportScope}), from the units the reader may read
 * ({@link StaffUnits}) and the {@code unit} parameter they sent. Staff of one unit always get their own
 * unit, whatever they send; a unit the reader may not read is refused with 403.
 */
@Component
public class ReportScopes {

  private final StaffUnits staffUnits;
  private final UnitDirectory units;

  ReportScopes(StaffUnits staffUnits, UnitDirectory units) {
    this.staffUnits = staffUnits;
    this.units = units;
  }

  /**
   * The scope for this reader: {@code requested} is a unit code, {@link ReportScope#ALL}, or blank (the
   * reader's own unit; for national staff the default unit, or all units when the default unit is not
   * theirs).
   */
  public ReportScope of(CurrentUser user, String requested) {
    List<Unit> readable = staffUnits.readableUnits(user).stream().map(units::require).toList();
    if (readable.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Akun Anda belum terdaftar di unit mana pun. Minta admin menambahkan Anda ke tenant unit Anda.");
    }
    boolean readOnly = user.isMemberOfAny(PstGroups.PUSAT) && !user.isMemberOfAny(PstGroups.CAMUNDA_ADMIN);
    String wanted = requested == null ? "" : requested.strip();
    if (readable.size() == 1) {
      return new ReportScope(readable, false, readable, readOnly);
    }
    if (wanted.equalsIgnoreCase(ReportScope.ALL)) {
      return new ReportScope(readable, true, readable, readOnly);
    }
    if (wanted.isEmpty()) {
      Unit home = units.defaultUnit();
      return readable.contains(home) ? new ReportScope(List.of(home), false, readable, readOnly)
          : new ReportScope(readable, true, readable, readOnly);
    }
    Unit chosen = readable.stream().filter(u -> u.code().equals(wanted)).findFirst().orElseThrow(
        () -> new ResponseStatusException(HttpStatus.FORBIDDEN, "Unit \"" + shorten(wanted)
            + "\" tidak termasuk unit yang boleh Anda baca."));
    return new ReportScope(List.of(chosen), false, readable, readOnly);
  }

  /** A scope of one unit (for code that reports on behalf of nobody in particular, and tests). */
  public static ReportScope only(Unit unit) {
    return new ReportScope(List.of(unit), false, List.of(unit), false);
  }

  /** The one unit whose data the user changes on a page (holidays, complaints); 403 for national readers. */
  public Unit editableUnit(CurrentUser user, ReportScope scope) {
    if (scope.readOnly()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Akun pusat hanya dapat membaca data unit; perubahan dilakukan oleh petugas unit.");
    }
    if (scope.single() == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Pilih satu unit dahulu.");
    }
    return scope.single();
  }

  private static String shorten(String s) {
    String cleaned = s.replaceAll("[^0-9A-Za-z-]", "");
    return cleaned.length() > 12 ? cleaned.substring(0, 12) : cleaned;
  }
}
