package id.go.bps.pst.identity;

import id.go.bps.pst.common.IndonesianFormat;
import id.go.bps.pst.common.Unit;
import java.time.ZoneId;
import java.util.List;

/**
 * The unit(s) a report shows to its reader (README "Units (tenants)"): staff of one unit see their own
 * unit only; national staff (group {@link PstGroups#PUSAT}) and Camunda administrators choose one unit or
 * all of them with {@code ?unit=6501} or {@code ?unit=semua}, read-only.
 *
 * @param units the units whose rows the report shows (never empty)
 * @param all true when the reader chose every unit they may read
 * @param choices the units the reader may choose from (one for staff of one unit)
 * @param readOnly true for national staff (they read every unit, change nothing on these pages)
 */
public record ReportScope(List<Unit> units, boolean all, List<Unit> choices, boolean readOnly) {

  /** The parameter value that chooses every unit. */
  public static final String ALL = "semua";

  public ReportScope {
    units = List.copyOf(units);
    choices = List.copyOf(choices);
    if (units.isEmpty()) {
      throw new IllegalArgumentException("a report shows at least one unit");
    }
  }

  /** The codes of the units shown. */
  public List<String> codes() {
    return units.stream().map(Unit::code).toList();
  }

  /** True when rows of this unit belong in the report. */
  public boolean includes(String unitCode) {
    return unitCode != null && codes().contains(unitCode);
  }

  /** The one unit shown, or null when several are. */
  public Unit single() {
    return units.size() == 1 ? units.get(0) : null;
  }

  /** The unit whose zone and name head the report: the one unit shown, else the first of them. */
  public Unit heading() {
    return units.get(0);
  }

  /** The zone of the report's days and times: the unit's; for several units, the first one's. */
  public ZoneId zone() {
    return heading().zoneId();
  }

  /** True when the reader may choose among several units (the page shows the unit picker). */
  public boolean choosable() {
    return choices.size() > 1;
  }

  /** The value of {@code unit} in this report's links: null for staff of one unit (nothing to carry). */
  public String choice() {
    if (!choosable()) {
      return null;
    }
    return all ? ALL : units.get(0).code();
  }

  /** "BPS Kabupaten Bulungan" or "Semua unit (2)". */
  public String label() {
    return all && units.size() > 1 ? "Semua unit (" + units.size() + ")" : units.get(0).name();
  }

  /**
   * A suffix for file names of CSV exports of readers who choose among units: "-6501" or "-semua"; none
   * for staff of one unit (their exports are always their unit's).
   */
  public String fileSuffix() {
    if (!choosable()) {
      return "";
    }
    return all && units.size() > 1 ? "-" + ALL : "-" + units.get(0).code();
  }

  /** The zone label(s) the report's times are in (WITA, or "WIB/WITA" for all units of two zones). */
  public String zoneLabel() {
    return String.join("/", units.stream().map(u -> IndonesianFormat.zoneName(u.zoneId())).distinct().toList());
  }
}
