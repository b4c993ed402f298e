package id.go.bps.pst.process;

import static id.go.bps.pst.process.ProcessTestSupport.*;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=false", "camunda.bpm.admin-user.password=admin",
    "pst.documents.storage-directory=target/test-documents-prof", "spring.datasource.url=jdbc:h2:mem:prof;DB_CLOSE_DELAY=-1"})
@Import(StatementProfileTmpTest.Proxy.class)
class StatementProfileTmpTest {
  static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();
  static volatile boolean on;

  @TestConfiguration
  static class Proxy {
    @Bean
    static BeanPostProcessor proxy() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          if (bean instanceof DataSource ds && !(bean.getClass().getName().contains("Proxy"))) {
            return ProxyDataSourceBuilder.create(ds).afterQuery((exec, queries) -> {
              if (!on) return;
              for (var q : queries) {
                String sql = q.getQuery().trim().replaceAll("\\s+", " ").toUpperCase();
                String op = sql.split(" ")[0];
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:FROM|INTO|UPDATE)\\s+([A-Z_0-9.]+)").matcher(sql);
                String table = m.find() ? m.group(1) : "?";
                int n = Math.max(1, q.getParametersList().size());
                COUNTS.computeIfAbsent(op + " " + table, k -> new AtomicInteger()).addAndGet(n);
                if (table.contains("AUTHORIZATION") && op.equals("SELECT")) {
                  String where = java.util.Arrays.stream(Thread.currentThread().getStackTrace())
                      .map(StackTraceElement::toString).filter(x -> x.contains("Cmd.execute") || x.contains("id.go.bps"))
                      .limit(3).collect(java.util.stream.Collectors.joining(" < "));
                  COUNTS.computeIfAbsent("  AUTH@ " + where, k -> new AtomicInteger()).addAndGet(n);
                }
              }
            }).build();
          }
          return bean;
        }
      };
    }
  }

  @Autowired ProcessEngine engine;

  @Test
  void profile() {
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
    sale(); // warm
    COUNTS.clear();
    on = true;
    sale();
    on = false;
    var pi = engine.getHistoryService().createHistoricProcessInstanceQuery().orderByProcessInstanceStartTime().desc().list().get(0);
    COUNTS.put("  VARS " + engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list()
        .stream().map(v -> v.getName()).sorted().toList(), new AtomicInteger(0));
    int total = COUNTS.values().stream().mapToInt(AtomicInteger::get).sum();
    StringBuilder sb = new StringBuilder("TOTAL " + total + "\n");
    new TreeMap<>(COUNTS).forEach((k, v) -> sb.append(String.format("%5d %s%n", v.get(), k)));
    System.out.println(sb);
    try { java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/prof/profile.txt"), sb); } catch (Exception e) { }
  }

  private void sale() {
    ProcessInstance pi = start(engine, guestBook("Siti", "INDIVIDUAL"));
    complete(engine, pi, "Task_CallVisitor", vars("counterName", "Loket 1"));
    complete(engine, pi, "Task_RecordRequest", with(cart(publication("kab-tana-tidung-dalam-angka-2025")), vars("commercial", false, "purpose", "Penelitian")));
    complete(engine, pi, "Task_ExplainTerms", vars("zeroTariffRequested", false));
    complete(engine, pi, "Task_AcceptTerms", vars("termsDecision", "ACCEPT", "documentsSubmitted", json("[\"IDENTITY_CARD\"]")));
    complete(engine, pi, "Task_CheckDocuments", vars("documentCheck", "COMPLETE"));
    executeJob(engine, pi, "Task_IssueInvoice");
    complete(engine, pi, "Task_ReviewInvoice", vars("invoiceReview", "OK"));
    complete(engine, pi, "Task_ChoosePaymentMethod", vars("paymentMethod", "CASH"));
    complete(engine, pi, "Task_ReceiveCash", vars("cashReceived", true));
    complete(engine, pi, "Task_IssueReceipt", vars());
    executeJob(engine, pi, "Task_GenerateReceipt");
    complete(engine, pi, "Task_PrepareProduct", vars());
    complete(engine, pi, "Task_Handover", vars());
    executeJob(engine, pi, "Task_GenerateHandover");
    complete(engine, pi, "Task_ReviewProduct", vars("productReview", "OK"));
    complete(engine, pi, "Task_RateService", vars("surveyQ1", 4, "surveyQ2", 4, "surveyQ3", 4, "surveyQ4", 4,
        "surveyQ5", 4, "surveyQ6", 4, "surveyQ7", 4, "surveyQ8", 4, "surveyQ9", 4));
  }
}
