package id.go.bps.pst.report.internal;

import id.go.bps.pst.common.IndonesianFormat;
import id.go.bps.pst.common.Unit;
import id.go.bps.pst.common.UnitFormat;
import id.go.bps.pst.identity.AccessControl;
import id.go.bps.pst.identity.CurrentUser;
import id.go.bps.pst.identity.PstGroups;
import id.go.bps.pst.identity.ReportScope;
import id.go.bps.pst.identity.ReportScopes;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What every report page shares: the readers' check, the unit(s) shown ({@link ReportScope}: the reader's
 * own unit; national staff choose with {@code ?unit=}), the period picker, the unit's formatter.
 */
@Component
class ReportPages {

  /** Who may read the reports (members of camunda-admin always may). */
  static final String[] READERS = {PstGroups.SUPERVISOR, PstGroups.AUDITOR};
  private static final String SCOPE_ATTRIBUTE = ReportPages.class.getName() + ".scope";

  private final AccessControl access;
  private final ReportScopes scopes;
  private final Clock clock;

  ReportPages(AccessControl access, ReportScopes scopes, Clock clock) {
    this.access = access;
    this.scopes = scopes;
    this.clock = clock;
  }

  /** The reader (403 for others); fixes the scope of this request from its {@code unit} parameter. */
  CurrentUser requireReader() {
    CurrentUser user = access.requireAnyGroup(READERS);
    HttpServletRequest request = request();
    ReportScope scope = scopes.of(user, request == null ? null : request.getParameter("unit"));
    if (request != null) {
      request.setAttribute(SCOPE_ATTRIBUTE, scope);
    }
    UnitFormat.showIn(scope.zone());
    return user;
  }

  /** The unit(s) this request's report shows (after {@link #requireReader()}). */
  ReportScope scope() {
    HttpServletRequest request = request();
    Object scope = request == null ? null : request.getAttribute(SCOPE_ATTRIBUTE);
    if (scope instanceof ReportScope s) {
      return s;
    }
    throw new IllegalStateException("requireReader() first");
  }

  IndonesianFormat format() {
    return IndonesianFormat.in(scope().zone());
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), scope().zone());
  }

  ReportPeriod period(PeriodQuery query) {
    return ReportPeriod.parse(query.periode(), query.acuan(), query.dari(), query.sampai(), today(), scope().zone());
  }

  /** Model attributes of the shared layout; {@code path} is the page's own path (for the picker). */
  void common(Model model, String path, String title, ReportPeriod period) {
    model.addAttribute("scope", scope());
    model.addAttribute("unit", unit());
    model.addAttribute("fmt", format());
    model.addAttribute("path", path);
    model.addAttribute("title", title);
    model.addAttribute("period", period);
    model.addAttribute("kinds", ReportPeriod.Kind.values());
  }

  /** The unit heading the report (the one unit shown, or the first of several). */
  Unit unit() {
    return scope().heading();
  }

  private static HttpServletRequest request() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
        ? attributes.getRequest() : null;
  }
}
