package id.go.bps.pst.report;

import static id.go.bps.pst.process.ProcessTestSupport.complete;
import static id.go.bps.pst.process.ProcessTestSupport.guestBook;
import static id.go.bps.pst.process.ProcessTestSupport.start;
import static id.go.bps.pst.process.ProcessTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.TestDatabase;
import id.go.bps.pst.rating.SurveyService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The supervisor's and auditor's read-only pages: a request's trail and the satisfaction index. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "camunda.bpm.admin-user.password=admin",
    "pst.unit.code=9901", "pst.documents.storage-directory=target/report-test-documents"})
class ReportPagesTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "reportpages");
  }

  @Autowired ProcessEngine engine;
  @Autowired SurveyService surveys;
  @LocalServerPort int port;

  @Test
  void auditorReadsWhoDidWhatAndWhenWithoutTheIdentityNumber() throws Exception {
    BpmnAwareTests.init(engine);
    ProcessInstance pi = start(engine, guestBook("Siti Aminah", "INDIVIDUAL"));
    complete(engine, pi, "Task_CallVisitor", vars("counterName", "Loket 2"));
    String number = engine.getRuntimeService().getVariable(pi.getId(), "requestNumber").toString();

    HttpResponse<String> page = get("/laporan/permintaan/" + number, "auditor1");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(number, "Siti Aminah", "Buku tamu dicatat", "petugas1", "Dilayani di Loket 2",
        "6503**********01", "Panggil nomor antrian", "/camunda/app/cockpit/default/#/process-instance/")
        .doesNotContain("6503014507900001", "REGISTERED", "{id}");
    assertThat(get("/laporan/permintaan", "supervisor1").body()).contains(number);
    assertThat(get("/laporan/permintaan/" + number, "petugas1").statusCode()).isEqualTo(403);
    assertThat(get("/laporan/permintaan/" + number, null).statusCode()).isEqualTo(401);
    assertThat(get("/laporan/permintaan/9901-2026-999999", "auditor1").statusCode()).isEqualTo(404);
  }

  @Test
  void satisfactionIndexFollowsPermenPanRb14Of2017() throws Exception {
    // two visitors rated all elements 4 and 3 (IKM 3,5 -> 87,50 -> B); a third rating, all 1, was typed by
    // an officer on the visitor's behalf: it is shown marked and left out of the index
    surveys.record("9901-2026-000901", "9901", new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4}, null, null);
    surveys.record("9901-2026-000902", "9901", new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3}, "Baik", null);
    surveys.record("9901-2026-000903", "9901", new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1}, "Diisi petugas", "petugas1");
    HttpResponse<String> page = get("/laporan/skm", "supervisor1");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"responses\">2<", "id=\"converted\">87,50<", "B (Baik)",
        "id=\"assisted\">1<", "diisikan petugas petugas1, tidak dihitung");
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (user != null) {
      request.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
