package id.go.bps.pst.report.internal;

import id.go.bps.pst.common.IndonesianFormat;
import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.identity.AccessControl;
import id.go.bps.pst.identity.PstGroups;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every report page shares: the readers' check, the period picker, the unit's formatter. */
@Component
class ReportPages {

  /** Who may read the reports (members of camunda-admin always may). */
  static final String[] READERS = {PstGroups.SUPERVISOR, PstGroups.AUDITOR};

  private final AccessControl access;
  private final UnitProperties unit;
  private final Clock clock;

  ReportPages(AccessControl access, UnitProperties unit, Clock clock) {
    this.access = access;
    this.unit = unit;
    this.clock = clock;
  }

  id.go.bps.pst.identity.CurrentUser requireReader() {
    return access.requireAnyGroup(READERS);
  }

  IndonesianFormat format() {
    return IndonesianFormat.in(unit.zoneId());
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), unit.zoneId());
  }

  ReportPeriod period(String kind, String anchor, String from, String to) {
    return ReportPeriod.parse(kind, anchor, from, to, today(), unit.zoneId());
  }

  /** Model attributes of the shared layout; {@code path} is the page's own path (for the picker). */
  void common(Model model, String path, String title, ReportPeriod period) {
    model.addAttribute("unit", unit);
    model.addAttribute("fmt", format());
    model.addAttribute("path", path);
    model.addAttribute("title", title);
    model.addAttribute("period", period);
    model.addAttribute("kinds", ReportPeriod.Kind.values());
  }

  UnitProperties unit() {
    return unit;
  }
}
