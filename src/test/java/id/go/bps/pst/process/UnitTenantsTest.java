package id.go.bps.pst.process;

import static id.go.bps.pst.process.ProcessTestSupport.guestBook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bps.pst.TestSql;
import id.go.bps.pst.common.UnitDirectory;
import id.go.bps.pst.identity.internal.UnitTenants;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.payment.ReceiptNumberService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two units side by side (demo profile: 6503 Tana Tidung and 6501 Bulungan): a sale started by an
 * officer of each unit belongs to that unit's tenant, and nothing of one unit reaches the other's
 * staff: engine task queries as the officer, the engine REST API, our whereabouts API, the counter page
 * and the request pages. National staff (auditorpusat) read both and change nothing; no unit deploys.
 */
class UnitTenantsTest extends id.go.bps.pst.SharedContextTest {

  @Autowired ProcessEngine engine;
  @Autowired UnitDirectory units;
  @Autowired UnitTenants unitTenants;
  @Autowired OrderService orders;
  @Autowired ReceiptNumberService receiptNumbers;
  @Autowired JdbcTemplate jdbc;
  @Autowired id.go.bps.pst.document.DocumentService documentService;
  @Autowired id.go.bps.pst.visit.QueueService queue;
  @Autowired id.go.bps.pst.visit.VisitProperties visit;
  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void init() {
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
  }

  @AfterEach
  void clear() {
    engine.getIdentityService().clearAuthentication();
  }

  /** The supervisor's refund decision of a request, started in the request's unit (as LatePaymentRefund does). */
  private ProcessInstance refundProcess(String unitCode, String requestNumber) {
    return id.go.bps.pst.common.UnitScope.call(unitCode, () -> engine.getRuntimeService().startProcessInstanceByKey(
        LatePaymentRefund.PROCESS_KEY, requestNumber, org.camunda.bpm.engine.variable.Variables.createVariables()
            .putValue(ProcessKeys.REQUEST_NUMBER, requestNumber).putValue("refundCause", "CANCELLED_AFTER_PAYMENT")));
  }

  @Test
  void eachUnitIsARowAndATenantAndDefinitionsAreShared() {
    assertThat(units.all()).extracting(u -> u.code()).contains("6501", "6503");
    assertThat(units.require("6503").name()).isEqualTo("BPS Kabupaten Tana Tidung");
    assertThat(units.defaultUnit().code()).isEqualTo("6503");
    var identity = engine.getIdentityService();
    for (String unit : List.of("6501", "6503")) {
      assertThat(identity.createTenantQuery().tenantId(unit).count()).isOne();
      assertThat(identity.createTenantQuery().tenantId(unit).groupMember("pusat").count()).isOne();
    }
    assertThat(identity.createTenantQuery().userMember("petugas6501").list()).extracting(t -> t.getId())
        .containsExactly("6501");
    // (on a MariaDB shared by test classes configured for other units, petugas1 may be in those too)
    assertThat(identity.createTenantQuery().userMember("petugas1").list()).extracting(t -> t.getId())
        .contains("6503").doesNotContain("6501");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.PROCESS_KEY)
        .withoutTenantId().count()).isEqualTo(
            engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.PROCESS_KEY).count());
  }

  @Test
  void aNewUnitRowBecomesATenantWithoutRestart() throws InterruptedException {
    if (units.find("6502").isEmpty()) {
      TestSql.update(jdbc, "insert into pst_unit (code, name, zone, city) values ('6502', 'BPS Kabupaten Malinau', "
          + "'Asia/Makassar', 'Malinau')");
    }
    units.refresh();   // what the scheduled refresh of UnitTenants does every minute
    unitTenants.sync();
    // a code asked for that the directory does not know yet makes it read the table again
    if (units.find("6504").isEmpty()) {
      TestSql.update(jdbc, "insert into pst_unit (code, name, zone, city) values ('6504', 'BPS Kabupaten Nunukan', "
          + "'Asia/Makassar', 'Nunukan')");
    }
    long deadline = System.currentTimeMillis() + 10_000;
    while (units.find("6504").isEmpty() && System.currentTimeMillis() < deadline) {
      Thread.sleep(250);
    }
    assertThat(units.find("6504")).isPresent();
    assertThat(units.require("6502").zoneLabel()).isEqualTo("WITA");
    assertThat(engine.getIdentityService().createTenantQuery().tenantId("6502").groupMember("pusat").count()).isOne();
  }

  @Test
  void staffOfAUnitSeeOnlyTheirUnitsSalesInTheEngine() throws Exception {
    ProcessInstance tanaTidung = startAs("petugas1", "Siti Aminah");
    ProcessInstance bulungan = startAs("petugas6501", "Yusuf Lalung");
    assertThat(tanaTidung.getTenantId()).isEqualTo("6503");
    assertThat(bulungan.getTenantId()).isEqualTo("6501");
    assertThat(tanaTidung.getBusinessKey()).startsWith("6503-");
    assertThat(bulungan.getBusinessKey()).startsWith("6501-");
    assertThat(orders.find(bulungan.getBusinessKey()).orElseThrow().unitCode()).isEqualTo("6501");

    // the engine's task query as each officer (the authentication gets the officer's tenants)
    assertThat(tasksAs("petugas1")).extracting(Task::getTenantId).contains("6503").doesNotContain("6501");
    assertThat(tasksAs("petugas1")).extracting(Task::getProcessInstanceId).contains(tanaTidung.getId())
        .doesNotContain(bulungan.getId());
    assertThat(tasksAs("petugas6501")).extracting(Task::getProcessInstanceId).contains(bulungan.getId())
        .doesNotContain(tanaTidung.getId());
    assertThat(tasksAs("petugas6501")).extracting(Task::getTenantId).containsOnly("6501");
    // an officer of one unit cannot work on the other unit's task even knowing its id
    Task other = engine.getTaskService().createTaskQuery().processInstanceId(bulungan.getId()).singleResult();
    engine.getIdentityService().setAuthentication("petugas1", List.of("petugas"));
    assertThatThrownBy(() -> engine.getTaskService().claim(other.getId(), "petugas1"))
        .hasMessageContaining("tenant");
    engine.getIdentityService().clearAuthentication();

    // the national auditor reads both units and changes nothing
    assertThat(tasksAs("auditorpusat")).extracting(Task::getProcessInstanceId)
        .contains(tanaTidung.getId(), bulungan.getId());
    engine.getIdentityService().setAuthentication("auditorpusat", List.of("auditor", "pusat"));
    assertThatThrownBy(() -> engine.getTaskService().claim(other.getId(), "auditorpusat"))
        .isInstanceOf(AuthorizationException.class);
    engine.getIdentityService().clearAuthentication();

    // the engine REST API with Basic authentication, as Tasklist's scripts or any client call it
    List<String> seenBy1 = restTasks("petugas1");
    assertThat(seenBy1).contains(tanaTidung.getId()).doesNotContain(bulungan.getId());
    List<String> seenBy6501 = restTasks("petugas6501");
    assertThat(seenBy6501).contains(bulungan.getId()).doesNotContain(tanaTidung.getId());
    // history, as Cockpit reads it: a supervisor sees their own unit's instances only
    HttpResponse<String> history = get("/engine-rest/history/process-instance?processDefinitionKey="
        + ProcessKeys.PROCESS_KEY + "&maxResults=1000", "supervisor6501");
    assertThat(history.statusCode()).isEqualTo(200);
    List<String> historyIds = new ArrayList<>();
    for (JsonNode instance : json.readTree(history.body())) {
      historyIds.add(instance.path("id").asText());
      assertThat(instance.path("tenantId").asText()).isEqualTo("6501");
    }
    assertThat(historyIds).contains(bulungan.getId()).doesNotContain(tanaTidung.getId());
    HttpResponse<String> direct = get("/engine-rest/task/" + other.getId(), "petugas1");
    assertThat(direct.statusCode()).isEqualTo(404);
    assertThat(direct.body()).doesNotContain("Yusuf");
  }

  @Test
  void aSaleStartedThroughTheEngineRestApiBelongsToTheStartingOfficersUnit() throws Exception {
    String body = "{\"variables\":{"
        + "\"visitorName\":{\"value\":\"Paulus Rest\"},\"identityType\":{\"value\":\"KTP\"},"
        + "\"identityNumber\":{\"value\":\"6501011203900002\"},"
        + "\"visitorEmail\":{\"value\":\"paulus.rest@example.com\"},"
        + "\"visitorPhone\":{\"value\":\"081255650673\"},\"institution\":{\"value\":\"Universitas Kaltara\"},"
        + "\"userCategory\":{\"value\":\"STUDENT\"},\"purpose\":{\"value\":\"Data kemiskinan\"},"
        + "\"consent\":{\"value\":true}}}";
    HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/engine-rest/process-definition/key/" + ProcessKeys.PROCESS_KEY + "/submit-form"))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString("petugas6501:petugas6501".getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    JsonNode instance = json.readTree(started.body());
    assertThat(instance.path("tenantId").asText()).isEqualTo("6501");
    assertThat(instance.path("businessKey").asText()).startsWith("6501-");
  }

  @Test
  void ourPagesAndApiRefuseAnotherUnitsRequest() throws Exception {
    ProcessInstance tanaTidung = startAs("petugas2", "Rahmat Hidayat");
    ProcessInstance bulungan = startAs("petugas6501", "Agustina Ingan");
    String ours = tanaTidung.getBusinessKey();
    String theirs = bulungan.getBusinessKey();

    // the whereabouts API of the Tasklist script
    assertThat(get("/api/sales/whereabouts?requestNumber=" + ours, "petugas1").statusCode()).isEqualTo(200);
    HttpResponse<String> refused = get("/api/sales/whereabouts?requestNumber=" + theirs, "petugas1");
    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.body()).contains("tidak ditemukan di unit Anda").doesNotContain("Agustina");
    assertThat(get("/api/sales/whereabouts?processInstanceId=" + bulungan.getId(), "petugas1").statusCode())
        .isEqualTo(404);
    assertThat(get("/api/sales/whereabouts?processInstanceId=" + bulungan.getId(), "petugas6501").statusCode())
        .isEqualTo(200);
    // a refund decision is not a sale: nothing to tell (204, no error in Tasklist's console), in its own unit only
    ProcessInstance refund = refundProcess("6503", ours);
    ProcessInstance theirRefund = refundProcess("6501", theirs);
    HttpResponse<String> notASale = get("/api/sales/whereabouts?processInstanceId=" + refund.getId(), "supervisor1");
    assertThat(notASale.statusCode()).isEqualTo(204);
    assertThat(notASale.body()).isEmpty();
    assertThat(get("/api/sales/whereabouts?processInstanceId=" + theirRefund.getId(), "supervisor1").statusCode())
        .isEqualTo(404);
    assertThat(get("/api/sales/whereabouts?processInstanceId=" + theirRefund.getId(), "supervisor6501").statusCode())
        .isEqualTo(204);
    assertThat(get("/api/sales/whereabouts?processInstanceId=no-such-instance", "supervisor1").statusCode())
        .isEqualTo(404);
    assertThat(get("/api/sales/whereabouts?requestNumber=" + theirs, "auditorpusat").statusCode()).isEqualTo(200);
    // JSON clients: problem details, the same for another unit's sale and an unknown one; the parameter is required
    for (String number : List.of(theirs, "6503-1999-999999")) {
      HttpResponse<String> problem = getJson("/api/sales/whereabouts?requestNumber=" + number, "petugas1");
      assertThat(problem.statusCode()).isEqualTo(404);
      assertThat(problem.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
      assertThat(json.readTree(problem.body()).path("detail").asText()).isEqualTo("Penjualan tidak ditemukan di unit Anda.");
    }
    HttpResponse<String> missing = getJson("/api/sales/whereabouts", "petugas1");
    assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
    assertThat(json.readTree(missing.body()).path("errors").path(0).path("field").asText()).isEqualTo("requestNumber");
    assertThat(json.readTree(missing.body()).path("detail").asText()).isEqualTo("«requestNumber» wajib diisi.");

    // the request pages of supervisors and auditors
    HttpResponse<String> list = get("/laporan/permintaan", "supervisor1");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(ours).doesNotContain(theirs).doesNotContain("Agustina");
    assertThat(get("/laporan/permintaan", "supervisor6501").body()).contains(theirs).doesNotContain(ours);
    HttpResponse<String> detail = get("/laporan/permintaan/" + theirs, "supervisor1");
    assertThat(detail.statusCode()).isEqualTo(404);
    assertThat(detail.body()).contains("tidak ditemukan di unit Anda").doesNotContain("Agustina");
    assertThat(get("/laporan/permintaan/" + theirs, "supervisor6501").statusCode()).isEqualTo(200);
    // a national reader chooses one unit or all of them, as on every report
    HttpResponse<String> national = get("/laporan/permintaan?unit=semua", "auditorpusat");
    assertThat(national.body()).contains(ours, theirs);
    assertThat(get("/laporan/permintaan?unit=6501", "auditorpusat").body()).contains(theirs).doesNotContain(ours);

    // the file page of a request (uploads; the treasurer reads the proof of a transfer there): its own unit only
    HttpResponse<String> files = get("/laporan/berkas/" + theirs, "bendahara1");
    assertThat(files.statusCode()).isEqualTo(404);
    assertThat(files.body()).contains("tidak ditemukan di unit Anda").doesNotContain("Agustina");
    assertThat(get("/laporan/berkas/" + theirs, "petugas1").statusCode()).isEqualTo(404);
    assertThat(get("/laporan/berkas/" + theirs, "bendahara6501").statusCode()).isEqualTo(200);
    assertThat(get("/laporan/berkas/" + ours, "bendahara1").statusCode()).isEqualTo(200);

    // documents of a request (document module's API): guarded by the request's unit
    assertThat(get("/api/requests/" + theirs + "/documents", "petugas6501").statusCode()).isEqualTo(200);
    HttpResponse<String> documents = get("/api/requests/" + theirs + "/documents", "petugas1");
    assertThat(documents.statusCode()).isEqualTo(404);
    assertThat(documents.body()).contains("tidak ditemukan di unit Anda");
    // an unknown number gets the very same answer: whether another unit has it cannot be told
    String unknown = "6501-2026-999999";
    for (String[] pair : List.of(new String[] {"/api/requests/" + theirs + "/documents", "/api/requests/" + unknown
        + "/documents"}, new String[] {"/api/requests/" + theirs + "/downloads", "/api/requests/" + unknown
        + "/downloads"}, new String[] {"/laporan/berkas/" + theirs, "/laporan/berkas/" + unknown})) {
      HttpResponse<String> other = get(pair[0], "petugas1");
      HttpResponse<String> none = get(pair[1], "petugas1");
      assertThat(none.statusCode()).as(pair[1]).isEqualTo(other.statusCode()).isEqualTo(404);
      assertThat(none.body().replace(unknown, theirs)).as(pair[1]).isEqualTo(other.body());
    }

    // a document of the other unit's request, by its id (ids are sequential)
    var receipt = documentService.issue(new id.go.bps.pst.document.ReceiptData(null, theirs, "Agustina Ingan",
        50_000L, "Pembelian data", id.go.bps.pst.document.PaymentMethod.CASH, null, null, java.time.Instant.now(),
        "Maria Ingan", null), null, new id.go.bps.pst.document.ProducedBy(null, "bendahara6501"));
    long receiptId = receipt.id();
    // the other unit's document carries its own number series and letterhead
    assertThat(receipt.number()).startsWith("KWT-6501-");
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(documentService.open(receiptId).bytes())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
          .contains("BPS KABUPATEN BULUNGAN").doesNotContain("TANA TIDUNG");
    }
    assertThat(get("/api/documents/" + receiptId + "/content", "petugas6501").statusCode()).isEqualTo(200);
    HttpResponse<String> foreignDocument = get("/api/documents/" + receiptId + "/content", "petugas1");
    assertThat(foreignDocument.statusCode()).isEqualTo(404);
    assertThat(foreignDocument.body()).contains("Dokumen tidak ditemukan di unit Anda").doesNotContain("Agustina");
    assertThat(foreignDocument.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    // a JSON client gets the application's problem details, for another unit's document as for an unknown one
    for (String path : List.of("/api/documents/" + receiptId + "/content", "/api/documents/999999999/content")) {
      HttpResponse<String> problem = getJson(path, "petugas1");
      assertThat(problem.statusCode()).as(path).isEqualTo(404);
      assertThat(problem.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
      JsonNode body = json.readTree(problem.body());
      assertThat(body.path("title").asText()).isEqualTo("Tidak ditemukan");
      assertThat(body.path("detail").asText()).isEqualTo("Dokumen tidak ditemukan di unit Anda.");
      assertThat(body.path("message").asText()).isEqualTo("Dokumen tidak ditemukan di unit Anda.");
      assertThat(body.has("timestamp")).isFalse();
      assertThat(body.has("error")).isFalse();
    }

    // the reports follow the reader's unit (UnitReportsTest has them row by row)
    assertThat(get("/laporan/penjualan", "supervisor1").body()).contains("BPS Kabupaten Tana Tidung");
    HttpResponse<String> report = get("/laporan/penjualan", "supervisor6501");
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.body()).contains("BPS Kabupaten Bulungan").doesNotContain("Tana Tidung");

    // the counter page: each officer's own unit's queue
    HttpResponse<String> counter1 = get("/laporan/loket", "petugas1");
    assertThat(counter1.body()).contains(ours).doesNotContain(theirs);
    HttpResponse<String> counter6501 = get("/laporan/loket", "petugas6501");
    assertThat(counter6501.body()).contains(theirs).doesNotContain(ours);
    // and the visitor screen each pairs shows that unit's counter, not the other unit's
    for (String[] officer : List.of(new String[] {"petugas6501", "BPS Kabupaten Bulungan", "BPS Kabupaten Tana Tidung"},
        new String[] {"petugas1", "BPS Kabupaten Tana Tidung", "BPS Kabupaten Bulungan"})) {
      java.util.regex.Matcher link = java.util.regex.Pattern.compile("/loket/layar/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)")
          .matcher(get("/laporan/loket", officer[0]).body());
      assertThat(link.find()).as(officer[0]).isTrue();
      assertThat(new String(Base64.getUrlDecoder().decode(link.group(1).split("\\.")[0]), StandardCharsets.UTF_8))
          .startsWith(officer[0].equals("petugas1") ? "6503\n" : "6501\n");
      HttpResponse<String> screen = get("/loket/layar/" + link.group(1) + "/keadaan", null);
      assertThat(screen.statusCode()).isEqualTo(200);
      assertThat(json.readTree(screen.body()).path("unitName").asText()).isEqualTo(officer[1]);
      assertThat(get("/loket/layar/" + link.group(1), null).body()).contains(officer[1]).doesNotContain(officer[2]);
    }
    HttpResponse<String> nationalCounter = get("/laporan/loket", "auditorpusat");
    assertThat(nationalCounter.statusCode()).isEqualTo(403);
  }

  @Test
  void aProductTheUnitDoesNotSellIsRefusedInTheCart() {
    TestSql.update(jdbc, "delete from pst_unit_unsold_product where unit_code = '6501'");
    TestSql.update(jdbc, "insert into pst_unit_unsold_product (unit_code, product_key) values ('6501', 'MAP')");
    units.refresh();
    try {
      Map<String, Object> order = ProcessTestSupport.with(
          ProcessTestSupport.cart(ProcessTestSupport.map("wks-6503-desa", 1)),
          ProcessTestSupport.vars("commercial", false, "purpose", "Penelitian tesis tentang wilayah kerja"));
      ProcessInstance bulungan = startAs("petugas6501", "Benediktus Lalung");
      completeAs("petugas6501", "6501", bulungan, "Task_CallVisitor", Map.of("counterName", "Loket 1"));
      assertThatThrownBy(() -> completeAs("petugas6501", "6501", bulungan, "Task_RecordRequest", order))
          .hasMessageContaining("BPS Kabupaten Bulungan tidak melayani penjualan peta wilayah kerja statistik");
      // the same cart in the default unit, which sells maps
      ProcessInstance tanaTidung = startAs("petugas2", "Benediktus Tidung");
      completeAs("petugas2", "6503", tanaTidung, "Task_CallVisitor", Map.of("counterName", "Loket 1"));
      completeAs("petugas2", "6503", tanaTidung, "Task_RecordRequest", order);
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(tanaTidung.getId())
          .taskDefinitionKey("Task_ExplainTerms").count()).isEqualTo(1);
    } finally {
      TestSql.update(jdbc, "delete from pst_unit_unsold_product where unit_code = '6501'");
      units.refresh();
    }
  }

  private void completeAs(String officer, String unit, ProcessInstance pi, String key, Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication(officer, List.of("petugas"), List.of(unit));
    try {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
          .singleResult();
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void aComplaintEnteredByAnOfficerBelongsToTheOfficersUnit() {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(id.go.bps.pst.complaint.ComplaintProcess.PROCESS_KEY).latestVersion().singleResult()
        .getId();
    engine.getIdentityService().setAuthentication("petugas6501", List.of("petugas"));
    ProcessInstance pi;
    try {
      pi = engine.getFormService().submitStartForm(definitionId, Map.of("channel", "WHATSAPP",
          "category", "SERVICE", "complainantName", "Markus Bulungan", "complainantPhone", "0813-7771-2345",
          "complaintDescription", "Antrian di loket terlalu lama, mohon ditambah petugas pada jam sibuk."));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(pi.getTenantId()).isEqualTo("6501");
    String code = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
        .singleResult().getBusinessKey();
    assertThat(jdbc.queryForObject("select unit_code from pst_complaint where tracking_code = ?", String.class, code))
        .isEqualTo("6501");
    Task triage = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(triage.getTenantId()).isEqualTo("6501");
    // supervisors read the tasks of their own unit only
    assertThat(tasksAs("supervisor6501")).extracting(Task::getId).contains(triage.getId());
    assertThat(tasksAs("supervisor1")).extracting(Task::getId).doesNotContain(triage.getId());
    // the supervisor chooses among the unit's own officers: another unit's officer was offered and accepted (a
    // complaint of Bulungan handed to an officer of Tana Tidung, who cannot even see the task)
    String options = engine.getTaskService().getVariableLocalTyped(triage.getId(), "officerOptions").getValue()
        .toString();
    assertThat(options).contains("petugas6501").doesNotContain("\"petugas1\"", "\"petugas2\"");
    Map<String, Object> elsewhere = Map.of("category", "SERVICE", "complexity", "STANDARD",
        "assignedOfficer", "petugas1");
    engine.getIdentityService().setAuthentication("supervisor6501", List.of("supervisor"), List.of("6501"));
    try {
      assertThatThrownBy(() -> engine.getTaskService().complete(triage.getId(), elsewhere))
          .hasMessageContaining("Petugas PST unit ini");
      engine.getTaskService().complete(triage.getId(), Map.of("category", "SERVICE", "complexity", "STANDARD",
          "assignedOfficer", "petugas6501"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Handle")
        .singleResult().getAssignee()).isEqualTo("petugas6501");
  }

  @Test
  void eachUnitsQueueDisplayShowsItsOwnQueue() throws Exception {
    startAs("petugas6501", "Dewi Bulungan");
    startAs("petugas1", "Dewi Tidung");
    for (String unit : List.of("6501", "6503")) {
      var today = java.time.LocalDate.now(units.require(unit).zoneId());
      List<String> waiting = queue.waiting(unit, today, id.go.bps.pst.visit.QueueService.SALES).stream()
          .limit(visit.displayNext()).map(t -> t.ticketNumber()).toList();
      assertThat(waiting).isNotEmpty();
      JsonNode data = json.readTree(get("/antrian/layar/data?unit=" + unit, null).body());
      List<String> shown = new ArrayList<>();
      data.path("next").forEach(n -> shown.add(n.asText()));
      assertThat(shown).as("display of %s", unit).isEqualTo(waiting);
    }
    assertThat(get("/antrian/layar?unit=6501", null).body()).contains("BPS Kabupaten Bulungan")
        .contains("layar\\/events?unit=6501");
    HttpResponse<String> unknown = get("/antrian/layar?unit=9999", null);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("tidak terdaftar");
  }

  @Test
  void aKioskOpenedForAUnitRegistersVisitorsInThatUnit() throws Exception {
    HttpClient device = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> page = device.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/kiosk?unit=6501")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.body()).contains("BPS Kabupaten Bulungan");
    var token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).isTrue();
    // the form carries no unit: the device's session does
    Map<String, String> form = Map.of("name", "Lukas Kiosk", "identityType", "KTP",
        "identityNumber", "6501011203900001", "email", "lukas.kiosk@example.com", "phone", "0812-5565-0672",
        "institution", "Universitas Kaltara", "userCategory", "STUDENT", "visitPurpose", "Data kemiskinan",
        "consent", "true", "_csrf", token.group(1));
    String body = form.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
        + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(java.util.stream.Collectors.joining("&"));
    HttpResponse<String> posted = device.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/kiosk"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
    HttpResponse<String> ticket = device.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + posted.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(ticket.body()).contains("BPS Kabupaten Bulungan").contains("WITA");

    String number = jdbc.queryForObject("select request_number from pst_sale_request where visitor_name = ? "
        + "order by id desc limit 1", String.class, "Lukas Kiosk");
    assertThat(number).startsWith("6501-");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult().getTenantId()).isEqualTo("6501");
    assertThat(tasksAs("petugas1")).extracting(Task::getProcessInstanceId).doesNotContain(
        engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
            .singleResult().getId());
  }

  @Test
  void requestAndReceiptNumbersAreGaplessPerUnit() {
    for (String name : List.of("Ani", "Budi", "Citra")) {
      startAs("petugas6501", name + " Bulungan");
      startAs("petugas1", name + " Tidung");
    }
    int year = Year.now(units.require("6501").zoneId()).getValue();
    for (String unit : List.of("6501", "6503")) {
      List<Long> seq = jdbc.queryForList("select request_number from pst_sale_request where unit_code = ? "
          + "and request_number like ?", String.class, unit, unit + "-" + year + "-%").stream()
          .map(n -> Long.parseLong(n.substring(n.lastIndexOf('-') + 1))).sorted().toList();
      assertThat(seq).hasSizeGreaterThanOrEqualTo(3);
      for (int i = 0; i < seq.size(); i++) {
        assertThat(seq.get(i)).as("request number %d of unit %s", i + 1, unit).isEqualTo(i + 1L);
      }
    }
    // receipts: one sequence per unit, taking from one does not move the other
    String a1 = receiptNumbers.next("6501", year);
    String b1 = receiptNumbers.next("6503", year);
    String a2 = receiptNumbers.next("6501", year);
    String b2 = receiptNumbers.next("6503", year);
    assertThat(tail(a2)).isEqualTo(tail(a1) + 1);
    assertThat(tail(b2)).isEqualTo(tail(b1) + 1);
  }

  @Test
  void noUnitMayDeploy() {
    var authorizations = engine.getAuthorizationService();
    for (String user : List.of("petugas1", "petugas6501", "bendahara6501", "supervisor1", "supervisor6501",
        "auditorpusat")) {
      List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
          .map(Group::getId).toList();
      assertThat(authorizations.isUserAuthorized(user, groups, Permissions.CREATE, Resources.DEPLOYMENT))
          .as(user).isFalse();
      assertThat(authorizations.isUserAuthorized(user, groups, Permissions.DELETE, Resources.DEPLOYMENT))
          .as(user).isFalse();
    }
  }

  private static long tail(String number) {
    return Long.parseLong(number.replaceAll("^.*?(\\d+)$", "$1"));
  }

  @Test
  void aTasksRightsComeFromItsCandidateGroupAndAnAssigneeOutsideItGetsRowsOfItsOwn() {
    ProcessInstance sale = startAs("petugas1", "Rina Hakiki");
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(sale.getId()).singleResult();
    var authorizations = engine.getAuthorizationService();
    // the candidate group's row, written with the task (without looking for one first: issue 13)
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId()).list())
        .extracting(org.camunda.bpm.engine.authorization.Authorization::getGroupId).containsExactly("petugas");

    // an officer of the candidate group takes it: they work on it through the group's row, no row of their own
    engine.getIdentityService().setAuthentication("petugas1", List.of("petugas"), List.of("6503"));
    try {
      engine.getTaskService().claim(task.getId(), "petugas1");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId())
        .userIdIn("petugas1").count()).isZero();
    assertThat(authorizations.isUserAuthorized("petugas1", List.of("petugas"), Permissions.TASK_WORK,
        Resources.TASK, task.getId())).isTrue();
    // a treasurer still may not, assigned or not
    assertThat(authorizations.isUserAuthorized("bendahara1", List.of("bendahara"), Permissions.TASK_WORK,
        Resources.TASK, task.getId())).isFalse();
    engine.getIdentityService().setAuthentication("bendahara1", List.of("bendahara"), List.of("6503"));
    try {
      assertThatThrownBy(() -> engine.getTaskService().complete(task.getId())).isInstanceOf(AuthorizationException.class);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }

    // another officer of the candidate group completes it (answered from the task's candidate groups in
    // memory, without the authorization query: issue 13)
    engine.getIdentityService().setAuthentication("petugas2", List.of("petugas"), List.of("6503"));
    try {
      engine.getTaskService().complete(task.getId(), Map.of("counterName", "Loket 2"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    Task next = engine.getTaskService().createTaskQuery().processInstanceId(sale.getId()).singleResult();
    assertThat(next.getTaskDefinitionKey()).isEqualTo("Task_RecordRequest");

    // an administrator hands the next one to someone outside its groups: that assignee gets Camunda's own
    // row, as before, and works on it through that row (the database's answer)
    engine.getTaskService().setAssignee(next.getId(), "bendahara1");
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(next.getId())
        .userIdIn("bendahara1").count()).isEqualTo(1);
    assertThat(authorizations.isUserAuthorized("bendahara1", List.of("bendahara"), Permissions.TASK_WORK,
        Resources.TASK, next.getId())).isTrue();
    engine.getIdentityService().setAuthentication("bendahara1", List.of("bendahara"), List.of("6503"));
    try {
      engine.getTaskService().complete(next.getId(), ProcessTestSupport.with(
          ProcessTestSupport.cart(ProcessTestSupport.publication("kab-tana-tidung-dalam-angka-2025")),
          ProcessTestSupport.vars("commercial", false, "purpose", "Penelitian")));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(engine.getTaskService().createTaskQuery().taskId(next.getId()).count()).isZero();
    engine.getRuntimeService().deleteProcessInstance(sale.getId(), "test");
  }

  private ProcessInstance startAs(String officer, String visitor) {
    engine.getIdentityService().setAuthentication(officer, List.of("petugas"));
    try {
      Map<String, Object> book = guestBook(visitor, "INDIVIDUAL");
      return ProcessTestSupport.start(engine, book);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private List<Task> tasksAs(String user) {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).toList();
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return engine.getTaskService().createTaskQuery().list();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private List<String> restTasks(String user) throws Exception {
    HttpResponse<String> response = get("/engine-rest/task?maxResults=1000", user);
    assertThat(response.statusCode()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    for (JsonNode task : json.readTree(response.body())) {
      ids.add(task.path("processInstanceId").asText());
    }
    return ids;
  }

  private HttpResponse<String> getJson(String path, String user) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json, text/html");
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
