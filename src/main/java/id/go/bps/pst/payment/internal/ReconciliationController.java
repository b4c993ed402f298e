package id.go.bps.pst.payment.internal;

import id.go.bps.pst.common.UnitDirectory;
import id.go.bps.pst.common.UnitFormat;
import id.go.bps.pst.identity.AccessControl;
import id.go.bps.pst.identity.ReportScope;
import id.go.bps.pst.identity.ReportScopes;
import id.go.bps.pst.identity.PstGroups;
import id.go.bps.pst.payment.ReconciliationReport;
import id.go.bps.pst.payment.ReconciliationService;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The daily reconciliation for the treasurer, the supervisor and auditors (login required under /laporan). */
@Controller
class ReconciliationController {

  private static final String[] READERS = {PstGroups.BENDAHARA, PstGroups.SUPERVISOR, PstGroups.AUDITOR};

  private final ReconciliationService reconciliation;
  private final PaymentProperties properties;
  private final PaymentClock clock;
  private final AccessControl access;
  private final ReportScopes scopes;
  private final UnitDirectory units;

  ReconciliationController(ReconciliationService reconciliation, PaymentProperties properties, PaymentClock clock,
      AccessControl access, ReportScopes scopes, UnitDirectory units) {
    this.access = access;
    this.scopes = scopes;
    this.units = units;
    this.reconciliation = reconciliation;
    this.properties = properties;
    this.clock = clock;
  }

  @GetMapping("/laporan/rekonsiliasi")
  String page(
      @RequestParam(name = "tanggal", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam(name = "unit", required = false) String unit, Model model) {
    ReportScope scope = scopes.of(access.requireAnyGroup(READERS), unit);
    ReconciliationReport report = report(scope, day);
    UnitFormat.showIn(report.zone());
    model.addAttribute("report", report);
    model.addAttribute("scope", scope);
    model.addAttribute("fmt", new ReportFormat(report.zone()));
    return "payment/reconciliation";
  }

  @GetMapping("/laporan/rekonsiliasi.csv")
  ResponseEntity<byte[]> csv(
      @RequestParam(name = "tanggal", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam(name = "unit", required = false) String unit) {
    ReportScope scope = scopes.of(access.requireAnyGroup(READERS), unit);
    ReconciliationReport report = report(scope, day);
    return ReconciliationCsv.table(report).download("rekonsiliasi" + scope.fileSuffix() + "-" + report.day() + ".csv");
  }

  /** The day's reconciliation of the scope's units, in the (first) unit's zone. */
  private ReconciliationReport report(ReportScope scope, LocalDate day) {
    if (day != null && !id.go.bps.pst.common.ReportDates.reportable(day)) {
      throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
          id.go.bps.pst.common.ReportDates.outOfRange("Tanggal"));
    }
    LocalDate shown = day != null ? day : clock.now().atZone(scope.zone()).toLocalDate();
    return reconciliation.report(shown, scope.zone(), scope.codes(), units.defaultUnit().code());
  }
}
