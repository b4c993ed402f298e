package id.go.bps.pst.visit.internal;

import id.go.bps.pst.common.UnitFormat;
import id.go.bps.pst.identity.ReportScope;
import id.go.bps.pst.identity.ReportScopes;
import id.go.bps.pst.identity.AccessControl;
import id.go.bps.pst.identity.PstGroups;
import id.go.bps.pst.visit.QueueReport;
import id.go.bps.pst.visit.QueueReportService;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The daily queue report for the supervisor and auditors (login required under /laporan). */
@Controller
class QueueReportController {

  private static final String[] READERS = {PstGroups.SUPERVISOR, PstGroups.AUDITOR};

  private final QueueReportService reports;
  private final AccessControl access;
  private final ReportScopes scopes;
  private final Clock clock;

  QueueReportController(QueueReportService reports, AccessControl access, ReportScopes scopes, Clock clock) {
    this.reports = reports;
    this.access = access;
    this.scopes = scopes;
    this.clock = clock;
  }

  @GetMapping("/laporan/antrian")
  String page(@RequestParam(name = "tanggal", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      LocalDate day, @RequestParam(name = "unit", required = false) String unit, Model model) {
    ReportScope scope = scopes.of(access.requireAnyGroup(READERS), unit);
    QueueReport report = reports.report(scope.units(), dayOrToday(day, scope));
    UnitFormat.showIn(report.zone());
    model.addAttribute("report", report);
    model.addAttribute("scope", scope);
    model.addAttribute("fmt", new QueueReportFormat(report.zone()));
    return "visit/report";
  }

  @GetMapping("/laporan/antrian.csv")
  ResponseEntity<byte[]> csv(@RequestParam(name = "tanggal", required = false)
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam(name = "unit", required = false) String unit) {
    ReportScope scope = scopes.of(access.requireAnyGroup(READERS), unit);
    QueueReport report = reports.report(scope.units(), dayOrToday(day, scope));
    return QueueReportCsv.table(report).download("antrian" + scope.fileSuffix() + "-" + report.day() + ".csv");
  }

  private LocalDate dayOrToday(LocalDate day, ReportScope scope) {
    return day != null ? day : LocalDate.now(clock.withZone(scope.zone()));
  }
}
