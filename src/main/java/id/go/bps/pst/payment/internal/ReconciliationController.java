package id.go.bps.pst.payment.internal;

import id.go.bps.pst.identity.AccessControl;
import id.go.bps.pst.identity.PstGroups;
import id.go.bps.pst.payment.ReconciliationReport;
import id.go.bps.pst.payment.ReconciliationService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

  ReconciliationController(ReconciliationService reconciliation, PaymentProperties properties, PaymentClock clock,
      AccessControl access) {
    this.access = access;
    this.reconciliation = reconciliation;
    this.properties = properties;
    this.clock = clock;
  }

  @GetMapping("/laporan/rekonsiliasi")
  String page(
      @RequestParam(name = "tanggal", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      Model model) {
    access.requireAnyGroup(READERS);
    ReconciliationReport report = reconciliation.report(dayOrToday(day));
    model.addAttribute("report", report);
    model.addAttribute("fmt", new ReportFormat(report.zone()));
    return "payment/reconciliation";
  }

  @GetMapping("/laporan/rekonsiliasi.csv")
  ResponseEntity<byte[]> csv(
      @RequestParam(name = "tanggal", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
    access.requireAnyGroup(READERS);
    ReconciliationReport report = reconciliation.report(dayOrToday(day));
    byte[] body = ReconciliationCsv.write(report).getBytes(StandardCharsets.UTF_8);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("rekonsiliasi-" + report.day() + ".csv").build().toString())
        .body(body);
  }

  private LocalDate dayOrToday(LocalDate day) {
    return day != null ? day : clock.now().atZone(properties.getZone()).toLocalDate();
  }
}
