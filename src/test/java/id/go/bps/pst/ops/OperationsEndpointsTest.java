package id.go.bps.pst.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bps.pst.process.ProcessTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Actuator over real HTTP: the health probes are public and say only UP/DOWN to anonymous callers;
 * details and metrics need a supervisor or camunda-admin login; the named metrics are present.
 *
 * <p>A context of its own, not {@link id.go.bps.pst.SharedContextTest}: it checks a running job executor (its
 * lock owner is the node id), the node route in session ids and the exported metrics, none of which the
 * shared context has (no job executor there, see its Javadoc); closed after the class for the job executor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.admin-user.password=admin", "pst.cluster.node-id=test-node-1",
    "pst.documents.storage-directory=target/test-documents-ops"})
@ActiveProfiles("demo")
@AutoConfigureObservability(tracing = false) // tests switch metric export off unless asked
// this context runs a job executor; closed afterwards so that it never takes the jobs of other test
// contexts that share one MariaDB database (PST_IT_DB=mariadb)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OperationsEndpointsTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    id.go.bps.pst.TestDatabase.register(registry);
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (user != null) {
      request.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthIsPublicWithoutDetails() throws Exception {
    for (String probe : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
      HttpResponse<String> anonymous = get(probe, null);
      assertThat(anonymous.statusCode()).as(probe).isEqualTo(200);
      JsonNode body = json.readTree(anonymous.body());
      assertThat(body.path("status").asText()).as(probe).isEqualTo("UP");
      assertThat(body.has("components")).as(probe + " hides its components").isFalse();
      assertThat(anonymous.body()).doesNotContain("jobExecutor", "lockOwner", "database");
    }
  }

  @Test
  void healthShowsDetailsToTheSupervisor() throws Exception {
    HttpResponse<String> response = get("/actuator/health", "supervisor1");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode components = json.readTree(response.body()).path("components");
    assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
    JsonNode jobs = components.path("jobExecutor");
    assertThat(jobs.path("status").asText()).isEqualTo("UP");
    assertThat(jobs.path("details").path("active").asBoolean()).isTrue();
    assertThat(jobs.path("details").path("lockOwner").asText()).isEqualTo("test-node-1");
    assertThat(jobs.path("details").has("jobsDue")).isTrue();
    assertThat(jobs.path("details").has("jobsFailed")).isTrue();
    // the readiness group (what the load balancer asks) includes the database and the job executor
    JsonNode readiness = json.readTree(get("/actuator/health/readiness", "admin").body()).path("components");
    assertThat(readiness.has("db")).isTrue();
    assertThat(readiness.has("jobExecutor")).isTrue();
    // a petugas may call the public probe, but sees no details
    assertThat(get("/actuator/health", "petugas1").body()).doesNotContain("components");
    // wrong credentials are refused rather than ignored
    HttpRequest wrong = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("orang-asing:salah".getBytes())).build();
    assertThat(http.send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
  }

  @Test
  void sessionIdsCarryTheNodeRouteForStickySessions() throws Exception {
    HttpResponse<String> kiosk = get("/kiosk", null); // the kiosk keeps its form token in a session
    assertThat(kiosk.headers().allValues("Set-Cookie"))
        .anySatisfy(cookie -> assertThat(cookie).matches("JSESSIONID=[0-9A-F]+\\.test-node-1;.*"));
  }

  @Test
  void prometheusNeedsASupervisorAndHasTheNamedMetrics() throws Exception {
    HttpResponse<String> anonymous = get("/actuator/prometheus", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
    assertThat(get("/actuator/prometheus", "petugas1").statusCode()).isEqualTo(403);
    assertThat(get("/actuator/metrics", "bendahara1").statusCode()).isEqualTo(403);
    assertThat(get("/actuator", "auditor1").statusCode()).isEqualTo(403);

    ProcessInstance sale = ProcessTestSupport.start(engine, ProcessTestSupport.guestBook("Rina Marlina", "INDIVIDUAL"));
    ProcessTestSupport.complete(engine, sale, "Task_CallVisitor", ProcessTestSupport.vars("counterName", "Loket 1"));

    HttpResponse<String> response = get("/actuator/prometheus", "supervisor1");
    assertThat(response.statusCode()).isEqualTo(200);
    String metrics = response.body();
    assertThat(metrics).containsPattern(
        "pst_tasks_completed_total\\{[^}]*task=\"Task_CallVisitor\"[^}]*unit=\"6503\"[^}]*} 1\\.0");
    assertThat(metrics).contains("pst_jobs_failed ", "pst_jobs_due ", "pst_incidents_open ");
    assertThat(metrics).containsPattern("pst_queue_waiting\\{unit=\"6503\"} \\d");
    assertThat(metrics).containsPattern("pst_queue_wait_longest_seconds\\{unit=\"6503\"} ");
    assertThat(metrics).containsPattern("pst_queue_wait_mean_seconds\\{unit=\"6503\"} ");
    assertThat(metrics).contains("http_server_requests_seconds_count");
    assertThat(get("/actuator/prometheus", "admin").statusCode()).isEqualTo(200);
  }
}
