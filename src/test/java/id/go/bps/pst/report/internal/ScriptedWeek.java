package id.go.bps.pst.report.internal;

import static id.go.bps.pst.process.ProcessTestSupport.cart;
import static id.go.bps.pst.process.ProcessTestSupport.guestBook;
import static id.go.bps.pst.process.ProcessTestSupport.json;
import static id.go.bps.pst.process.ProcessTestSupport.map;
import static id.go.bps.pst.process.ProcessTestSupport.microdata;
import static id.go.bps.pst.process.ProcessTestSupport.publication;
import static id.go.bps.pst.process.ProcessTestSupport.start;
import static id.go.bps.pst.process.ProcessTestSupport.vars;
import static id.go.bps.pst.process.ProcessTestSupport.with;

import id.go.bps.pst.TestSql;
import id.go.bps.pst.payment.MutableClock;
import id.go.bps.pst.payment.internal.NotificationSignature;
import id.go.bps.pst.rating.SurveyService;
import id.go.bps.pst.rating.SurveySource;
import id.go.bps.pst.rating.SurveySubmission;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A week of the unit, Monday 5 to Sunday 11 June 2034 (WITA), scripted with fixed times through the
 * real process (three whole sales), SQL (queue tickets of Thursday) and the survey service.
 *
 * <pre>
 * Sale A  Mon  petugas1 Loket 1  publication (softcopy, Rp140.000) + 2 WKS maps by desa (Rp140.000), cash Rp280.000;
 *              visitor steps assisted by petugas1, rating {1 x 9} entered by petugas1 (not counted)
 * Sale B  Tue  petugas2 Loket 2  1 WKS map by kecamatan Rp30.000, bank (paid 10.15 per the bank, NTPN);
 *              visitor steps in the portal, rating {4,4,4,3,4,4,4,4,4} "Pelayanan cepat, terima kasih"
 * Sale C  Wed  petugas1 Loket 1  microdata, Rp0 (government agency); visitor steps in the portal except the
 *              terms (assisted), rating {3,3,3,4,3,3,3,3,3} with a formula as comment
 * Thu      four queue tickets at Loket 2 by petugas2: within, breach, no-show, left unserved after 30 minutes
 * Thu/Fri  stand-alone ratings: KONSULTASI {3 x 9} "Ruang tunggu panas"; PERPUSTAKAAN {4 x 8, 3}
 * </pre>
 */
final class ScriptedWeek {

  static final ZoneId WITA = ZoneId.of("Asia/Makassar");
  static final String UNIT = "9902";
  static final String PUBLICATION = "kab-tana-tidung-dalam-angka-2025";
  static final String SUSENAS = "susenas-2024-kor-individu";
  static final String FORMULA_COMMENT = "=HYPERLINK(\"http://contoh.invalid\",\"klik\")";

  final ProcessEngine engine;
  final MutableClock clock;
  final JdbcTemplate jdbc;
  final SurveyService surveys;
  final int port;
  /** Stores the signed agreement before step 14, which waits for it. */
  id.go.bps.pst.process.VisitorUploads uploads;

  String saleA;
  String saleB;
  String saleC;

  ScriptedWeek(ProcessEngine engine, MutableClock clock, JdbcTemplate jdbc, SurveyService surveys, int port) {
    this.engine = engine;
    this.clock = clock;
    this.jdbc = jdbc;
    this.surveys = surveys;
    this.port = port;
  }

  static Instant wita(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WITA).toInstant();
  }

  void at(String localDateTime) {
    Instant t = wita(localDateTime);
    clock.set(t);
    ClockUtil.setCurrentTime(java.util.Date.from(t));
  }

  void run() throws Exception {
    saleA();
    saleB();
    saleC();
    thursdayQueue();
    standaloneRatings();
  }

  private void saleA() {
    String d = "2034-06-05T";
    at(d + "08:00:00");
    ProcessInstance pi = start(engine, guestBook("Siti Aminah", "INDIVIDUAL"));
    saleA = number(pi);
    at(d + "08:04:00"); staff(pi, "Task_CallVisitor", "petugas1", "petugas", vars("counterName", "Loket 1"));
    at(d + "08:10:00"); staff(pi, "Task_RecordRequest", "petugas1", "petugas", with(cart(publication(PUBLICATION), map("wks-6503-desa", 2)), vars("commercial", false,
        "purpose", "Bahan skripsi tentang pembangunan desa")));
    at(d + "08:12:00"); staff(pi, "Task_ExplainTerms", "petugas1", "petugas",
        vars("zeroTariffRequested", false));
    at(d + "08:15:00"); staff(pi, "Task_AcceptTerms", "petugas1", "petugas", vars("termsDecision", "ACCEPT",
        "documentsSubmitted", json("[\"IDENTITY_CARD\"]"), "dataUseAbstract", "Skripsi pembangunan desa.",
        "visitorOccupation", "Peneliti", "visitorAddress", "Jl. Perintis No. 7, Tideng Pale"));
    at(d + "08:20:00"); staff(pi, "Task_CheckDocuments", "petugas1", "petugas",
        vars("documentCheck", "COMPLETE", "zeroTariffApproved", false));
    job(pi, "Task_IssueInvoice");
    at(d + "08:25:00"); staff(pi, "Task_ReviewInvoice", "petugas1", "petugas", vars("invoiceReview", "OK"));
    at(d + "08:27:00"); staff(pi, "Task_ChoosePaymentMethod", "petugas1", "petugas", vars("paymentMethod", "CASH"));
    at(d + "08:35:00"); staff(pi, "Task_ReceiveCash", "bendahara1", "bendahara", vars("cashReceived", true));
    at(d + "08:40:00"); staff(pi, "Task_IssueReceipt", "bendahara1", "bendahara", vars());
    job(pi, "Task_GenerateReceipt");
    at(d + "08:45:00"); staff(pi, "Task_PrepareProduct", "petugas1", "petugas", vars());
    at(d + "08:50:00"); staff(pi, "Task_Handover", "petugas1", "petugas", vars());
    job(pi, "Task_GenerateHandover");
    at(d + "08:55:00"); staff(pi, "Task_ReviewProduct", "petugas1", "petugas", vars("productReview", "OK"));
    at(d + "09:00:00"); staff(pi, "Task_RateService", "petugas1", "petugas", rating(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1},
        "Diisi petugas"));
  }

  private void saleB() throws Exception {
    String d = "2034-06-06T";
    at(d + "09:00:00");
    ProcessInstance pi = start(engine, guestBook("Budi Santoso", "PRIVATE"));
    saleB = number(pi);
    at(d + "09:03:00"); staff(pi, "Task_CallVisitor", "petugas2", "petugas", vars("counterName", "Loket 2"));
    at(d + "09:09:00"); staff(pi, "Task_RecordRequest", "petugas2", "petugas", with(cart(map("wks-6503-kecamatan", 1)), vars("commercial", false, "purpose", "Perencanaan usaha")));
    at(d + "09:12:00"); staff(pi, "Task_ExplainTerms", "petugas2", "petugas",
        vars("zeroTariffRequested", false));
    at(d + "09:14:00"); portal(pi, "Task_AcceptTerms", vars("termsDecision", "ACCEPT",
        "documentsSubmitted", json("[\"IDENTITY_CARD\"]"), "dataUseAbstract", "Perencanaan usaha.",
        "visitorOccupation", "Peneliti", "visitorAddress", "Jl. Perintis No. 7, Tideng Pale"));
    at(d + "09:20:00"); staff(pi, "Task_CheckDocuments", "petugas2", "petugas",
        vars("documentCheck", "COMPLETE", "zeroTariffApproved", false));
    job(pi, "Task_IssueInvoice");
    at(d + "09:30:00"); portal(pi, "Task_ReviewInvoice", vars("invoiceReview", "OK"));
    at(d + "09:32:00"); portal(pi, "Task_ChoosePaymentMethod", vars("paymentMethod", "BANK"));
    job(pi, "Task_IssueBillingCode");
    at(d + "10:16:00");
    String billingCode = jdbc.queryForObject(
        "select billing_code from pst_billing where request_number = ? order by id desc limit 1", String.class, saleB);
    int status = notifyBank(billingCode, 30_000, wita(d + "10:15:00"));
    if (status != 200) {
      throw new AssertionError("bank notification refused: " + status);
    }
    at(d + "10:20:00"); staff(pi, "Task_PrepareProduct", "petugas2", "petugas", vars());
    at(d + "10:30:00"); staff(pi, "Task_IssueReceipt", "bendahara1", "bendahara", vars());
    job(pi, "Task_GenerateReceipt");
    at(d + "10:40:00"); staff(pi, "Task_Handover", "petugas2", "petugas", vars());
    job(pi, "Task_GenerateHandover");
    at(d + "10:45:00"); portal(pi, "Task_ReviewProduct", vars("productReview", "OK"));
    at(d + "10:50:00"); portal(pi, "Task_RateService", rating(new int[] {4, 4, 4, 3, 4, 4, 4, 4, 4},
        "Pelayanan cepat, terima kasih"));
  }

  private void saleC() {
    String d = "2034-06-07T";
    at(d + "10:00:00");
    ProcessInstance pi = start(engine, guestBook("Rina Wati", "GOVERNMENT_AGENCY"));
    saleC = number(pi);
    at(d + "10:02:00"); staff(pi, "Task_CallVisitor", "petugas1", "petugas", vars("counterName", "Loket 1"));
    at(d + "10:10:00"); staff(pi, "Task_RecordRequest", "petugas1", "petugas", with(cart(microdata(SUSENAS, "")), vars("commercial", false, "purpose", "Perencanaan daerah")));
    at(d + "10:12:00"); staff(pi, "Task_ExplainTerms", "petugas1", "petugas",
        vars("zeroTariffRequested", true));
    at(d + "10:15:00"); staff(pi, "Task_AcceptTerms", "petugas1", "petugas", vars("termsDecision", "ACCEPT",
        "documentsSubmitted", json("[\"IDENTITY_CARD\"]"),
        "dataUseAbstract", "Analisis kesejahteraan per kecamatan untuk perencanaan daerah.",
        "visitorOccupation", "Peneliti", "visitorAddress", "Jl. Perintis No. 7, Tideng Pale"));
    at(d + "10:25:00"); staff(pi, "Task_CheckDocuments", "petugas1", "petugas",
        vars("documentCheck", "COMPLETE", "zeroTariffApproved", true));
    job(pi, "Task_IssueInvoice");
    job(pi, "Task_IssueMicrodataDocuments");
    at(d + "10:30:00"); portal(pi, "Task_ReviewInvoice", vars("invoiceReview", "OK"));
    at(d + "10:38:00"); uploads.upload(number(pi), id.go.bps.pst.document.UploadService.SIGNED_AGREEMENT, "sppd.pdf",
        id.go.bps.pst.document.TestUploads.pdf("SPPD ditandatangani"), id.go.bps.pst.process.Actors.VISITOR_PORTAL);
    at(d + "10:40:00"); portal(pi, "Task_SignAgreement", vars("agreementSigned", true, "dutyStampAffixed", true));
    at(d + "10:45:00"); staff(pi, "Task_IssueReceipt", "bendahara1", "bendahara", vars());
    job(pi, "Task_GenerateReceipt");
    at(d + "11:00:00"); staff(pi, "Task_PrepareProduct", "petugas1", "petugas", vars());
    at(d + "11:05:00"); staff(pi, "Task_Handover", "petugas1", "petugas", vars("agreementAccepted", true));
    job(pi, "Task_GenerateHandover");
    at(d + "11:10:00"); portal(pi, "Task_ReviewProduct", vars("productReview", "OK"));
    at(d + "11:15:00"); portal(pi, "Task_RateService", rating(new int[] {3, 3, 3, 4, 3, 3, 3, 3, 3}, FORMULA_COMMENT));
  }

  /** Thursday at Loket 2 (petugas2): within the standard, a breach, a no-show, one who left unserved. */
  private void thursdayQueue() {
    String d = "2034-06-08T";
    ticket(1, d + "08:00:00", d + "08:00:00", d + "08:05:00", d + "08:20:00", false);
    ticket(2, d + "08:02:00", d + "08:20:00", d + "08:35:00", d + "08:50:00", false);
    ticket(3, d + "08:10:00", d + "08:50:00", d + "08:52:00", d + "08:53:00", true);
    ticket(4, d + "09:00:00", d + "09:00:00", null, d + "09:30:00", false);
  }

  private void ticket(int seq, String arrived, String clockStarted, String called, String finished, boolean noShow) {
    TestSql.update(jdbc, "insert into pst_queue_ticket (unit_code, service_day, service_code, ticket_seq, ticket_number, "
            + "public_ref, arrived_at, clock_started_at, called_at, called_by, counter_name, finished_at, "
            + "finished_by, recall_count, no_show) values (?, ?, 'P', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
        UNIT, java.time.LocalDate.parse(arrived.substring(0, 10)), seq, "P-%03d".formatted(seq),
        UUID.randomUUID().toString(), ts(arrived), ts(clockStarted), ts(called), called == null ? null : "petugas2",
        called == null ? null : "Loket 2", ts(finished), called == null ? "system" : "petugas2", noShow);
  }

  private void standaloneRatings() {
    at("2034-06-08T14:00:00");
    surveys.record(new SurveySubmission(null, UNIT, "KONSULTASI", SurveySource.STANDALONE,
        new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3}, "Ruang tunggu panas", null, null));
    at("2034-06-09T09:00:00");
    surveys.record(new SurveySubmission(null, UNIT, "PERPUSTAKAAN", SurveySource.STANDALONE,
        new int[] {4, 4, 4, 4, 4, 4, 4, 4, 3}, null, null, null));
  }

  private static Timestamp ts(String localDateTime) {
    return localDateTime == null ? null : Timestamp.from(wita(localDateTime));
  }

  // ---- the process -----------------------------------------------------------------------------

  private String number(ProcessInstance pi) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
        .singleResult().getBusinessKey();
  }

  private Task task(ProcessInstance pi, String key) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(key).list();
    if (tasks.size() != 1) {
      throw new AssertionError("expected one task " + key + ", active: "
          + engine.getRuntimeService().getActiveActivityIds(pi.getId()));
    }
    return tasks.get(0);
  }

  /** Completes a task as a staff member (Tasklist). */
  void staff(ProcessInstance pi, String key, String user, String group, Map<String, Object> variables) {
    Task task = task(pi, key);
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      engine.getTaskService().complete(task.getId(), Variables.fromMap(variables));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Completes a visitor step as the visitor portal does (nobody logged in, transient completedVia=portal). */
  void portal(ProcessInstance pi, String key, Map<String, Object> variables) {
    VariableMap v = Variables.fromMap(variables);
    v.putValueTyped("completedVia", Variables.stringValue("portal", true));
    engine.getTaskService().complete(task(pi, key).getId(), v);
  }

  private void job(ProcessInstance pi, String activityId) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
        .singleResult();
    if (job == null) {
      throw new AssertionError("no job at " + activityId);
    }
    engine.getManagementService().executeJob(job.getId());
  }

  private static Map<String, Object> rating(int[] s, String comment) {
    Map<String, Object> v = vars("surveyComment", comment);
    for (int i = 0; i < 9; i++) {
      v.put("surveyQ" + (i + 1), (long) s[i]);
    }
    return v;
  }

  private int notifyBank(String billingCode, long amount, Instant paidAt) throws Exception {
    String body = """
        {"billingCode":"%s","amount":%d,"paidAt":"%s","bank":"Bank Rakyat Indonesia","channel":"TELLER",
         "ntb":"NTB%s","ntpn":"NTPN2034060600AB"}""".formatted(billingCode, amount, paidAt, billingCode);
    String timestamp = String.valueOf(clock.instant().getEpochSecond());
    byte[] raw = body.getBytes(StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/payments/notifications"))
        .header("Content-Type", "application/json")
        .header("X-PST-Timestamp", timestamp)
        .header("X-PST-Signature", NotificationSignature.sign("demo-secret-change-me", timestamp, raw))
        .POST(HttpRequest.BodyPublishers.ofByteArray(raw)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }
}
