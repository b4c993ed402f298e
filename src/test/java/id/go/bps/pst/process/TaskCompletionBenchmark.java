package id.go.bps.pst.process;

import static id.go.bps.pst.process.ProcessTestSupport.cart;
import static id.go.bps.pst.process.ProcessTestSupport.guestBook;
import static id.go.bps.pst.process.ProcessTestSupport.json;
import static id.go.bps.pst.process.ProcessTestSupport.publication;
import static id.go.bps.pst.process.ProcessTestSupport.vars;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark, not a test: N officers (threads) each take sales from guest book to rating (publication,
 * cash), completing every task through the engine with their group's authorizations and running the
 * asynchronous steps themselves. Prints sales per second and the latency of task completion (p50,
 * p95, p99). Runs only with {@code -Dbench=true}; on MariaDB with PST_IT_DB=mariadb (see TestDatabase):
 *
 * <pre>PST_IT_DB=mariadb DB_URL=... mvn test -Dtest=TaskCompletionBenchmark -Dbench=true</pre>
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "camunda.bpm.admin-user.password=admin",
    "spring.datasource.hikari.maximum-pool-size=24", "logging.level.root=WARN",
    "pst.documents.storage-directory=target/bench-documents"})
class TaskCompletionBenchmark {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    id.go.bps.pst.TestDatabase.register(registry);
  }

  @Autowired ProcessEngine engine;
  @Autowired javax.sql.DataSource dataSource;
  private long salesMeasured;

  /** MariaDB's count of statements received (Questions); null on H2. */
  private Long statements() {
    try (var c = dataSource.getConnection(); var st = c.createStatement();
        var rs = st.executeQuery("show global status like 'Questions'")) {
      return rs.next() ? rs.getLong(2) : null;
    } catch (java.sql.SQLException notMariaDb) {
      return null;
    }
  }
  private final Map<String, java.util.Queue<Long>> perStep = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger conflicts = new java.util.concurrent.atomic.AtomicInteger();

  @Test
  void officersCompletingSales() throws Exception {
    run(2, 2, false); // warm-up
    Long statementsBefore = statements();
    StringBuilder report = new StringBuilder();
    for (String o : System.getProperty("bench.officers", "1,4,16").split(",")) {
      int officers = Integer.parseInt(o.strip());
      report.append(run(officers, Integer.getInteger("bench.sales", 8), true)).append('\n');
    }
    if (statementsBefore != null) {
      report.append("SQL statements sent to the database per sale: ")
          .append((statements() - statementsBefore) / salesMeasured).append('\n');
    }
    report.append("median per step (all runs): ");
    perStep.forEach((step, values) -> {
      List<Long> v = new ArrayList<>(values);
      Collections.sort(v);
      report.append(step).append(' ').append("%.1f".formatted(pct(v, 50))).append(" ms; ");
    });
    System.out.println(report);
    Files.writeString(Path.of("target", "benchmark-task-completion.txt"), report, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING);
  }

  private String run(int officers, int salesPerOfficer, boolean print) throws Exception {
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    conflicts.set(0);
    ExecutorService pool = Executors.newFixedThreadPool(officers);
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger officerNo = new java.util.concurrent.atomic.AtomicInteger();
    for (int o = 0; o < officers; o++) {
      futures.add(pool.submit(() -> {
        String counter = "Loket " + (officerNo.incrementAndGet());
        for (int s = 0; s < salesPerOfficer; s++) {
          sale(latencies, counter);
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    int sales = officers * salesPerOfficer;
    salesMeasured += sales;
    return "%d officers: %d sales in %.1f s = %.1f sales/s; %d task completions, latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %d completions retried after a concurrent update"
        .formatted(officers, sales, seconds, sales / seconds, sorted.size(), pct(sorted, 50), pct(sorted, 95),
            pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6, conflicts.get());
  }

  private void sale(List<Long> latencies, String counter) {
    ProcessInstance pi = ProcessTestSupport.start(engine, guestBook("Siti Aminah", "INDIVIDUAL"));
    complete(pi, "Task_CallVisitor", vars("counterName", counter), latencies);
    complete(pi, "Task_RecordRequest", vars("items", json(cart(publication("kab-tana-tidung-dalam-angka-2025"))),
        "commercial", false, "purpose", "Penelitian"), latencies);
    complete(pi, "Task_ExplainTerms", vars("termsExplained", true, "zeroTariffRequested", false), latencies);
    complete(pi, "Task_AcceptTerms", vars("termsDecision", "ACCEPT", "documentsSubmitted", json("[\"IDENTITY_CARD\"]")),
        latencies);
    complete(pi, "Task_CheckDocuments", vars("documentCheck", "COMPLETE"), latencies);
    jobs(pi);
    complete(pi, "Task_ReviewInvoice", vars("invoiceReview", "OK"), latencies);
    complete(pi, "Task_ChoosePaymentMethod", vars("paymentMethod", "CASH"), latencies);
    long total = (Long) engine.getRuntimeService().getVariable(pi.getId(), "orderTotal");
    complete(pi, "Task_ReceiveCash", vars("cashAmount", total), latencies);
    complete(pi, "Task_IssueReceipt", vars("receiptConfirmed", true), latencies);
    jobs(pi);
    complete(pi, "Task_PrepareProduct", vars("productReady", true), latencies);
    complete(pi, "Task_Handover", vars("productsHandedOver", true), latencies);
    jobs(pi);
    complete(pi, "Task_ReviewProduct", vars("productReview", "OK"), latencies);
    complete(pi, "Task_RateService", vars("surveyQ1", 4, "surveyQ2", 4, "surveyQ3", 4, "surveyQ4", 4, "surveyQ5", 4,
        "surveyQ6", 4, "surveyQ7", 4, "surveyQ8", 4, "surveyQ9", 4), latencies);
  }

  private void complete(ProcessInstance pi, String key, Map<String, Object> variables, List<Long> latencies) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
        .singleResult();
    String group = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> l.getGroupId() != null).map(l -> l.getGroupId()).findFirst().orElse("petugas");
    engine.getIdentityService().setAuthentication("bench-" + group, List.of(group));
    try {
      for (int attempt = 1; ; attempt++) {
        long t0 = System.nanoTime();
        try {
          engine.getTaskService().complete(task.getId(), Variables.fromMap(variables));
          long took = System.nanoTime() - t0;
          latencies.add(took);
          perStep.computeIfAbsent(key, k -> new java.util.concurrent.ConcurrentLinkedQueue<>()).add(took);
          return;
        } catch (org.camunda.bpm.engine.OptimisticLockingException
            | org.camunda.bpm.engine.ProcessEnginePersistenceException concurrentUpdate) {
          // a concurrent update (e.g. this ticket's queue clock started at the same instant) or a
          // database deadlock: Tasklist shows an error and the officer presses Complete again
          conflicts.incrementAndGet();
          if (attempt == 5) {
            throw concurrentUpdate;
          }
        }
      }
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void jobs(ProcessInstance pi) {
    List<Job> jobs;
    while (!(jobs = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable()
        .list()).isEmpty()) {
      for (Job job : jobs) {
        if (job.getDuedate() == null) {
          engine.getManagementService().executeJob(job.getId());
        }
      }
      if (jobs.stream().allMatch(j -> j.getDuedate() != null)) {
        return; // only timers left
      }
    }
  }

  private static double pct(List<Long> sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, i)) / 1e6;
  }
}
