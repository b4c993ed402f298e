package id.go.bps.pst.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The cluster test (not part of {@code mvn verify}; run it with {@code docker/cluster-test}): two
 * application nodes from the built jar on loopback ports against one fresh MariaDB database and one
 * SMTP server (GreenMail), whole cash sales driven over HTTP through Camunda's REST API as the demo
 * users, each step on the other node than the one before; meanwhile one node is stopped with SIGTERM
 * and started again, later the other one is killed with SIGKILL and started again. Then the database
 * must show every sale completed exactly once, every timer fired at most once (and those that fired,
 * once), every job run once, every mail sent once.
 *
 * <p>The crash test is the same run with {@code cluster.kills=N}: the nodes in turn are killed with SIGKILL N
 * times under load and started again (with {@code cluster.nodes=1}, the whole application each time);
 * {@code docker/crash-test} runs it.
 *
 * <p>Settings (system properties): {@code cluster.jar} (required), {@code cluster.sales} (200),
 * {@code cluster.officers} (6), {@code cluster.ports} (8281,8282), {@code cluster.nodes} (2),
 * {@code cluster.kills} (0: the cluster run's one SIGTERM and one SIGKILL); the database from DB_URL, DB_USER,
 * DB_PASSWORD (it must be empty: the nodes create the schema).
 */
@EnabledIfSystemProperty(named = "cluster", matches = "true")
class ClusterRunTest {

  private static final Duration QUEUE_STANDARD = Duration.ofSeconds(3);
  private static final Duration STEP_TIMEOUT = Duration.ofSeconds(180);
  private static final Path WORK = Path.of("target", "cluster");

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private final List<Node> nodes = new ArrayList<>();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final Map<String, AtomicInteger> escalationsHandled = new ConcurrentHashMap<>();
  private final StringBuilder report = new StringBuilder();
  private GreenMail smtp;

  /** One application node: a JVM started from the jar. */
  final class Node {
    final String id;
    final int port;
    volatile Process process;
    volatile boolean up;
    int starts;

    Node(String id, int port) {
      this.id = id;
      this.port = port;
    }

    String base() {
      return "http://127.0.0.1:" + port;
    }

    void start() throws Exception {
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC",
          "-jar", System.getProperty("cluster.jar"),
          "--spring.profiles.active=mariadb,cluster,demo",
          "--pst.visit.service-standard=" + QUEUE_STANDARD,
          "--pst.mail.sender-interval=2s",
          "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
          "--pst.documents.storage-directory=" + WORK.resolve("documents").toAbsolutePath(),
          "--logging.level.root=WARN", "--logging.level.id.go.bps.pst=INFO",
          "--spring.main.banner-mode=off"));
      ProcessBuilder builder = new ProcessBuilder(command);
      Map<String, String> env = builder.environment();
      env.put("PORT", String.valueOf(port));
      env.put("PST_NODE_ID", id);
      env.put("PST_ADMIN_PASSWORD", "admin");
      env.put("DB_URL", System.getenv("DB_URL"));
      env.put("DB_USER", System.getenv().getOrDefault("DB_USER", "pst"));
      env.put("DB_PASSWORD", System.getenv().getOrDefault("DB_PASSWORD", "pst"));
      env.put("DB_POOL_SIZE", "12");
      // short enough for a test run: a killed node's jobs and mails are taken over after 20 s
      env.put("PST_JOB_LOCK_TIME_MS", "20000");
      env.put("PST_JOB_MAX_WAIT_MS", "3000");
      env.put("PST_MAIL_CLAIM_TIME", "20s");
      builder.redirectErrorStream(true);
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(WORK.resolve(id + ".log").toFile()));
      starts++;
      process = builder.start();
      Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
      while (Instant.now().isBefore(deadline)) {
        if (!process.isAlive()) {
          throw new IllegalStateException(id + " exited on start; see " + WORK.resolve(id + ".log"));
        }
        try {
          HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
              .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
          if (ready.statusCode() == 200) {
            up = true;
            log("%s ready on port %d (start %d)", id, port, starts);
            return;
          }
        } catch (IOException notYet) {
          // starting
        }
        Thread.sleep(1000);
      }
      throw new IllegalStateException(id + " not ready after 4 minutes");
    }

    /** SIGTERM (graceful) or SIGKILL; returns how long the node took to exit. */
    Duration stop(boolean kill) throws Exception {
      up = false;
      Instant t0 = Instant.now();
      if (kill) {
        process.destroyForcibly();
      } else {
        process.destroy();
      }
      process.waitFor();
      Duration took = Duration.between(t0, Instant.now());
      log("%s stopped with %s after %d ms (exit %d)", id, kill ? "SIGKILL" : "SIGTERM", took.toMillis(),
          process.exitValue());
      return took;
    }
  }

  /**
   * The queue timer's duration lives in the model (an analyst changes it in the Modeler): deploy, as
   * Camunda Modeler does, the model with a standard short enough for timers to fire during the run. The
   * nodes' own start-up deployments then leave this newer version in force, restarts included.
   */
  private void deployQueueStandardAsAnAnalyst() throws Exception {
    String model = Files.readString(Path.of("processes", ClusterSaleSteps.PROCESS_KEY + ".bpmn"));
    String changed = model.replaceFirst("(<bpmn:timerEventDefinition id=\"TimerDef_QueueWait\"><bpmn:timeDuration "
        + "xsi:type=\"bpmn:tFormalExpression\">)[^<]+(<)", "$1" + QUEUE_STANDARD + "$2");
    assertThat(changed).as("the model's queue timer").isNotEqualTo(model);
    String boundary = "----pst" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\ncluster-test\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deploy-changed-only\"\r\n\r\ntrue\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + ClusterSaleSteps.PROCESS_KEY
        + ".bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n" + changed + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(nodes.get(0).base() + "/engine-rest/deployment/create"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("analyst deployment: %s", r.body()).isEqualTo(200);
    log("analyst deployment: queue standard %s in the model", QUEUE_STANDARD);
  }

  private void log(String format, Object... args) {
    String line = "[cluster " + Instant.now() + "] " + format.formatted(args);
    System.out.println(line);
    synchronized (report) {
      report.append(line).append('\n');
    }
  }

  @Test
  void salesThroughTwoNodesWhileOneStopsAndStarts() throws Exception {
    Files.createDirectories(WORK);
    int sales = Integer.getInteger("cluster.sales", 200);
    int officers = Integer.getInteger("cluster.officers", 6);
    int[] ports = Arrays.stream(System.getProperty("cluster.ports", "8281,8282").split(","))
        .mapToInt(p -> Integer.parseInt(p.strip())).toArray();
    int nodeCount = Integer.getInteger("cluster.nodes", 2);
    int kills = Integer.getInteger("cluster.kills", 0);
    smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    for (int i = 0; i < nodeCount; i++) {
      nodes.add(new Node("node" + (i + 1), ports[i]));
    }
    try {
      // the first start creates the schema and the deployment: one node first, then the other
      for (Node node : nodes) {
        node.start();
      }
      deployQueueStandardAsAnAnalyst();
      run(sales, officers, kills);
    } finally {
      for (Node node : nodes) {
        if (node.process != null && node.process.isAlive()) {
          node.process.destroy();
          node.process.waitFor();
        }
      }
      smtp.stop();
      Files.writeString(WORK.resolve("report.txt"), report);
    }
  }

  private void run(int sales, int officers, int kills) throws Exception {
    String tag = letters(Instant.now().getEpochSecond() % 100_000);
    AtomicInteger nextSale = new AtomicInteger();
    AtomicInteger completed = new AtomicInteger();
    List<Sale> done = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(officers + 1);
    Instant t0 = Instant.now();
    List<Future<?>> work = new ArrayList<>();
    for (int o = 0; o < officers; o++) {
      String counter = "Loket " + (o % 3 + 1);
      work.add(pool.submit(() -> {
        int n;
        while ((n = nextSale.getAndIncrement()) < sales) {
          done.add(sale(n, tag, counter));
          completed.incrementAndGet();
        }
        return null;
      }));
    }
    // the disturbance. Cluster run (no kills given, two nodes): node2 stops gracefully at 25 % and comes back,
    // node1 is killed at 60 % and comes back. Crash run (cluster.kills=N): N SIGKILLs at evenly spaced
    // points of the run, the nodes in turn (with cluster.nodes=1 the whole application goes down each time)
    Future<?> chaos = kills > 0 ? pool.submit(() -> {
      for (int k = 1; k <= kills; k++) {
        awaitCompleted(completed, sales * k / (kills + 1));
        Node victim = nodes.get((k - 1) % nodes.size());
        victim.stop(true);
        Thread.sleep(3000);
        victim.start();
      }
      return null;
    }) : pool.submit(() -> {
      awaitCompleted(completed, sales / 4);
      Node second = nodes.get(1);
      second.stop(false);
      Thread.sleep(5000);
      second.start();
      awaitCompleted(completed, sales * 3 / 5);
      Node first = nodes.get(0);
      first.stop(true);
      Thread.sleep(5000);
      first.start();
      return null;
    });
    for (Future<?> f : work) {
      f.get();
    }
    chaos.get();
    pool.shutdown();
    Duration took = Duration.between(t0, Instant.now());
    log("%d sales by %d officers through %d node(s), %d SIGKILL(s) under load, in %d s (%.2f sales/s), "
        + "%d HTTP requests, %d retried after a node went away",
        sales, officers, nodes.size(), kills > 0 ? kills : 1, took.toSeconds(), sales / (took.toMillis() / 1000.0), requests.get(), retries.get());
    verify(done);
  }

  private void awaitCompleted(AtomicInteger completed, int count) throws InterruptedException {
    while (completed.get() < count) {
      Thread.sleep(200);
    }
  }

  // ---- one sale ---------------------------------------------------------------------------------

  record Sale(int number, String processInstanceId, String visitorEmail) {}

  private Sale sale(int number, String tag, String counter) throws Exception {
    ClusterSaleSteps.Sale sale = new ClusterSaleSteps.Sale(number, "Pembeli " + tag + " " + letters(number),
        "pembeli" + number + "." + tag.toLowerCase() + "@example.com", counter, 0);
    AtomicInteger stepNo = new AtomicInteger(number); // alternate nodes per step, starting differently per sale
    String pi = startSale(sale, stepNo);
    awaitQueueTimer(pi, stepNo, number % 3 == 0);
    for (ClusterSaleSteps.Step step : ClusterSaleSteps.STEPS) {
      String taskId = awaitTask(pi, step, stepNo);
      if (ClusterSaleSteps.CASH_TASK.equals(step.taskKey())) {
        long total = json.readTree(call(stepNo, "GET", "/engine-rest/task/" + taskId + "/variables/orderTotal",
            step.user(), null).body()).path("value").asLong();
        sale = new ClusterSaleSteps.Sale(sale.number(), sale.visitorName(), sale.visitorEmail(), sale.counter(), total);
      }
      complete(taskId, step, sale, stepNo);
      handleEscalation(pi, stepNo);
    }
    // the sale ends when the escalation (if its timer fired) is handled too
    Instant deadline = Instant.now().plus(STEP_TIMEOUT);
    while (true) {
      JsonNode history = json.readTree(call(stepNo, "GET", "/engine-rest/history/process-instance/" + pi, "admin",
          null).body());
      if ("COMPLETED".equals(history.path("state").asText())) {
        break;
      }
      handleEscalation(pi, stepNo);
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("sale " + number + " (" + pi + ") not completed: " + history);
      }
      Thread.sleep(300);
    }
    return new Sale(number, pi, sale.visitorEmail());
  }

  private String startSale(ClusterSaleSteps.Sale sale, AtomicInteger stepNo) throws Exception {
    String body = json.writeValueAsString(Map.of("variables", ClusterSaleSteps.startForm(sale)));
    for (int attempt = 1; ; attempt++) {
      try {
        HttpResponse<String> r = send(node(stepNo), "POST", "/engine-rest/process-definition/key/"
            + ClusterSaleSteps.PROCESS_KEY + "/submit-form", "petugas1", body);
        if (r.statusCode() == 200) {
          return json.readTree(r.body()).path("id").asText();
        }
        throw new AssertionError("start refused: " + r.statusCode() + " " + r.body());
      } catch (IOException nodeWentAway) {
        retries.incrementAndGet();
        // did the start commit before the node went away? the visitor's name is unique in this run
        String found = findByVisitor(sale.visitorName(), stepNo);
        if (found != null) {
          return found;
        }
        if (attempt > 20) {
          throw nodeWentAway;
        }
        Thread.sleep(500);
      }
    }
  }

  private String findByVisitor(String visitorName, AtomicInteger stepNo) throws Exception {
    String query = "variables=" + URLEncoder.encode("visitorName_eq_" + visitorName, StandardCharsets.UTF_8);
    JsonNode list = json.readTree(call(stepNo, "GET", "/engine-rest/history/process-instance?" + query, "admin",
        null).body());
    return list.isEmpty() ? null : list.get(0).path("id").asText();
  }

  /**
   * Every third visitor waits in the queue until the service standard has passed: their queue clock
   * starts (at once, or when a counter session ahead ends), and the sale's queue timers, fired on either
   * node, escalate to the supervisor once clock start + standard has passed. The others are called at
   * once (their timer is cancelled).
   */
  private void awaitQueueTimer(String pi, AtomicInteger stepNo, boolean waits) throws Exception {
    if (!waits) {
      return;
    }
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      JsonNode escalation = json.readTree(call(stepNo, "GET", "/engine-rest/task?processInstanceId=" + pi
          + "&taskDefinitionKey=" + ClusterSaleSteps.QUEUE_ESCALATION.taskKey(), "admin", null).body());
      if (!escalation.isEmpty()) {
        return;
      }
      Thread.sleep(500);
    }
    log("sale %s: the queue timer did not fire within 60 s; the visitor is called anyway", pi);
  }

  private void handleEscalation(String pi, AtomicInteger stepNo) throws Exception {
    ClusterSaleSteps.Step step = ClusterSaleSteps.QUEUE_ESCALATION;
    JsonNode tasks = json.readTree(call(stepNo, "GET", "/engine-rest/task?processInstanceId=" + pi
        + "&taskDefinitionKey=" + step.taskKey(), step.user(), null).body());
    for (JsonNode task : tasks) {
      complete(task.path("id").asText(), step, null, stepNo);
      escalationsHandled.computeIfAbsent(pi, k -> new AtomicInteger()).incrementAndGet();
    }
  }

  private String awaitTask(String pi, ClusterSaleSteps.Step step, AtomicInteger stepNo) throws Exception {
    Instant deadline = Instant.now().plus(STEP_TIMEOUT);
    while (true) {
      JsonNode tasks = json.readTree(call(stepNo, "GET", "/engine-rest/task?processInstanceId=" + pi
          + "&taskDefinitionKey=" + step.taskKey(), step.user(), null).body());
      if (tasks.size() == 1) {
        return tasks.get(0).path("id").asText();
      }
      if (tasks.size() > 1) {
        throw new AssertionError(tasks.size() + " tasks " + step.taskKey() + " in " + pi);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("no task " + step.taskKey() + " in " + pi + " after " + STEP_TIMEOUT);
      }
      Thread.sleep(200);
    }
  }

  /**
   * Completes the task through the next node. When the node goes away mid-request, the task is looked
   * up again: gone means the completion committed; still there means it is sent again.
   */
  private void complete(String taskId, ClusterSaleSteps.Step step, ClusterSaleSteps.Sale sale, AtomicInteger stepNo)
      throws Exception {
    String body = json.writeValueAsString(Map.of("variables", step.variables().apply(sale)));
    for (int attempt = 1; ; attempt++) {
      try {
        HttpResponse<String> r = send(node(stepNo), "POST", "/engine-rest/task/" + taskId + "/submit-form",
            step.user(), body);
        if (r.statusCode() == 204) {
          return;
        }
        // 409: a concurrent change of the sale (e.g. its queue timer) or a completion that already went through
        boolean concurrent = r.statusCode() == 409 || r.body().contains("OptimisticLocking")
            || r.body().contains("concurrent") || r.body().contains("Deadlock") || r.statusCode() == 503;
        if (!concurrent && r.statusCode() != 404 && r.statusCode() != 500) {
          throw new AssertionError(step.taskKey() + " refused: " + r.statusCode() + " " + r.body());
        }
      } catch (IOException nodeWentAway) {
        // fall through to the check below
      }
      retries.incrementAndGet();
      HttpResponse<String> still = call(stepNo, "GET", "/engine-rest/task/" + taskId, "admin", null);
      if (still.statusCode() == 404) {
        return; // it committed before the answer was lost
      }
      if (attempt > 30) {
        throw new AssertionError(step.taskKey() + " could not be completed: " + still.body());
      }
      Thread.sleep(300);
    }
  }

  // ---- HTTP -------------------------------------------------------------------------------------

  /** The node for the next step: the other one than last time, or the one that is up. */
  private Node node(AtomicInteger stepNo) {
    Node preferred = nodes.get(stepNo.getAndIncrement() % nodes.size());
    if (preferred.up) {
      return preferred;
    }
    return nodes.stream().filter(n -> n.up).findFirst().orElse(preferred);
  }

  /** A request that is retried on the other node while a node is away (for reads and safe repeats). */
  private HttpResponse<String> call(AtomicInteger stepNo, String method, String path, String user, String body)
      throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        HttpResponse<String> r = send(node(stepNo), method, path, user, body);
        if (r.statusCode() != 503 && r.statusCode() != 502) {
          return r;
        }
      } catch (IOException nodeWentAway) {
        // with one node, the whole application is away while it restarts (up to a few minutes under load)
        if (attempt > 600) {
          throw nodeWentAway;
        }
      }
      retries.incrementAndGet();
      Thread.sleep(500);
    }
  }

  private HttpResponse<String> send(Node node, String method, String path, String user, String body)
      throws IOException, InterruptedException {
    requests.incrementAndGet();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.base() + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  // ---- the checks in the database ---------------------------------------------------------------

  private void verify(List<Sale> done) throws Exception {
    List<String> ids = done.stream().map(Sale::processInstanceId).toList();
    assertThat(Set.copyOf(ids)).as("one process instance per sale").hasSize(done.size());
    try (Connection db = DriverManager.getConnection(System.getenv("DB_URL"),
        System.getenv().getOrDefault("DB_USER", "pst"), System.getenv().getOrDefault("DB_PASSWORD", "pst"))) {
      // every sale completed exactly once
      long instances = count(db, "select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'penjualan-produk-statistik'");
      long completedOnce = count(db, "select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = "
          + "'penjualan-produk-statistik' and STATE_ = 'COMPLETED' and END_ACT_ID_ = '" + ClusterSaleSteps.END_COMPLETED
          + "'");
      long requestsCompleted = count(db, "select count(*) from pst_sale_request where status = 'COMPLETED'");
      long requestsAll = count(db, "select count(*) from pst_sale_request");
      long receipts = count(db, "select count(distinct receipt_number) from pst_receipt");
      long receiptSeqMax = count(db, "select coalesce(max(seq_no), 0) from pst_receipt");
      long requestSeq = count(db, "select count(distinct request_number) from pst_sale_request");
      log("process instances %d, completed at %s %d; requests %d (distinct numbers %d), completed %d; "
          + "receipts %d (highest number %d)", instances, ClusterSaleSteps.END_COMPLETED, completedOnce, requestsAll,
          requestSeq, requestsCompleted, receipts, receiptSeqMax);
      assertThat(instances).isEqualTo(done.size());
      assertThat(completedOnce).isEqualTo(done.size());
      assertThat(requestsAll).isEqualTo(done.size());
      assertThat(requestsCompleted).isEqualTo(done.size());
      assertThat(receipts).isEqualTo(done.size());
      assertThat(receiptSeqMax).as("receipt numbers without gaps").isEqualTo(done.size());

      // every user task of every sale completed exactly once
      long twice = count(db, "select count(*) from (select PROC_INST_ID_, TASK_DEF_KEY_ from ACT_HI_TASKINST "
          + "group by PROC_INST_ID_, TASK_DEF_KEY_ having count(*) > 1) t");
      long tasks = count(db, "select count(*) from ACT_HI_TASKINST where DELETE_REASON_ = 'completed'");
      log("user tasks completed %d; task of a sale completed more than once: %d", tasks, twice);
      assertThat(twice).isZero();

      // timers and jobs. The job log is not kept (README "Performance": history keeps job failures only), so
      // "ran once" is read where it shows: an asynchronous step or a timer that ran twice would have two
      // finished activity instances in its sale, and two documents of one kind (except the queue check's
      // Timer_QueueWaitRemaining, which waits again, as a new job, each time the standard has not run out yet)
      long stepTwice = count(db, "select count(*) from (select PROC_INST_ID_, ACT_ID_ from ACT_HI_ACTINST where "
          + "END_TIME_ is not null and ACT_TYPE_ in ('serviceTask', 'intermediateTimer', 'boundaryTimer', "
          + "'sendTask', 'businessRuleTask') and ACT_ID_ <> 'Timer_QueueWaitRemaining' "
          + "group by PROC_INST_ID_, ACT_ID_ having count(*) > 1) t");
      long asyncSteps = count(db, "select count(*) from ACT_HI_ACTINST where END_TIME_ is not null and ACT_TYPE_ = "
          + "'serviceTask'");
      long documentTwice = count(db, "select count(*) from (select request_number, doc_kind from pst_document where "
          + "doc_version = 1 group by request_number, doc_kind having count(*) > 1) t");
      long queueTimersFired = count(db, "select count(*) from ACT_HI_ACTINST where ACT_ID_ = 'Timer_QueueWait' "
          + "and END_TIME_ is not null and ACT_INST_STATE_ <> 2");
      long standardsRunOut = count(db, "select count(*) from ACT_HI_ACTINST where ACT_ID_ = 'End_QueueClock'");
      long escalations = count(db, "select count(*) from ACT_HI_TASKINST where TASK_DEF_KEY_ = 'Task_QueueEscalation'");
      long escalationTwice = count(db, "select count(*) from (select PROC_INST_ID_ from ACT_HI_TASKINST where "
          + "TASK_DEF_KEY_ = 'Task_QueueEscalation' group by PROC_INST_ID_ having count(*) > 1) t");
      long jobsFailed = count(db, "select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 1");
      long incidents = count(db, "select count(*) from ACT_HI_INCIDENT");
      long jobsLeft = count(db, "select count(*) from ACT_RU_JOB where HANDLER_TYPE_ <> 'history-cleanup'");
      Map<String, Long> failuresPerNode = group(db, "select HOSTNAME_, count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 1 "
          + "group by HOSTNAME_");
      log("service-task steps finished %d, a step, job or timer finished twice in a sale: %d, a document issued "
          + "twice: %d; queue timers fired %d -> escalations %d (twice: %d); failed job attempts %d %s, incidents %d, "
          + "jobs left %d", asyncSteps, stepTwice, documentTwice, queueTimersFired, escalations, escalationTwice,
          jobsFailed, failuresPerNode, incidents, jobsLeft);
      assertThat(stepTwice).isZero();
      assertThat(documentTwice).isZero();
      assertThat(escalationTwice).isZero();
      // a queue timer that fires before the ticket's clock has run the standard only checks again
      assertThat(queueTimersFired).as("queue timers fired in this run").isPositive();
      assertThat(escalations).as("escalations = queue standards run out").isPositive().isEqualTo(standardsRunOut);
      assertThat(incidents).isZero();
      assertThat(jobsLeft).isZero();

      // every mail sent once: all outbox rows SENT, and the SMTP server got each outbox id exactly once
      Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
      while (count(db, "select count(*) from pst_mail_outbox where status <> 'SENT'") > 0
          && Instant.now().isBefore(deadline)) {
        Thread.sleep(1000);
      }
      long outbox = count(db, "select count(*) from pst_mail_outbox");
      long outboxSent = count(db, "select count(*) from pst_mail_outbox where status = 'SENT'");
      Map<String, Long> sentPerNode = group(db, "select sent_by, count(*) from pst_mail_outbox group by sent_by");
      Map<String, Long> received = new HashMap<>();
      for (MimeMessage m : smtp.getReceivedMessages()) {
        received.merge(m.getHeader("X-PST-Mail-Id", null), 1L, Long::sum);
      }
      long duplicates = received.values().stream().filter(c -> c > 1).count();
      log("mails in outbox %d, sent %d (per node %s); received by SMTP %d, distinct mail ids %d, received twice %d",
          outbox, outboxSent, sentPerNode, smtp.getReceivedMessages().length, received.size(), duplicates);
      assertThat(outboxSent).isEqualTo(outbox);
      assertThat(outbox).isGreaterThanOrEqualTo(5L * done.size());
      assertThat(received).hasSize((int) outbox);
      assertThat(duplicates).isZero();

      log("escalations handled by the driver %d", escalationsHandled.values().stream().mapToInt(AtomicInteger::get).sum());
      log("node starts: %s", nodes.stream().map(n -> n.id + "=" + n.starts).collect(Collectors.joining(", ")));
    }
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Map<String, Long> group(Connection db, String sql) throws SQLException {
    Map<String, Long> result = new LinkedHashMap<>();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        result.put(String.valueOf(rs.getString(1)), rs.getLong(2));
      }
    }
    return result;
  }

  /** Visitor names allow letters only: 0 -> "A", 27 -> "BB" (bijective base 26). */
  static String letters(long n) {
    StringBuilder s = new StringBuilder();
    long v = n + 1;
    while (v > 0) {
      v--;
      s.insert(0, (char) ('A' + v % 26));
      v /= 26;
    }
    return s.toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
