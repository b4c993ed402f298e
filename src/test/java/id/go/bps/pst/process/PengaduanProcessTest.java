package id.go.bps.pst.process;

import static id.go.bps.pst.process.ProcessTestSupport.complete;
import static id.go.bps.pst.process.ProcessTestSupport.executeJob;
import static id.go.bps.pst.process.ProcessTestSupport.task;
import static id.go.bps.pst.process.ProcessTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.complaint.Complaint;
import id.go.bps.pst.complaint.ComplaintCategory;
import id.go.bps.pst.complaint.ComplaintChannel;
import id.go.bps.pst.complaint.ComplaintClosure;
import id.go.bps.pst.complaint.ComplaintFiled;
import id.go.bps.pst.complaint.ComplaintIntake;
import id.go.bps.pst.complaint.ComplaintProcess;
import id.go.bps.pst.complaint.ComplaintService;
import id.go.bps.pst.complaint.ComplaintStatus;
import id.go.bps.pst.complaint.ComplaintSubmission;
import id.go.bps.pst.complaint.ComplaintValidationException;
import id.go.bps.pst.notification.MailOutbox;
import id.go.bps.pst.notification.MailType;
import id.go.bps.pst.order.IdentityType;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.Visitor;
import id.go.bps.pst.payment.MutableClock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every path of the complaints process ({@code processes/pengaduan.bpmn}) on the real modules and
 * database: web complaint answered by e-mail and confirmed, reopened, escalated past both due dates,
 * LAPOR! intake closed when the complainant does not answer, linked to a sale. Timers and jobs are
 * executed by the test. The build fails below 100% flow-node and sequence-flow coverage.
 */
@RecordApplicationEvents
class PengaduanProcessTest extends ProcessCoverageTest {

  private static final String NAME = "Rahmat Hidayatullah";
  private static final String EMAIL = "rahmat.hidayat@example.com";
  private static final String PHONE = "081377712345";

  @Autowired ProcessEngine engine;
  @Autowired ComplaintIntake intake;
  @Autowired ComplaintService complaints;
  @Autowired MailOutbox outbox;
  @Autowired OrderService orders;
  @Autowired UnitProperties unit;
  @Autowired MutableClock clock;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationEvents events;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void reset() {
    engine.getIdentityService().clearAuthentication();
    clock.reset();
  }

  // ---- paths ------------------------------------------------------------------------------------

  @Test
  void webComplaintIsAnsweredByEmailAndConfirmed() {
    // Wednesday 23 December 2026, 10.00 WITA: 24 Dec cuti bersama, 25 Dec Christmas, weekend, 1 Jan 2027
    clock.set(Instant.parse("2026-12-23T02:00:00Z"));
    String code = intake.submit(web(ComplaintCategory.TARIFF, null));
    assertThat(code).matches("ADU-6503-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
    ProcessInstance pi = instance(code);
    assertThat(pi).isStarted().hasBusinessKey(code).isWaitingAt("Task_Triage");
    assertThat(pi).hasPassed("StartEvent_SubmittedOnline");

    Complaint filed = complaints.get(code);
    assertThat(filed.status()).isEqualTo(ComplaintStatus.RECEIVED);
    assertThat(filed.firstResponseDueAt()).isEqualTo(Instant.parse("2026-12-30T15:59:00Z")); // 30 Dec 23.59 WITA
    assertThat(filed.answerDueAt()).isEqualTo(Instant.parse("2027-01-04T15:59:00Z"));
    assertThat(events.stream(ComplaintFiled.class)).singleElement().satisfies(e -> {
      assertThat(e.trackingCode()).isEqualTo(code);
      assertThat(e.channel()).isEqualTo(ComplaintChannel.WEB);
    });
    assertThat(outbox.forRequest(code)).extracting(m -> m.type()).containsExactly(MailType.COMPLAINT_RECEIVED);

    Task triage = task(pi, "Task_Triage");
    assertThat(triage.getName()).isEqualTo("Telaah pengaduan dan tunjuk petugas · " + code + " · Tarif");
    assertThat(triage).hasCandidateGroup("supervisor");
    assertThat(triage.getDueDate()).isEqualTo(Date.from(filed.firstResponseDueAt()));
    // the contact is no variable of the engine: the form gets it from the records, for those who handle complaints
    assertThat(engine.getTaskService().getVariables(triage.getId())).doesNotContainKey("complainantContact");
    assertThat(formVariables(triage.getId(), "supervisor1").path("complainantContact").path("value").asText())
        .contains(NAME, EMAIL);
    for (String reader : List.of("auditor1", "auditorpusat")) {
      assertThat(formVariables(triage.getId(), reader).has("complainantContact")).as(reader).isFalse();
      assertThat(rest("/engine-rest/task/" + triage.getId() + "/variables", reader)).as(reader)
          .doesNotContain(NAME, EMAIL);
      assertThat(rest("/engine-rest/variable-instance?processDefinitionKey=pengaduan", reader)).as(reader)
          .doesNotContain(NAME, EMAIL);
    }

    triage(pi, "SERVICE", "STANDARD", "petugas1", "Kami periksa tarif yang dikenakan.");
    assertThat(complaints.get(code).status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
    Task handle = task(pi, "Task_Handle");
    assertThat(handle.getAssignee()).isEqualTo("petugas1");
    assertThat(handle.getName()).endsWith(code + " · Layanan");
    assertThat(handle.getDueDate()).isEqualTo(Date.from(Instant.parse("2027-01-04T15:59:00Z")));

    assertThatThrownBy(() -> complete(engine, pi, "Task_Handle", vars("answerText", "Terlalu pendek")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("20 sampai 4.000");
    complete(engine, pi, "Task_Handle", vars("answerText",
        "Tarif mengikuti PP 13/2024; kelebihan bayar Rp20.000 kami kembalikan lewat bendahara.",
        "handlingNote", "Dicek dengan kuitansi"));
    executeJob(engine, pi, "Task_SendAnswerEmail");
    assertThat(pi).hasPassed("Gateway_AnswerChannel", "Task_SendAnswerEmail", "End_Handling")
        .hasNotPassed("Task_SendAnswerManually").isWaitingAt("Gateway_AwaitConfirmation");
    Complaint answered = complaints.get(code);
    assertThat(answered.status()).isEqualTo(ComplaintStatus.ANSWERED);
    assertThat(answered.answerSentVia()).isEqualTo("E-mail");
    assertThat(outbox.forRequest(code)).filteredOn(m -> m.type() == MailType.COMPLAINT_ANSWERED).singleElement()
        .satisfies(m -> {
          assertThat(m.recipient()).isEqualTo(EMAIL);
          assertThat(m.bodyText()).contains("kelebihan bayar Rp20.000", "/pengaduan/lacak?kode=" + code);
        });

    intake.confirm(code);
    assertThat(pi).isEnded().hasPassed("Event_Confirmed", "Task_CloseConfirmed", "End_Confirmed");
    Complaint closed = complaints.get(code);
    assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(closed.closure()).isEqualTo(ComplaintClosure.CONFIRMED);
    assertThat(complaints.history(code)).extracting(e -> e.action())
        .containsSubsequence("RECEIVED", "TRIAGED", "ASSIGNED", "ANSWER_WRITTEN", "ANSWERED", "CLOSED");
    assertThat(complaints.publicHistory(code)).extracting(e -> e.action())
        .containsExactly("RECEIVED", "TRIAGED", "ANSWERED", "CLOSED");
    assertThat(complaints.history(code)).filteredOn(e -> e.action().equals("TRIAGED")).singleElement()
        .satisfies(e -> assertThat(e.actor()).isEqualTo("supervisor1"));
    assertNoPersonalDataInEngine(pi);
    // a second confirmation is refused with a message, not an error
    assertThatThrownBy(() -> intake.confirm(code)).isInstanceOf(ComplaintValidationException.class)
        .hasMessageContaining("tidak sedang menunggu");
  }

  @Test
  void complainantReopensAndTheSecondAnswerIsConfirmed() {
    clock.set(Instant.parse("2026-11-30T01:00:00Z")); // Monday 30 November 2026, 09.00 WITA
    String code = intake.submit(web(ComplaintCategory.PRODUCT, null));
    ProcessInstance pi = instance(code);
    triage(pi, "PRODUCT", "COMPLEX", "petugas2", null);
    // 14 working days from Monday 30 Nov: 1-4, 7-11, 14-18 Dec -> 18 December
    assertThat(complaints.get(code).answerDueAt()).isEqualTo(Instant.parse("2026-12-18T15:59:00Z"));
    answerByEmail(pi, "Data yang Anda terima sudah kami periksa ulang; berkas pengganti kami kirim.");

    assertThatThrownBy(() -> intake.reopen(code, "kurang")).isInstanceOf(ComplaintValidationException.class)
        .hasMessageContaining("paling sedikit 10 karakter");
    assertThat(pi).isWaitingAt("Gateway_AwaitConfirmation");

    clock.set(Instant.parse("2026-12-10T03:00:00Z")); // Thursday 10 December
    intake.reopen(code, "Berkas pengganti juga tidak memuat kolom umur.");
    assertThat(pi).hasPassed("Event_Reopened").isWaitingAt("Task_Triage");
    Complaint reopened = complaints.get(code);
    assertThat(reopened.status()).isEqualTo(ComplaintStatus.REOPENED);
    assertThat(reopened.reopenCount()).isEqualTo(1);
    assertThat(reopened.firstResponseDueAt()).isEqualTo(Instant.parse("2026-12-15T15:59:00Z"));
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "reopenReason"))
        .isEqualTo("Berkas pengganti juga tidak memuat kolom umur.");

    triage(pi, "PRODUCT", "STANDARD", "petugas2", "Kami kirim ulang dengan kolom lengkap.");
    // a new round: 5 working days from the reopening (11, 14, 15, 16, 17 Dec)
    assertThat(complaints.get(code).answerDueAt()).isEqualTo(Instant.parse("2026-12-17T15:59:00Z"));
    answerByEmail(pi, "Berkas dengan kolom umur sudah kami kirim ke e-mail Anda.");
    intake.confirm(code);
    assertThat(pi).isEnded().hasPassed("End_Confirmed");
    assertThat(outbox.forRequest(code)).filteredOn(m -> m.type() == MailType.COMPLAINT_ANSWERED).hasSize(2);
    assertThat(complaints.publicHistory(code)).extracting(e -> e.action())
        .containsExactly("RECEIVED", "TRIAGED", "ANSWERED", "REOPENED", "TRIAGED", "ANSWERED", "CLOSED");
  }

  @Test
  void officerEntryFromWhatsappEscalatesPastBothDueDatesWithoutStoppingTheWork() {
    clock.set(Instant.parse("2026-03-17T01:00:00Z")); // Tuesday 17 March 2026: Nyepi and Idul Fitri ahead
    ProcessInstance pi = startAsOfficer(vars("channel", "WHATSAPP", "category", "STAFF_BEHAVIOUR",
        "complainantName", NAME, "complainantPhone", "0813-7771-2345",
        "complaintDescription", "Petugas loket tidak ramah saat saya menanyakan data kemiskinan."));
    String code = businessKey(pi);
    assertThat(pi).hasPassed("StartEvent_OfficerEntry", "Task_RegisterComplaint").isWaitingAt("Task_Triage");
    Complaint c = complaints.get(code);
    assertThat(c.enteredBy()).isEqualTo("petugas1");
    assertThat(c.complainantPhone()).isEqualTo("081377712345");
    // 18 cuti bersama, 19 Nyepi, 20 cuti bersama, 21-22 Idul Fitri, 23-24 cuti bersama: 25, 26, 27 March
    assertThat(c.firstResponseDueAt()).isEqualTo(Instant.parse("2026-03-27T15:59:00Z"));
    assertNoPersonalDataInEngine(pi);

    executeJob(engine, pi, "Boundary_FirstResponseLate");
    assertThat(pi).isWaitingAt("Task_Triage", "Task_EscalateFirstResponse");
    assertThat(task(pi, "Task_EscalateFirstResponse")).hasCandidateGroup("supervisor");
    complete(engine, pi, "Task_EscalateFirstResponse", vars("escalationAction", "Koordinator menelaah hari ini."));
    assertThat(pi).hasPassed("End_FirstResponseEscalated");

    triage(pi, "STAFF_BEHAVIOUR", "FIELD_CHECK", "petugas1", null);
    // 60 working days from 17 March 2026: 7 days of Nyepi and Idul Fitri, Good Friday, 1 May, 14-15 May,
    // 27-28 May, 1 June and 16 June are skipped besides the weekends -> Friday 26 June
    assertThat(complaints.get(code).answerDueAt()).isEqualTo(Instant.parse("2026-06-26T15:59:00Z"));
    executeJob(engine, pi, "Boundary_AnswerLate");
    assertThat(pi).isWaitingAt("Task_Handle", "Task_EscalateAnswer");
    complete(engine, pi, "Task_EscalateAnswer", vars("escalationAction", "Petugas diminta menjawab minggu ini."));
    assertThat(pi).hasPassed("End_AnswerEscalated");
    assertThat(complaints.get(code).escalationCount()).isEqualTo(2);
    assertThat(complaints.history(code)).extracting(e -> e.action())
        .contains("ESCALATED_FIRST_RESPONSE", "ESCALATED_ANSWER", "ESCALATION_HANDLED");
    assertThat(complaints.publicHistory(code)).extracting(e -> e.action()).doesNotContain("ESCALATED_ANSWER");

    complete(engine, pi, "Task_Handle", vars("answerText",
        "Kami sudah menegur petugas yang bersangkutan dan menjadwalkan pelatihan layanan prima."));
    assertThat(pi).hasNotPassed("Task_SendAnswerEmail").isWaitingAt("Task_SendAnswerManually");
    assertThat(formVariables(task(pi, "Task_SendAnswerManually").getId(), "petugas1").path("complainantContact")
        .path("value").asText()).contains("081377712345");
    assertThatThrownBy(() -> complete(engine, pi, "Task_SendAnswerManually", vars("answerSentVia", "WHATSAPP",
        "answerSent", false))).isInstanceOf(FormValidationException.class).hasMessageContaining("Centang");
    complete(engine, pi, "Task_SendAnswerManually", vars("answerSentVia", "WHATSAPP", "answerSent", true,
        "answerSentNote", "Dikirim dari nomor layanan"));
    assertThat(complaints.get(code).answerSentVia()).isEqualTo("WhatsApp");
    intake.confirm(code);
    assertThat(pi).isEnded().hasPassed("Task_SendAnswerManually", "End_Confirmed");
    assertNoPersonalDataInEngine(pi);
  }

  @Test
  void laporComplaintIsAnsweredInLaporAndClosedWhenTheComplainantDoesNotAnswer() {
    clock.set(Instant.parse("2026-12-22T01:00:00Z"));
    long before = count();
    assertThatThrownBy(() -> startAsOfficer(vars("channel", "LAPOR", "category", "SERVICE",
        "complaintDescription", "Laporan diteruskan dari SP4N-LAPOR! tentang lamanya layanan data.")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("LAPOR!");
    assertThat(count()).isEqualTo(before);

    ProcessInstance pi = startAsOfficer(vars("channel", "LAPOR", "laporReference", "#LAP-2026-7781234",
        "category", "SERVICE", "complaintDescription",
        "Laporan diteruskan dari SP4N-LAPOR! tentang lamanya layanan data mikro di PST."));
    String code = businessKey(pi);
    Complaint c = complaints.get(code);
    assertThat(c.channel()).isEqualTo(ComplaintChannel.LAPOR);
    assertThat(c.laporReference()).isEqualTo("#LAP-2026-7781234");
    assertThat(c.complainantName()).isEqualTo("Tanpa nama");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "answerByEmail")).isEqualTo(false);

    triage(pi, "SERVICE", "COMPLEX", "petugas2", null);
    complete(engine, pi, "Task_Handle", vars("answerText",
        "Layanan data mikro memerlukan penyiapan berkas; kami tambah petugas pada hari Senin."));
    complete(engine, pi, "Task_SendAnswerManually", vars("answerSentVia", "LAPOR", "answerSent", true));
    assertThat(complaints.get(code).answerSentVia()).isEqualTo("SP4N-LAPOR!");
    executeJob(engine, pi, "Timer_ConfirmationTimeout");
    assertThat(pi).isEnded().hasPassed("Task_CloseByTimeout", "End_ClosedByTimeout");
    Complaint closed = complaints.get(code);
    assertThat(closed.closure()).isEqualTo(ComplaintClosure.TIMEOUT);
    assertThat(complaints.publicHistory(code)).last().satisfies(e -> assertThat(e.note()).contains("Ditutup otomatis"));
  }

  @Test
  void complaintLinkedToASaleIsOnTheRequestsTrailAndAWrongNumberStoresNothing() {
    // the complainant's own sale: the same phone as the complaint's (the e-mail differs)
    String number = orders.register(unit.code(), unit.zoneId(), new Visitor("Siti Aminah", "siti@example.com",
        "+62 813-7771-2345", IdentityType.KTP, "6503014507900001", "Universitas Borneo Tarakan", "STUDENT"), "A001",
        "petugas1", null).requestNumber();

    long before = count();
    long instancesBefore = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ComplaintProcess.PROCESS_KEY).count();
    // an officer typing a number that does not exist is told so (staff may know which numbers exist)
    assertThatThrownBy(() -> complaints.register(new ComplaintSubmission(unit.code(), ComplaintChannel.WHATSAPP,
        ComplaintCategory.PRODUCT, NAME, null, PHONE, "Halaman publikasi yang saya beli tidak lengkap.",
        "6503-2026-999999"), null, null, "petugas1"))
        .isInstanceOf(ComplaintValidationException.class).hasMessageContaining("tidak ditemukan");
    assertThatThrownBy(() -> intake.submit(web(ComplaintCategory.PRODUCT, "6503/2026/1")))
        .isInstanceOf(ComplaintValidationException.class).hasMessageContaining("6503-2026-000123");
    assertThat(count()).isEqualTo(before);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ComplaintProcess.PROCESS_KEY).count()).isEqualTo(instancesBefore);
    // the public form: a number that does not exist is no refusal (it would tell a stranger which numbers exist); the
    // complaint is filed without a link to a sale and keeps the number typed
    String unlinked = intake.submit(web(ComplaintCategory.PRODUCT, "6503-2026-999999"));
    assertThat(complaints.get(unlinked).requestNumber()).isNull();
    assertThat(complaints.get(unlinked).reportedRequestNumber()).isEqualTo("6503-2026-999999");
    assertThat(engine.getRuntimeService().getVariable(instance(unlinked).getId(), "requestNumber")).isNull();

    String code = intake.submit(web(ComplaintCategory.PRODUCT, number));
    ProcessInstance pi = instance(code);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "requestNumber")).isEqualTo(number);
    assertThat(complaints.ofRequest(number)).extracting(Complaint::trackingCode).containsExactly(code);
    assertThat(orders.history(number)).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("COMPLAINT_FILED");
      assertThat(e.detail()).contains(code);
    });
    assertThat(task(pi, "Task_Triage").getName()).endsWith("· Produk");
    // a triage without an officer of the group is refused and stays open
    assertThatThrownBy(() -> triage(pi, "PRODUCT", "STANDARD", "bendahara1", null))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Petugas PST");
    assertThat(pi).isWaitingAt("Task_Triage");
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private ComplaintSubmission web(ComplaintCategory category, String requestNumber) {
    return new ComplaintSubmission(unit.code(), ComplaintChannel.WEB, category, NAME, EMAIL, PHONE,
        "Saya membayar tarif data mikro lebih mahal dari yang tertera di situs BPS.", requestNumber);
  }

  private void triage(ProcessInstance pi, String category, String complexity, String officer, String note) {
    Map<String, Object> v = vars("category", category, "complexity", complexity, "assignedOfficer", officer);
    if (note != null) {
      v.put("triageNote", note);
    }
    complete(engine, pi, "Task_Triage", v);
  }

  private void answerByEmail(ProcessInstance pi, String answer) {
    complete(engine, pi, "Task_Handle", vars("answerText", answer));
    executeJob(engine, pi, "Task_SendAnswerEmail");
    assertThat(pi).isWaitingAt("Gateway_AwaitConfirmation");
  }

  private ProcessInstance startAsOfficer(Map<String, Object> form) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ComplaintProcess.PROCESS_KEY).latestVersion().singleResult().getId();
    engine.getIdentityService().setAuthentication("petugas1", List.of("petugas"));
    try {
      return engine.getFormService().submitStartForm(definitionId, form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private ProcessInstance instance(String code) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(code)
        .processDefinitionKey(ComplaintProcess.PROCESS_KEY).singleResult();
  }

  private String businessKey(ProcessInstance pi) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
        .singleResult().getBusinessKey();
  }

  private long count() {
    return jdbc.queryForObject("select count(*) from pst_complaint", Long.class);
  }

  /** Neither runtime nor history variables of the instance hold the complainant's name, e-mail or phone. */
  private void assertNoPersonalDataInEngine(ProcessInstance pi) {
    List<String> values = new java.util.ArrayList<>();
    engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list()
        .forEach(v -> values.add(v.getName() + "=" + v.getValue()));
    engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId()).list()
        .forEach(d -> values.add(String.valueOf(d instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate u
            ? u.getVariableName() + "=" + u.getValue() : d)));
    assertThat(values).isNotEmpty().noneMatch(s -> s.contains(NAME) || s.contains(EMAIL) || s.contains("08137771")
        || s.contains("0813-7771"));
  }

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  /** The body of a GET on the application as the demo user (password = user id). */
  private String rest(String path, String user) {
    try {
      java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
              .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                  (user + ":" + user).getBytes(java.nio.charset.StandardCharsets.UTF_8))).GET().build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
      return r.body();
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The task's form variables as Tasklist reads them, as the user. */
  private com.fasterxml.jackson.databind.JsonNode formVariables(String taskId, String user) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(
          rest("/engine-rest/task/" + taskId + "/form-variables", user));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
