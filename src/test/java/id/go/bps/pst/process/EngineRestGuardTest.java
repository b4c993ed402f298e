package id.go.bps.pst.process;

import static id.go.bps.pst.process.ProcessTestSupport.guestBook;
import static id.go.bps.pst.process.ProcessTestSupport.start;
import static id.go.bps.pst.process.ProcessTestSupport.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine's REST API as an officer's browser or script could call it (issue 11): a completion may
 * send only its form's fields, variables cannot be set outside a form, and two officers completing one
 * task get one success and one HTTP 409 naming who was first.
 */
class EngineRestGuardTest extends id.go.bps.pst.SharedContextTest {

  @Autowired ProcessEngine engine;
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

  @Test
  void aCompletionMaySendOnlyTheFieldsOfItsForm() throws Exception {
    ProcessInstance pi = start(engine, guestBook("Andi Wijaya", "INDIVIDUAL"));
    String taskId = task(pi, "Task_CallVisitor").getId();

    HttpResponse<String> forged = post("/engine-rest/task/" + taskId + "/complete", "petugas1",
        "{\"variables\":{\"counterName\":{\"value\":\"Loket 1\"},\"orderTotal\":{\"value\":0,\"type\":\"Long\"}}}");
    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(message(forged)).contains("orderTotal").contains("tidak ada pada formulir");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isOne();

    // the webapp's path (Tasklist) is guarded the same way
    HttpResponse<String> viaWebapp = post("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
        "petugas1", "{\"variables\":{\"counterName\":{\"value\":\"Loket 1\"},\"paid\":{\"value\":true}}}");
    assertThat(viaWebapp.statusCode()).isIn(400, 401, 403);

    HttpResponse<String> honest = post("/engine-rest/task/" + taskId + "/complete", "petugas1",
        "{\"variables\":{\"counterName\":{\"value\":\"Loket 1\"}}}");
    assertThat(honest.statusCode()).isEqualTo(204);
    assertThat(task(pi, "Task_RecordRequest").getAssignee()).isEqualTo("petugas1");
  }

  @Test
  void aStartFormMaySendOnlyItsFields() throws Exception {
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    HttpResponse<String> forged = post("/engine-rest/process-definition/key/" + ProcessKeys.PROCESS_KEY
        + "/submit-form", "petugas1", "{\"variables\":{\"visitorName\":{\"value\":\"Andi\"},"
        + "\"servingOfficer\":{\"value\":\"petugas2\"}}}");
    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(message(forged)).contains("servingOfficer");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void officersCannotSetVariablesOutsideAForm() throws Exception {
    ProcessInstance pi = start(engine, guestBook("Andi Wijaya", "INDIVIDUAL"));
    String taskId = task(pi, "Task_CallVisitor").getId();
    HttpResponse<String> put = send("PUT", "/engine-rest/task/" + taskId + "/variables/orderTotal", "petugas1",
        "{\"value\":1000,\"type\":\"Long\"}");
    assertThat(put.statusCode()).isEqualTo(403);
    HttpResponse<String> modify = post("/engine-rest/task/" + taskId + "/variables", "petugas1",
        "{\"modifications\":{\"paid\":{\"value\":true}}}");
    assertThat(modify.statusCode()).isEqualTo(403);
    HttpResponse<String> instance = send("PUT", "/engine-rest/process-instance/" + pi.getId() + "/variables/paid",
        "bendahara1", "{\"value\":true}");
    assertThat(instance.statusCode()).isEqualTo(403);
    assertThat(engine.getRuntimeService().getVariables(pi.getId())).doesNotContainKeys("orderTotal", "paid");
  }

  @Test
  void twoOfficersCompletingOneTaskGetOneSuccessAndOneConflict() throws Exception {
    ProcessInstance pi = start(engine, guestBook("Andi Wijaya", "INDIVIDUAL"));
    String taskId = task(pi, "Task_CallVisitor").getId();
    String body = "{\"variables\":{\"counterName\":{\"value\":\"Loket 1\"}}}";
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> results = new ArrayList<>();
    for (String officer : List.of("petugas1", "petugas2")) {
      Callable<HttpResponse<String>> call = () -> {
        go.await();
        return post("/engine-rest/task/" + taskId + "/complete", officer, body);
      };
      results.add(pool.submit(call));
    }
    go.countDown();
    List<Integer> statuses = new ArrayList<>();
    String conflictMessage = null;
    for (Future<HttpResponse<String>> f : results) {
      HttpResponse<String> r = f.get();
      statuses.add(r.statusCode());
      if (r.statusCode() == 409) {
        conflictMessage = message(r);
      }
    }
    pool.shutdown();
    assertThat(statuses).containsExactlyInAnyOrder(204, 409);
    assertThat(conflictMessage).startsWith("Tugas ini sudah diselesaikan oleh petugas");
    assertThat(task(pi, "Task_RecordRequest")).isNotNull();
  }

  @Autowired TaskForms taskForms;
  @Autowired SaleView saleView;
  @Autowired id.go.bps.pst.order.OrderService orderService;

  /**
   * The race of two officers on one task, made deterministic: the other officer completes the task just
   * after the guard saw it open and before it reads the task's form (the engine then fails on the vanished
   * task). The losing officer gets the 409 that names who completed it, not a 500.
   */
  @Test
  void aTaskCompletedByAnotherOfficerWhileItsFormIsReadGets409() throws Exception {
    ProcessInstance pi = start(engine, guestBook("Andi Wijaya", "INDIVIDUAL"));
    String taskId = task(pi, "Task_CallVisitor").getId();
    TaskForms racing = new TaskForms(engine) {
      @Override
      public JsonNode taskForm(String id) {
        engine.getIdentityService().setAuthentication("petugas2", List.of("petugas"), List.of("6503"));
        try {
          engine.getTaskService().complete(id, java.util.Map.of("counterName", "Loket 2"));
        } finally {
          engine.getIdentityService().clearAuthentication();
        }
        return super.taskForm(id);
      }
    };
    TaskCompletionGuard guard = new TaskCompletionGuard(engine, racing, java.time.ZoneId.of("Asia/Makassar"),
        orderService);
    var request = new org.springframework.mock.web.MockHttpServletRequest("POST",
        "/engine-rest/task/" + taskId + "/complete");
    request.setContentType("application/json");
    request.setContent("{\"variables\":{\"counterName\":{\"value\":\"Loket 1\"}}}".getBytes(StandardCharsets.UTF_8));
    var response = new org.springframework.mock.web.MockHttpServletResponse();
    // the engine's REST answer to completing a task that no longer exists
    guard.doFilter(request, response, (req, res) -> {
      ((jakarta.servlet.http.HttpServletResponse) res).setStatus(404);
      res.getWriter().write("{\"type\":\"RestException\",\"message\":\"Cannot find task with id " + taskId + "\"}");
    });

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Tugas ini sudah diselesaikan oleh");
    assertThat(task(pi, "Task_RecordRequest")).isNotNull();
  }

  /**
   * A completion that loses a race with another change of the same sale (the queue timer firing, a job)
   * while its task is still open gets 409 with a message a person can act on, never the engine's 500
   * with its exception name and SQL (seen in the crash test: a deadlock's answer quoted an UPDATE).
   */
  @Test
  void aCompletionThatMeetsAConcurrentChangeOfItsSaleGets409WithoutEngineText() throws Exception {
    ProcessInstance pi = start(engine, guestBook("Andi Wijaya", "INDIVIDUAL"));
    String taskId = task(pi, "Task_CallVisitor").getId();
    TaskCompletionGuard guard = new TaskCompletionGuard(engine, taskForms, java.time.ZoneId.of("Asia/Makassar"),
        orderService);
    for (String engineAnswer : List.of(
        "{\"type\":\"RestException\",\"message\":\"Cannot submit task form " + taskId + ": ENGINE-03005 Execution of "
            + "'DELETE EventSubscriptionEntity[1]' failed. Entity was updated by another transaction concurrently.\"}",
        "{\"type\":\"CannotAcquireLockException\",\"message\":\"PreparedStatementCallback; SQL [update "
            + "pst_queue_ticket set finished_at = ? where id = ?]; Deadlock found when trying to get lock\"}")) {
      var request = new org.springframework.mock.web.MockHttpServletRequest("POST",
          "/engine-rest/task/" + taskId + "/submit-form");
      request.setContentType("application/json");
      request.setContent("{\"variables\":{\"counterName\":{\"value\":\"Loket 1\"}}}".getBytes());
      var response = new org.springframework.mock.web.MockHttpServletResponse();
      guard.doFilter(request, response, (req, res) -> {
        var http = (jakarta.servlet.http.HttpServletResponse) res;
        http.setStatus(500);
        http.getOutputStream().write(engineAnswer.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      });
      assertThat(response.getStatus()).isEqualTo(409);
      String answer = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(answer).contains("baru saja diubah", "tekan Selesaikan sekali lagi")
          .doesNotContain("SQL", "ENGINE-", "update ", "Exception\",\"message\":\"Cannot");
    }
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isOne();

    // any other failure of the engine: 500 in Indonesian, still without the engine's text
    var request = new org.springframework.mock.web.MockHttpServletRequest("POST",
        "/engine-rest/task/" + taskId + "/submit-form");
    request.setContent("{\"variables\":{\"counterName\":{\"value\":\"Loket 1\"}}}".getBytes());
    var response = new org.springframework.mock.web.MockHttpServletResponse();
    guard.doFilter(request, response, (req, res) -> {
      ((jakarta.servlet.http.HttpServletResponse) res).setStatus(500);
      res.getOutputStream().write("{\"message\":\"java.lang.NullPointerException at SQL [select 1]\"}".getBytes());
    });
    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("gangguan pada sistem").doesNotContain("NullPointer", "SQL");
  }

  @Test
  void aSalesTaskFormReceivesTheSaleViewComputedFromTheRecords() throws Exception {
    ProcessInstance pi = start(engine, guestBook("Andi Wijaya", "INDIVIDUAL"));
    String taskId = task(pi, "Task_CallVisitor").getId();
    HttpResponse<String> r = send("GET", "/engine-rest/task/" + taskId + "/form-variables", "petugas1", null);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode variables = json.readTree(r.body());
    assertThat(variables.path("sale").path("type").asText()).isEqualTo("Json");
    JsonNode sale = json.readTree(variables.path("sale").path("value").asText());
    assertThat(sale.path("visitor").path("name").asText()).isEqualTo("Andi Wijaya");
    assertThat(sale.path("requestNumber").asText()).isEqualTo(pi.getBusinessKey());
    // personal data is in the view only masked, and never in the process
    assertThat(sale.path("visitor").path("identity").asText()).contains("*");
    assertThat(variables.has("identityNumber")).isFalse();
    assertThat(variables.has("visitorPhone")).isFalse();
  }

  @Test
  void aValueTheEngineCouldOnlyFailOnIsRefusedWith400AndTheTaskStaysOpen() throws Exception {
    ProcessInstance pi = start(engine, guestBook("Andi Wijaya", "INDIVIDUAL"));
    String taskId = task(pi, "Task_CallVisitor").getId();

    HttpResponse<String> notJson = post("/engine-rest/task/" + taskId + "/complete", "petugas1",
        "{\"variables\":{\"counterName\":{\"value\":\"{not json\",\"type\":\"Json\"}}}");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(message(notJson)).isEqualTo("Isian counterName bukan JSON yang benar.");

    HttpResponse<String> javaObject = post("/engine-rest/task/" + taskId + "/complete", "petugas1",
        "{\"variables\":{\"counterName\":{\"value\":\"rO0ABXQABGFiY2Q=\",\"type\":\"Object\",\"valueInfo\":"
            + "{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":"
            + "\"application/x-java-serialized-object\"}}}}");
    assertThat(javaObject.statusCode()).isEqualTo(400);
    assertThat(message(javaObject)).contains("counterName").contains("objek Java");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isOne();
  }

  @Test
  void theOfficersGuestBookRegistersAVisitorWithAPassport() throws Exception {
    // the Tasklist start form offered "Paspor" with a value the server refused ("Pilih jenis kartu identitas.")
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    HttpResponse<String> passport = post("/engine-rest/process-definition/key/" + ProcessKeys.PROCESS_KEY
        + "/submit-form", "petugas1", "{\"variables\":{\"visitorName\":{\"value\":\"John Smith\"},"
        + "\"identityType\":{\"value\":\"PASPOR\"},\"identityNumber\":{\"value\":\"X1234567\"},"
        + "\"visitorEmail\":{\"value\":\"john.smith@example.com\"},\"visitorPhone\":{\"value\":\"+61412345678\"},"
        + "\"institution\":{\"value\":\"University of Melbourne\"},\"userCategory\":{\"value\":\"INDIVIDUAL\"},"
        + "\"purpose\":{\"value\":\"Penelitian\"},\"consent\":{\"value\":true}}}");
    assertThat(passport.statusCode()).as(passport.body()).isEqualTo(200);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before + 1);
  }

  @Test
  void theCallFormNamesTheTicketsThatWaitBeforeThisOne() throws Exception {
    ProcessInstance first = start(engine, guestBook("Budi Antre", "INDIVIDUAL"));
    ProcessInstance second = start(engine, guestBook("Cici Belakang", "INDIVIDUAL"));
    String firstTicket = (String) engine.getRuntimeService().getVariable(first.getId(), "ticketNumber");
    String before = saleOfTask(task(second, "Task_CallVisitor").getId()).path("queueAheadText").asText();
    // tickets of earlier tests may wait too (one database): the first five are named, in queue order
    assertThat(before).contains("nomor antrian menunggu lebih dahulu");
    if (waitingAhead(before) <= 5) {
      assertThat(before).contains(firstTicket + " (sejak ");
    }

    // once the earlier ticket is called, the later one's view no longer warns about it
    String firstCall = task(first, "Task_CallVisitor").getId();
    assertThat(post("/engine-rest/task/" + firstCall + "/claim", "petugas1", "{\"userId\":\"petugas1\"}")
        .statusCode()).isEqualTo(204);
    assertThat(post("/engine-rest/task/" + firstCall + "/complete", "petugas1",
        "{\"variables\":{\"counterName\":{\"value\":\"Loket 1\"}}}").statusCode()).isEqualTo(204);
    String after = saleOfTask(task(second, "Task_CallVisitor").getId()).path("queueAheadText").asText();
    assertThat(after).doesNotContain(firstTicket + " (sejak ");
    // the arrival and the wait so far (the coordinator's escalation form shows the same line), then the call
    assertThat(saleOfTask(task(second, "Task_CallVisitor").getId()).path("queueWaitText").asText())
        .matches("Datang pukul \\d{2}\\.\\d{2} WITA · sudah menunggu \\d+ menit.*· standar \\d+ menit");
    assertThat(saleView.of(first.getBusinessKey(), "/api/documents/").orElseThrow().get("queueWaitText").toString())
        .matches("Datang pukul \\d{2}\\.\\d{2} WITA · dipanggil pukul \\d{2}\\.\\d{2} WITA oleh petugas1 di Loket 1");
    assertThat(after.isEmpty() ? 0 : waitingAhead(after)).isEqualTo(waitingAhead(before) - 1);
  }

  private static int waitingAhead(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) nomor antrian menunggu").matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private JsonNode saleOfTask(String taskId) throws Exception {
    HttpResponse<String> r = send("GET", "/engine-rest/task/" + taskId + "/form-variables", "petugas1", null);
    assertThat(r.statusCode()).isEqualTo(200);
    return json.readTree(json.readTree(r.body()).path("sale").path("value").asText());
  }

  /**
   * Camunda checks nobody's rights when a comment or attachment is added to a task: the guard asks for the right
   * to work on it. The read-only auditor is refused (403), another unit's officer hears "not found" as for an
   * unknown task, the task's officers and the admin write as before.
   */
  @Test
  void commentsAndAttachmentsOfATaskNeedTheRightToWorkOnIt() throws Exception {
    ProcessInstance pi = start(engine, guestBook("Andi Wijaya", "INDIVIDUAL"));
    String taskId = task(pi, "Task_CallVisitor").getId();
    String comment = "/engine-rest/task/" + taskId + "/comment/create";
    String attachment = "/engine-rest/task/" + taskId + "/attachment/create";

    HttpResponse<String> auditorComment = post(comment, "auditor1", "{\"message\":\"x\"}");
    assertThat(auditorComment.statusCode()).as(auditorComment.body()).isEqualTo(403);
    assertThat(message(auditorComment)).startsWith("Anda tidak berwenang").doesNotContain("Exception");
    HttpResponse<String> auditorAttachment = multipart(attachment, "auditor1");
    assertThat(auditorAttachment.statusCode()).as(auditorAttachment.body()).isEqualTo(403);
    assertThat(message(auditorAttachment)).startsWith("Anda tidak berwenang");

    HttpResponse<String> otherUnit = post(comment, "petugas6501", "{\"message\":\"x\"}");
    HttpResponse<String> unknown = post("/engine-rest/task/" + UNKNOWN + "/comment/create", "petugas6501",
        "{\"message\":\"x\"}");
    assertThat(otherUnit.statusCode()).as(otherUnit.body()).isEqualTo(404);
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
    assertThat(otherUnit.body().replace(taskId, UNKNOWN)).isEqualTo(unknown.body());
    assertThat(multipart(attachment, "petugas6501").statusCode()).isEqualTo(404);
    assertThat(engine.getTaskService().getTaskComments(taskId)).isEmpty();
    assertThat(engine.getTaskService().getTaskAttachments(taskId)).isEmpty();

    // the task's officer passes the guard (Camunda's REST layer then checks that the caller reads the task's
    // history, which officers do not: that answer is the engine's, unchanged)
    TaskNotesGuard guard = new TaskNotesGuard(engine);
    for (String method : List.of("POST", "DELETE")) {
      engine.getIdentityService().setAuthentication("petugas1", List.of("petugas"), List.of("6503"));
      boolean[] passed = {false};
      guard.doFilter(new org.springframework.mock.web.MockHttpServletRequest(method, "POST".equals(method) ? comment
          : "/engine-rest/task/" + taskId + "/attachment/a1"), new org.springframework.mock.web.MockHttpServletResponse(),
          (req, res) -> passed[0] = true);
      engine.getIdentityService().clearAuthentication();
      assertThat(passed[0]).as(method).isTrue();
    }
    HttpResponse<String> admin = post(comment, "admin", "{\"message\":\"Pengunjung menunggu di lobi\"}");
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
    HttpResponse<String> adminAttachment = multipart(attachment, "admin");
    assertThat(adminAttachment.statusCode()).as(adminAttachment.body()).isEqualTo(200);
    assertThat(engine.getTaskService().getTaskComments(taskId)).hasSize(1);
    String attachmentId = json.readTree(adminAttachment.body()).path("id").asText();
    String one = "/engine-rest/task/" + taskId + "/attachment/" + attachmentId;
    assertThat(send("DELETE", one, "auditor1", null).statusCode()).isEqualTo(403);
    assertThat(engine.getTaskService().getTaskAttachments(taskId)).hasSize(1);
    assertThat(send("DELETE", one, "admin", null).statusCode()).isEqualTo(204);
    assertThat(engine.getTaskService().getTaskAttachments(taskId)).isEmpty();
  }

  /**
   * Another unit's task or process instance answers as an id that does not exist (404, the same body), never
   * the engine's 500 naming the tenant check: the answer does not tell that the id exists.
   */
  @Test
  void anotherUnitsTaskOrInstanceAnswersLikeAnUnknownId() throws Exception {
    ProcessInstance pi = start(engine, guestBook("Andi Wijaya", "INDIVIDUAL"));
    String taskId = task(pi, "Task_CallVisitor").getId();
    for (String suffix : List.of("", "/variables", "/form-variables", "/form")) {
      HttpResponse<String> other = send("GET", "/engine-rest/task/" + taskId + suffix, "petugas6501", null);
      HttpResponse<String> unknown = send("GET", "/engine-rest/task/" + UNKNOWN + suffix, "petugas6501", null);
      assertThat(other.statusCode()).as(suffix + " " + other.body()).isEqualTo(404);
      assertThat(unknown.statusCode()).as(suffix + " " + unknown.body()).isEqualTo(404);
      assertThat(other.body().replace(taskId, UNKNOWN)).as(suffix).isEqualTo(unknown.body());
      assertThat(message(other)).isEqualTo("Tugas " + taskId + " tidak ditemukan di unit Anda.");
    }
    for (String suffix : List.of("/rendered-form", "/identity-links", "/deployed-form")) {
      HttpResponse<String> other = send("GET", "/engine-rest/task/" + taskId + suffix, "petugas6501", null);
      assertThat(other.statusCode()).as(suffix + " " + other.body()).isEqualTo(404);
      assertThat(message(other)).isEqualTo("Tugas " + taskId + " tidak ditemukan di unit Anda.");
    }
    HttpResponse<String> history = send("GET", "/engine-rest/history/process-instance/" + UNKNOWN, "supervisor6501", null);
    assertThat(history.statusCode()).as(history.body()).isEqualTo(404);
    assertThat(message(history)).isEqualTo("Data yang diminta tidak ditemukan di unit Anda.");
    for (String suffix : List.of("", "/variables")) {
      HttpResponse<String> other = send("GET", "/engine-rest/process-instance/" + pi.getId() + suffix, "supervisor6501",
          null);
      HttpResponse<String> unknown = send("GET", "/engine-rest/process-instance/" + UNKNOWN + suffix, "supervisor6501",
          null);
      assertThat(other.statusCode()).as(suffix + " " + other.body()).isEqualTo(404);
      assertThat(other.body().replace(pi.getId(), UNKNOWN)).as(suffix).isEqualTo(unknown.body());
      assertThat(message(other)).isEqualTo("Proses " + pi.getId() + " tidak ditemukan di unit Anda.");
    }
    HttpResponse<String> activities = send("GET", "/engine-rest/process-instance/" + pi.getId() + "/activity-instances",
        "supervisor6501", null);
    assertThat(activities.statusCode()).isEqualTo(404);
    assertThat(activities.body()).doesNotContain("ENGINE-", "tenant");
    // the unit's own officer still reads it
    assertThat(send("GET", "/engine-rest/task/" + taskId + "/variables", "petugas1", null).statusCode()).isEqualTo(200);
  }

  /**
   * The cart's product groups (item1..item8, sent as one JSON object each) keep the form's rules over REST too: a
   * quantity of a million priced a sale at Rp140 miliar, a fraction was cut, an unknown format or property passed
   * and 5.000 characters of variables ended in HTTP 500 with the INSERT statement.
   */
  @Test
  void theCartsProductGroupsKeepTheFormsRulesOverRest() throws Exception {
    ProcessInstance pi = start(engine, guestBook("Andi Wijaya", "INDIVIDUAL"));
    assertThat(post("/engine-rest/task/" + task(pi, "Task_CallVisitor").getId() + "/complete", "petugas1",
        "{\"variables\":{\"counterName\":{\"value\":\"Loket 1\"}}}").statusCode()).isEqualTo(204);
    String taskId = task(pi, "Task_RecordRequest").getId();
    String product = "\\\"productId\\\":\\\"PUBLICATION:kab-tana-tidung-dalam-angka-2025\\\"";
    Map<String, String> refused = new java.util.LinkedHashMap<>();
    refused.put(product + ",\\\"format\\\":\\\"SOFTCOPY\\\",\\\"quantity\\\":1000000",
        "«Produk ke-1 · Jumlah» paling besar 1000.");
    refused.put(product + ",\\\"quantity\\\":1001", "«Produk ke-1 · Jumlah» paling besar 1000.");
    refused.put(product + ",\\\"quantity\\\":1.5", "«Produk ke-1 · Jumlah» harus bilangan bulat, tanpa pecahan.");
    refused.put(product + ",\\\"quantity\\\":null", "«Produk ke-1 · Jumlah» wajib diisi.");
    refused.put(product + ",\\\"quantity\\\":1,\\\"format\\\":\\\"PAPYRUS\\\"",
        "Pilihan untuk «Produk ke-1 · Format publikasi» tidak dikenal; pilih salah satu: «Softcopy (PDF)», «Hardcopy (cetak)».");
    refused.put(product + ",\\\"quantity\\\":1,\\\"processing\\\":true,\\\"tables\\\":1000000000",
        "«Produk ke-1 · Jumlah tabel» paling besar 500.");
    refused.put(product + ",\\\"quantity\\\":1,\\\"price\\\":0",
        "«Produk ke-1»: isian «price» tidak ada pada formulir ini dan tidak dapat dikirim.");
    refused.put(product + ",\\\"quantity\\\":1,\\\"variables\\\":\\\"" + "x".repeat(5000) + "\\\"",
        "«Produk ke-1 · Variabel data mikro (pisahkan dengan koma; kosong = seluruh variabel)» paling banyak 4000 "
            + "karakter (tertulis 5000).");
    for (Map.Entry<String, String> item : refused.entrySet()) {
      HttpResponse<String> r = post("/engine-rest/task/" + taskId + "/complete", "petugas1",
          "{\"variables\":{\"item1\":{\"type\":\"Json\",\"value\":\"{" + item.getKey() + "}\"},"
              + "\"commercial\":{\"value\":false},\"purpose\":{\"value\":\"Penelitian skripsi\"}}}");
      assertThat(r.statusCode()).as(item.getKey() + " " + r.body()).isEqualTo(400);
      assertThat(message(r)).as(item.getKey()).isEqualTo(item.getValue());
    }
    assertThat(task(pi, "Task_RecordRequest").getId()).isEqualTo(taskId); // nothing moved, nothing priced
    assertThat(orderService.get(pi.getBusinessKey()).lines()).isEmpty();

    HttpResponse<String> honest = post("/engine-rest/task/" + taskId + "/complete", "petugas1",
        "{\"variables\":{\"item1\":{\"type\":\"Json\",\"value\":\"{" + product
            + ",\\\"format\\\":\\\"SOFTCOPY\\\",\\\"quantity\\\":2}\"},"
            + "\"commercial\":{\"value\":false},\"purpose\":{\"value\":\"Penelitian skripsi\"}}}");
    assertThat(honest.statusCode()).as(honest.body()).isEqualTo(204);
    assertThat(orderService.get(pi.getBusinessKey()).lines()).singleElement()
        .satisfies(line -> assertThat(line.quantity()).isEqualTo(2));
  }

  /**
   * Camunda checks no permission on a job outside a process instance: a read-only auditor suspended, re-timed and
   * deleted the history cleanup. Changing jobs is the administrators'; reading them stays as it was. The history's
   * activity statistics count every unit's sales: administrators only.
   */
  @Test
  void onlyAdministratorsChangeTheEnginesJobsOrReadItsCrossUnitStatistics() throws Exception {
    String cleanup = engine.getHistoryService().findHistoryCleanupJobs().get(0).getId();
    for (String user : List.of("auditor1", "petugas1", "supervisor1", "petugas6501", "auditorpusat")) {
      for (String[] call : List.of(new String[] {"PUT", "/engine-rest/job/" + cleanup + "/suspended", "{\"suspended\":true}"},
          new String[] {"PUT", "/engine-rest/job/" + cleanup + "/retries", "{\"retries\":0}"},
          new String[] {"PUT", "/engine-rest/job/" + cleanup + "/duedate", "{\"duedate\":\"2030-01-01T00:00:00.000+0000\"}"},
          new String[] {"DELETE", "/engine-rest/job/" + cleanup, null},
          new String[] {"POST", "/engine-rest/job/" + cleanup + "/execute", null},
          new String[] {"POST", "/engine-rest/history/cleanup", null},
          new String[] {"PUT", "/camunda/api/engine/engine/default/job/" + cleanup + "/suspended", "{\"suspended\":true}"})) {
        HttpResponse<String> r = send(call[0], call[1], user, call[2]);
        assertThat(r.statusCode()).as(user + " " + call[0] + " " + call[1] + " " + r.body()).isIn(401, 403);
        if (r.statusCode() == 403) {
          assertThat(message(r)).isEqualTo(EngineAdministrationGuard.JOBS_REFUSED);
        }
      }
      HttpResponse<String> statistics = send("GET", "/engine-rest/history/process-definition/"
          + engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.PROCESS_KEY)
              .latestVersion().singleResult().getId() + "/statistics", user, null);
      assertThat(statistics.statusCode()).as(user).isEqualTo(403);
      assertThat(message(statistics)).isEqualTo(EngineAdministrationGuard.STATISTICS_REFUSED);
    }
    var job = engine.getManagementService().createJobQuery().jobId(cleanup).singleResult();
    assertThat(job).isNotNull();
    assertThat(job.isSuspended()).isFalse();
    assertThat(job.getRetries()).isPositive();
    // reading stays open to those Camunda lets read (a query by POST included)
    assertThat(post("/engine-rest/job/count", "petugas1", "{}").statusCode()).isEqualTo(200);
    assertThat(send("GET", "/engine-rest/job/count", "auditor1", null).statusCode()).isEqualTo(200);
    // the administrator still does what Cockpit's admin does
    assertThat(send("PUT", "/engine-rest/job/" + cleanup + "/suspended", "admin", "{\"suspended\":true}").statusCode())
        .isEqualTo(204);
    assertThat(send("PUT", "/engine-rest/job/" + cleanup + "/suspended", "admin", "{\"suspended\":false}").statusCode())
        .isEqualTo(204);
  }

  @Test
  void aConditionWithoutMatchingStartEventIsARefusedRequest() throws Exception {
    HttpResponse<String> r = post("/engine-rest/condition", "admin", "{\"variables\":{}}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(message(r)).startsWith("Tidak ada proses yang dapat dimulai").doesNotContain("ENGINE-");
  }

  /** Malformed bodies and wrong values: 400 in Indonesian naming the variable, no Jackson text, no Java class. */
  @Test
  void malformedBodiesAndWrongValuesAreRefusedInIndonesian() throws Exception {
    ProcessInstance pi = start(engine, guestBook("Andi Wijaya", "INDIVIDUAL"));
    String taskId = task(pi, "Task_CallVisitor").getId();
    for (String path : List.of("/engine-rest/task/" + taskId + "/complete", "/engine-rest/task/" + taskId
        + "/submit-form", "/engine-rest/process-definition/key/" + ProcessKeys.PROCESS_KEY + "/submit-form")) {
      HttpResponse<String> r = post(path, "petugas1", "{\"variables\":{");
      assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(400);
      assertThat(message(r)).as(path + " " + r.headers().map() + " " + r.body()).startsWith("Isi permintaan bukan JSON yang sah");
      assertThat(r.body()).doesNotContain("org.camunda", "Dto", "Source", "Exception\",\"message\":\"Unexpected");
    }
    HttpResponse<String> shape = post("/engine-rest/task/" + taskId + "/complete", "petugas1", "{\"variables\":[1]}");
    assertThat(shape.statusCode()).as(shape.body()).isEqualTo(400);
    assertThat(message(shape)).isEqualTo("Kolom «variables» tidak sesuai bentuknya (jenis nilai salah).");
    assertThat(shape.body()).doesNotContain("org.camunda", "reference chain");

    HttpResponse<String> date = post("/engine-rest/task/" + taskId + "/complete", "admin",
        "{\"variables\":{\"counterName\":{\"type\":\"Date\",\"value\":\"2026-13-45\"}}}");
    assertThat(date.statusCode()).as(date.body()).isEqualTo(400);
    assertThat(message(date)).startsWith("Nilai untuk «counterName» tidak dapat dibaca: tanggal")
        .doesNotContain("java.", "Cannot");
    HttpResponse<String> number = send("PUT", "/engine-rest/process-instance/" + pi.getId() + "/variables/jumlah",
        "admin", "{\"type\":\"Long\",\"value\":\"abc\"}");
    assertThat(number.statusCode()).as(number.body()).isEqualTo(400);
    assertThat(message(number)).isEqualTo("Nilai untuk «jumlah» tidak dapat dibaca: harus bilangan bulat.").doesNotContain("java.");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isOne();
  }

  /** Our listener's refusal reaches a REST client as our message only, still 400. */
  @Test
  void aListenersRefusalIsAnsweredWithoutTheEnginesPrefix() throws Exception {
    ProcessInstance pi = start(engine, guestBook("Andi Wijaya", "INDIVIDUAL"));
    String taskId = task(pi, "Task_CallVisitor").getId();
    for (String action : List.of("complete", "submit-form")) {
      HttpResponse<String> r = post("/engine-rest/task/" + taskId + "/" + action, "petugas1",
          "{\"variables\":{\"counterName\":{\"value\":\"Loket 99\"}}}");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
      assertThat(message(r)).isEqualTo("Pilih loket tempat Anda melayani dari daftar.");
    }
    assertThat(EngineErrorAnswers.unwrapped("Cannot instantiate process definition pd:1:x: Buku tamu belum benar: "
        + "Nama wajib diisi.")).isEqualTo("Buku tamu belum benar: Nama wajib diisi.");
    assertThat(EngineErrorAnswers.unwrapped("Cannot complete task t1: ENGINE-03051 There was an exception while "
        + "invoking the TaskListener. Message: 'Exception while invoking TaskListener: Pilih cara pembayaran.'"))
        .isEqualTo("Pilih cara pembayaran.");
  }

  /**
   * A refusal tells the caller what is true for their role (officers and supervisors are not read-only auditors);
   * migration is refused before its body is read; a form sent to a task that does not exist is 404.
   */
  @Test
  void refusalsFitTheCallersRoleAndUnknownTasksAreNotFound() throws Exception {
    ProcessInstance pi = start(engine, guestBook("Rina Kartika", "INDIVIDUAL"));
    for (String user : List.of("petugas1", "supervisor1")) {
      HttpResponse<String> cancel = post("/engine-rest/message", user, "{\"messageName\":\"RequestCancellation\","
          + "\"businessKey\":\"" + pi.getBusinessKey() + "\"}");
      assertThat(cancel.statusCode()).as(user + " " + cancel.body()).isEqualTo(403);
      assertThat(message(cancel)).startsWith("Anda tidak berwenang membatalkan permintaan lewat pesan mesin proses")
          .doesNotContain("auditor");
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count())
        .isEqualTo(1);
    HttpResponse<String> create = post("/engine-rest/task/create", "petugas1", "{\"name\":\"Tugas lepas\"}");
    assertThat(create.statusCode()).as(create.body()).isEqualTo(403);
    assertThat(message(create)).contains("tugas lepas").doesNotContain("auditor");
    for (String user : List.of("auditor1", "petugas1")) {
      HttpResponse<String> migration = post("/engine-rest/migration/execute", user, "{}");
      assertThat(migration.statusCode()).as(user).isEqualTo(403);
      assertThat(message(migration)).isEqualTo(EngineAdministrationGuard.MIGRATION_REFUSED);
    }
    String skipPayment = "{\"processDefinitionId\":\"" + pi.getProcessDefinitionId() + "\",\"processInstanceIds\":[\""
        + pi.getId() + "\"],\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_Handover\"}]}";
    String single = "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_Handover\"}]}";
    for (String user : List.of("auditor1", "petugas1", "supervisor1")) {
      for (String[] call : List.of(new String[] {"/engine-rest/modification/execute", skipPayment},
          new String[] {"/engine-rest/modification/executeAsync", skipPayment},
          new String[] {"/engine-rest/process-instance/" + pi.getId() + "/modification", single})) {
        HttpResponse<String> modification = post(call[0], user, call[1]);
        assertThat(modification.statusCode()).as(user + " " + call[0]).isEqualTo(403);
        assertThat(message(modification)).isEqualTo(EngineAdministrationGuard.MODIFICATION_REFUSED);
      }
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId())
        .activityIdIn("Task_Handover").count()).as("nothing was started out of order").isZero();
    assertThat(engine.getManagementService().createBatchQuery().count()).isZero();
    HttpResponse<String> empty = post("/engine-rest/migration/execute", "admin", "{}");
    assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
    assertThat(message(empty)).startsWith("Isi permintaan tidak lengkap").doesNotContain("null");
    for (String action : List.of("submit-form", "complete")) {
      HttpResponse<String> r = post("/engine-rest/task/" + UNKNOWN + "/" + action, "petugas1", "{}");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(404);
      assertThat(message(r)).isEqualTo("Tugas " + UNKNOWN + " tidak ditemukan di unit Anda.");
    }
    HttpResponse<String> paging = send("GET", "/engine-rest/task?maxResults=-5", "petugas1", null);
    assertThat(paging.statusCode()).isEqualTo(400);
    assertThat(message(paging)).startsWith("Parameter «maxResults» harus bilangan bulat");
  }

  /**
   * Camunda asks only for CREATE_INSTANCE to start a process at steps of the caller's choosing, to start one by a
   * message, and (with READ_HISTORY) to restart a finished one: an officer began a sale at the handover with the
   * business key of another unit's request, skipping the guest book, the price and the payment
   * ({@code POST /engine-rest/process-definition/key/penjualan-produk-statistik/start} with
   * {@code startInstructions}), and started a complaint by {@code POST /engine-rest/message ComplaintSubmitted} with
   * variables of their own.
   */
  @Test
  void onlyAdministratorsStartAtChosenStepsByMessageOrByRestart() throws Exception {
    ProcessInstance real = start(engine, guestBook("Rina Kartika", "INDIVIDUAL"));
    long sales = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.PROCESS_KEY)
        .count();
    String skip = "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_Handover\"}],"
        + "\"businessKey\":\"6501-2026-000001\"}";
    for (String user : List.of("petugas1", "petugas6501", "supervisor1")) {
      for (String body : List.of(skip, "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":"
          + "\"Task_IssueReceipt\",\"variables\":{\"orderTotal\":{\"value\":0,\"type\":\"Long\"}}}]}",
          "{\"skipCustomListeners\":true,\"variables\":{}}", "{\"skipIoMappings\":\"true\"}")) {
        for (String path : List.of("/start", "/submit-form")) {
          HttpResponse<String> r = post("/engine-rest/process-definition/key/" + ProcessKeys.PROCESS_KEY + path, user,
              body);
          assertThat(r.statusCode()).as(user + " " + path + " " + body + " " + r.body()).isEqualTo(403);
          assertThat(message(r)).isEqualTo(TaskCompletionGuard.START_OUT_OF_ORDER_REFUSED);
        }
      }
      HttpResponse<String> byId = post("/engine-rest/process-definition/" + real.getProcessDefinitionId() + "/start",
          user, skip);
      assertThat(byId.statusCode()).as(user).isEqualTo(403);
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.PROCESS_KEY)
        .count()).as("no sale was started").isEqualTo(sales);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("6501-2026-000001")
        .activityIdIn("Task_Handover").count()).isZero();

    long complaints = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("pengaduan").count();
    for (String user : List.of("petugas1", "supervisor1", "auditor1")) {
      HttpResponse<String> byMessage = post("/engine-rest/message", user, "{\"messageName\":\"ComplaintSubmitted\","
          + "\"businessKey\":\"ADU-PALSU\",\"processVariables\":{\"unitCode\":{\"value\":\"6501\"}}}");
      assertThat(byMessage.statusCode()).as(user + " " + byMessage.body()).isEqualTo(403);
      assertThat(message(byMessage)).startsWith("Anda tidak berwenang mengirim pesan «ComplaintSubmitted»");
      HttpResponse<String> restart = post("/engine-rest/process-definition/" + engine.getRepositoryService()
          .createProcessDefinitionQuery().processDefinitionKey("pengaduan").latestVersion().singleResult().getId()
          + "/restart", user, "{\"processInstanceIds\":[\"" + UNKNOWN + "\"],\"instructions\":[{\"type\":"
          + "\"startBeforeActivity\",\"activityId\":\"Task_Handle\"}]}");
      assertThat(restart.statusCode()).as(user + " " + restart.body()).isEqualTo(403);
      assertThat(message(restart)).isEqualTo(EngineAdministrationGuard.RESTART_REFUSED);
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("pengaduan").count())
        .as("no complaint was started").isEqualTo(complaints);
    // the ordinary start still works: the guest book as the start form, an empty list of instructions included
    HttpResponse<String> honest = post("/engine-rest/process-definition/key/" + ProcessKeys.PROCESS_KEY
        + "/submit-form", "petugas1", "{\"startInstructions\":[],\"variables\":{"
        + "\"visitorName\":{\"value\":\"Andi Wijaya\"},\"identityType\":{\"value\":\"KTP\"},"
        + "\"identityNumber\":{\"value\":\"6503011203900077\"},\"visitorEmail\":{\"value\":\"andi.w@example.com\"},"
        + "\"userCategory\":{\"value\":\"INDIVIDUAL\"},\"purpose\":{\"value\":\"penelitian skripsi\"},"
        + "\"consent\":{\"value\":true}}}");
    assertThat(honest.statusCode()).as(honest.body()).isEqualTo(200);
    assertThat(json.readTree(honest.body()).path("businessKey").asText()).startsWith("6503-");
  }

  /**
   * Camunda asks only for TASK_WORK to throw a BPMN error or escalation at a task, and no model catches one thrown by
   * a person: {@code POST /engine-rest/task/{id}/bpmnError} by petugas1 ended the sale (204, the instance gone, with
   * the variables of the body set), past the cancellation and every check.
   */
  @Test
  void nobodyButAdministratorsEndsAStepWithABpmnErrorOrEscalation() throws Exception {
    ProcessInstance pi = start(engine, guestBook("Sari Lestari", "INDIVIDUAL"));
    String taskId = task(pi, "Task_CallVisitor").getId();
    for (String user : List.of("petugas1", "petugas2", "supervisor1", "auditor1")) {
      HttpResponse<String> error = post("/engine-rest/task/" + taskId + "/bpmnError", user,
          "{\"errorCode\":\"SELESAI\",\"variables\":{\"paid\":{\"value\":true}}}");
      assertThat(error.statusCode()).as(user + " " + error.body()).isEqualTo(403);
      assertThat(message(error)).isEqualTo(EngineAdministrationGuard.TASK_ERROR_REFUSED);
      HttpResponse<String> escalation = post("/engine-rest/engine/default/task/" + taskId + "/bpmnEscalation/", user,
          "{\"escalationCode\":\"QUEUE_WAIT\"}");
      assertThat(escalation.statusCode()).as(user + " " + escalation.body()).isEqualTo(403);
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count())
        .as("the sale still runs").isOne();
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isOne();
    assertThat(engine.getRuntimeService().getVariables(pi.getId())).doesNotContainKey("paid");
    // a variable of a task that does not exist is 404 like the task itself (was a 500 quoting the engine)
    for (String[] call : List.of(new String[] {"PUT", "/engine-rest/task/" + UNKNOWN + "/localVariables/x"},
        new String[] {"PUT", "/engine-rest/task/" + UNKNOWN + "/variables/x"})) {
      HttpResponse<String> r = send(call[0], call[1], "petugas1", "{\"value\":0}");
      assertThat(r.statusCode()).as(call[1] + " " + r.body()).isEqualTo(404);
      assertThat(message(r)).isEqualTo("Tugas " + UNKNOWN + " tidak ditemukan di unit Anda.");
    }
  }

  /**
   * The engine's other endpoints, probed 2026-12-03 as every role (all held): variables, executions and history
   * details of a sale are read only in its unit and only by readers (the officer reads a sale's variables through
   * the task); no identity number reaches history; deployments are neither deleted nor redeployed but by
   * administrators; the schema log and the telemetry switch are not the staff's.
   */
  @Test
  void theEnginesOtherEndpointsReadOnlyTheUnitsOwnAndChangeNothing() throws Exception {
    ProcessInstance pi = start(engine, guestBook("Andi Wijaya", "INDIVIDUAL"));
    String id = pi.getId();
    List<String> reads = List.of("/engine-rest/variable-instance?processInstanceIdIn=" + id,
        "/engine-rest/history/variable-instance?processInstanceId=" + id,
        "/engine-rest/history/detail?processInstanceId=" + id,
        "/engine-rest/execution?processInstanceId=" + id,
        "/camunda/api/engine/engine/default/variable-instance?processInstanceIdIn=" + id);
    for (String user : List.of("petugas6501", "supervisor6501", "petugas1", "bendahara1")) {
      for (String read : reads) {
        HttpResponse<String> r = send("GET", read, user, null);
        assertThat(r.statusCode()).as(user + " " + read).isIn(200, 401);
        if (r.statusCode() == 200) {
          assertThat(r.body()).as(user + " " + read).isEqualTo("[]");
        }
      }
    }
    for (String user : List.of("supervisor1", "auditor1", "auditorpusat")) {
      HttpResponse<String> variables = send("GET", reads.get(0), user, null);
      assertThat(variables.body()).as(user).contains("Andi Wijaya");
      for (String read : reads.subList(0, 3)) {
        assertThat(send("GET", read, user, null).body()).as(user + " " + read).doesNotContain("6503014507900001");
      }
    }

    String deployment = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.PROCESS_KEY).latestVersion().singleResult().getDeploymentId();
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();
    for (String user : List.of("petugas1", "bendahara1", "supervisor1", "auditor1", "petugas6501")) {
      assertThat(send("DELETE", "/engine-rest/deployment/" + deployment + "?cascade=true", user, null).statusCode())
          .as(user).isIn(403, 404);
      assertThat(post("/engine-rest/deployment/" + deployment + "/redeploy", user, "{}").statusCode())
          .as(user).isIn(403, 404);
      HttpResponse<String> schemaLog = send("GET", "/engine-rest/schema/log", user, null);
      assertThat(schemaLog.body()).as(user).isEqualTo("[]");
      post("/engine-rest/telemetry/configuration", user, "{\"enableTelemetry\":true}");
    }
    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentId(deployment).count()).isOne();
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count()).isOne();
    assertThat(send("GET", "/engine-rest/telemetry/configuration", "admin", null).body())
        .contains("\"enableTelemetry\":false");
  }

  private static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";

  private HttpResponse<String> multipart(String path, String user) throws Exception {
    String boundary = "----pst" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\nfoto loket\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment-type\"\r\n\r\ntext/plain\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"catatan.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\ncatatan\r\n--" + boundary + "--\r\n";
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anEngineRequestBodyIsCappedAtTwoMegabytes() throws Exception {
    // the security probe: petugas1's 30 MB task query was read and parsed whole (200)
    String huge = "{\"nameLike\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
    HttpResponse<String> refused = post("/engine-rest/task", "petugas1", huge);
    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.body()).contains("Isi permintaan terlalu besar").doesNotContain("Exception");
    // an ordinary query is untouched
    assertThat(post("/engine-rest/task", "petugas1", "{\"nameLike\":\"%Catat%\"}").statusCode()).isEqualTo(200);
  }

  private String message(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body()).path("message").asText();
  }

  private HttpResponse<String> post(String path, String user, String body) throws Exception {
    return send("POST", path, user, body);
  }

  private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json");
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
