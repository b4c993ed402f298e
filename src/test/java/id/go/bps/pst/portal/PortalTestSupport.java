package id.go.bps.pst.portal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.go.bps.pst.notification.MailOutboxSender;
import id.go.bps.pst.order.OrderService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One Spring context for the portal, notification and delivery tests: the real application on a
 * random port, jobs driven by the tests, and a real SMTP server (GreenMail) that tests may stop and
 * start again on the same port. The scheduled mail sender is slowed down: tests call it directly.
 *
 * <p>Not {@link id.go.bps.pst.SharedContextTest}: mail goes to this class's SMTP server, and the links in mails
 * and pages (pst.public-base-url) must name the server's port before it starts, hence a fixed port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.admin-user.password=admin",
    "pst.documents.storage-directory=target/test-documents-portal",
    "pst.mail.sender-interval=1h",
    "pst.portal.secret=test-portal-secret"})
public abstract class PortalTestSupport {

  public static final String PUBLICATION = "kab-tana-tidung-dalam-angka-2025";
  public static final String SUSENAS = "susenas-2024-kor-individu";
  protected static final int SMTP_PORT = freePort();
  protected static final int SERVER_PORT = freePort();
  private static GreenMail smtp = startSmtp();

  @DynamicPropertySource
  static void db(DynamicPropertyRegistry r) {
    id.go.bps.pst.TestDatabase.register(r);
    r.add("spring.mail.host", () -> "localhost");
    r.add("spring.mail.port", () -> SMTP_PORT);
    r.add("server.port", () -> SERVER_PORT);
    r.add("pst.public-base-url", () -> "http://localhost:" + SERVER_PORT);
  }

  @Autowired protected ProcessEngine engine;
  @Autowired protected OrderService orders;
  @Autowired protected MailOutboxSender mailSender;
  @Autowired protected PortalLinks links;
  @Autowired protected JdbcTemplate jdbc;
  @Autowired protected id.go.bps.pst.process.VisitorUploads uploads;
  @LocalServerPort protected int port;

  @AfterEach
  void clearAuthentication() {
    engine.getIdentityService().clearAuthentication();
  }

  // ---- SMTP -------------------------------------------------------------------------------------

  protected static GreenMail smtp() {
    return smtp;
  }

  protected static synchronized GreenMail startSmtp() {
    GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
    server.start();
    smtp = server;
    return server;
  }

  protected static synchronized void stopSmtp() {
    if (smtp != null) {
      smtp.stop();
      smtp = null;
    }
  }

  /** Delivers every due mail, as the scheduled sender would, at a moment far enough for any retry. */
  protected int deliverMails() {
    awaitEvents();
    virtualHours += 8; // later than the longest retry delay after the previous run
    Instant at = Instant.now().plusSeconds(virtualHours * 3600);
    // batch after batch until none is due: on MariaDB the outbox holds the pending mails of every test class before
    // this one (one database), and one batch (the oldest first) may not reach this test's mail
    int total = 0;
    for (int sent = mailSender.sendDue(at); sent > 0 && total < 10_000; sent = mailSender.sendDue(at)) {
      total += sent;
    }
    return total;
  }

  private static long virtualHours;

  private static int freePort() {
    return id.go.bps.pst.TestPorts.outsideEphemeralRange();
  }

  /** The first portal link in a mail body. */
  protected static String portalLink(String body) {
    Matcher m = Pattern.compile("(http://localhost:\\d+/portal/[A-Za-z0-9._-]+)").matcher(body);
    if (!m.find()) {
      throw new AssertionError("no portal link in mail: " + body);
    }
    return m.group(1);
  }

  // ---- process ----------------------------------------------------------------------------------

  protected String startRequest(String name, String email) {
    Map<String, Object> v = new HashMap<>();
    v.put("visitorName", name);
    v.put("identityType", "KTP");
    v.put("identityNumber", "6503014507900001");
    v.put("visitorEmail", email);
    v.put("visitorPhone", "081255650671");
    v.put("institution", "Universitas Borneo Tarakan");
    v.put("userCategory", "INDIVIDUAL");
    v.put("purpose", "Membeli data untuk penelitian");
    v.put("consent", true);
    return startRequest(v);
  }

  /** Starts a sale with this guest book (the start form's fields) and returns its request number. */
  protected String startRequest(Map<String, Object> guestBook) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("penjualan-produk-statistik").latestVersion().singleResult().getId();
    String pi = engine.getFormService().submitStartForm(definitionId, guestBook).getId();
    awaitEvents();
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey();
  }

  /** Officer steps up to the invoice review (step 10), visitor's acceptance assisted at the counter. */
  protected void toInvoiceReview(String requestNumber, Map<String, Object> cart) {
    completeAs("petugas1", "petugas", requestNumber, "Task_CallVisitor", Map.of("counterName", "Loket 1"));
    toTerms(requestNumber, cart);
    completeAs("petugas1", "petugas", requestNumber, "Task_AcceptTerms", Map.of("termsDecision", "ACCEPT",
        "documentsSubmitted", json("[\"IDENTITY_CARD\"]"),
        "dataUseAbstract", "Analisis pengeluaran rumah tangga per kecamatan untuk tesis.",
        "visitorOccupation", "Peneliti", "visitorAddress", "Jl. Perintis No. 7, Tideng Pale"));
    completeAs("petugas1", "petugas", requestNumber, "Task_CheckDocuments",
        Map.of("documentCheck", "COMPLETE", "zeroTariffApproved", false));
    executeJob(requestNumber, "Task_IssueInvoice");
    if (Boolean.TRUE.equals(engine.getRuntimeService().getVariable(processInstanceId(requestNumber), "hasMicrodata"))) {
      executeJob(requestNumber, "Task_IssueMicrodataDocuments");
    }
  }

  /** After the visitor was called: the officer records the cart and explains the terms (step 5-6). */
  protected void toTerms(String requestNumber, Map<String, Object> cart) {
    toTerms(requestNumber, cart, "petugas1");
  }

  /** The same, by the given officer (the one who called the visitor). */
  protected void toTerms(String requestNumber, Map<String, Object> cart, String officer) {
    completeAs(officer, "petugas", requestNumber, "Task_RecordRequest", with(cart, Map.of(
        "commercial", false, "purpose", "Penelitian tesis tentang kesejahteraan rumah tangga")));
    completeAs(officer, "petugas", requestNumber, "Task_ExplainTerms", Map.of("zeroTariffRequested", false));
  }

  /** From an accepted invoice, cash payment, to the handover (softcopy links created). */
  protected void payCashAndHandOver(String requestNumber) {
    completeAs("bendahara1", "bendahara", requestNumber, "Task_ReceiveCash", Map.of("cashReceived", true));
    boolean microdata = hasTask(requestNumber, "Task_SignAgreement");
    if (microdata) {
      // the step waits for the signed agreement: the officer scans the paper at the counter
      uploads.upload(requestNumber, id.go.bps.pst.document.UploadService.SIGNED_AGREEMENT, "sppd.pdf",
          id.go.bps.pst.document.TestUploads.pdf("SPPD " + requestNumber), "petugas1");
      completeAs("petugas1", "petugas", requestNumber, "Task_SignAgreement",
          Map.of("agreementSigned", true, "dutyStampAffixed", true));
    }
    completeAs("bendahara1", "bendahara", requestNumber, "Task_IssueReceipt", Map.of());
    executeJob(requestNumber, "Task_GenerateReceipt");
    completeAs("petugas1", "petugas", requestNumber, "Task_PrepareProduct", Map.of());
    // with microdata the officer confirms the checked agreement on the hand-over form
    completeAs("petugas1", "petugas", requestNumber, "Task_Handover",
        microdata ? Map.of("agreementAccepted", true) : Map.of());
    executeJob(requestNumber, "Task_GenerateHandover");
  }

  protected static Object json(String json) {
    return SpinValues.jsonValue(json).create();
  }

  /** The cart as the form's product groups submit it: {@code item1}, then {@code more2} and {@code item2}, ... */
  protected static Map<String, Object> cart(String... items) {
    Map<String, Object> v = new HashMap<>();
    for (int i = 0; i < items.length; i++) {
      v.put("item" + (i + 1), json(items[i]));
      if (i > 0) {
        v.put("more" + (i + 1), true);
      }
    }
    return v;
  }

  /** The variables of several maps in one. */
  @SafeVarargs
  protected static Map<String, Object> with(Map<String, Object>... maps) {
    Map<String, Object> all = new HashMap<>();
    for (Map<String, Object> m : maps) {
      all.putAll(m);
    }
    return all;
  }

  protected static String publication(String id) {
    return "{\"productId\":\"PUBLICATION:" + id + "\",\"format\":\"SOFTCOPY\",\"quantity\":1}";
  }

  protected static String microdata(String id, String variables) {
    return "{\"productId\":\"MICRODATA:" + id + "\",\"quantity\":1,\"variables\":\"" + variables + "\"}";
  }

  protected static String map(String id) {
    return "{\"productId\":\"MAP:" + id + "\",\"quantity\":1}";
  }

  protected String processInstanceId(String requestNumber) {
    return orders.get(requestNumber).processInstanceId();
  }

  protected boolean hasTask(String requestNumber, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId(requestNumber))
        .taskDefinitionKey(key).count() == 1;
  }

  protected Task task(String requestNumber, String key) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId(requestNumber))
        .taskDefinitionKey(key).list();
    if (tasks.size() != 1) {
      throw new AssertionError("expected one task " + key + ", found " + tasks.size() + "; active: "
          + engine.getRuntimeService().getActiveActivityIds(processInstanceId(requestNumber)));
    }
    return tasks.get(0);
  }

  protected void completeAs(String user, String group, String requestNumber, String key, Map<String, Object> vars) {
    Task task = task(requestNumber, key);
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      engine.getTaskService().complete(task.getId(), Variables.fromMap(vars));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    awaitEvents();
  }

  /** Waits for the modules' event listeners (mails, download links) of the steps done so far. */
  protected void awaitEvents() {
    id.go.bps.pst.EventPublications.awaitCompleted(jdbc);
  }

  /**
   * Runs the job waiting at the activity, or waits for the job executor when it already took it
   * (the executor is on in some of these contexts, so it may win the race).
   */
  protected void executeJob(String requestNumber, String activityId) {
    String processInstanceId = processInstanceId(requestNumber);
    long deadline = System.currentTimeMillis() + 30_000;
    while (true) {
      Job job = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
          .activityId(activityId).singleResult();
      if (job == null) {
        boolean passed = engine.getHistoryService().createHistoricActivityInstanceQuery()
            .processInstanceId(processInstanceId).activityId(activityId).finished().count() > 0;
        if (passed) {
          awaitEvents();
          return;
        }
      } else {
        try {
          engine.getManagementService().executeJob(job.getId());
          awaitEvents();
          return;
        } catch (org.camunda.bpm.engine.OptimisticLockingException taken) {
          // the job executor ran it at the same moment: wait until it has passed the activity
        }
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("no job at " + activityId + "; active: "
            + engine.getRuntimeService().getActiveActivityIds(processInstanceId));
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  // ---- HTTP -------------------------------------------------------------------------------------

  protected HttpResponse<byte[]> get(String url) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("User-Agent", "PortalTest/1")
        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  protected HttpResponse<String> postAs(String user, String url) throws Exception {
    String basic = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  protected HttpResponse<String> postJson(String url, String json) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }
}
