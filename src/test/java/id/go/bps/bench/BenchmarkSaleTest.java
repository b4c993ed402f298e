package id.go.bps.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bps.pst.PstApplication;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keeps the benchmark working as the sale changes (the benchmark itself runs only with
 * {@code mvn -Pbench verify}; nothing here is timed): the generic driver works a whole sale of the
 * current model with {@link SaleVariables} (a new user task without an entry fails here, naming it),
 * and the stock sale generated from its trace runs on a plain Camunda engine through the same user
 * tasks, in the same order, with nothing of ours left in it.
 */
// the application lives in another package than this test: named, as SharedContextTest finds it for the others
@org.springframework.test.context.ContextConfiguration(classes = PstApplication.class)
class BenchmarkSaleTest extends id.go.bps.pst.SharedContextTest {

  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;

  /**
   * The engine settings the README's performance figures rest on are in force (the starter silently
   * overwrote a generic property {@code authorizationCheckRevokes} with its own default 'auto' once).
   */
  @Test
  void theEngineRunsWithTheSettingsThePerformanceFiguresAssume() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.getAuthorizationCheckRevokes()).isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
    assertThat(config.isAuthorizationEnabled()).isTrue();
    assertThat(config.isTenantCheckEnabled()).isTrue();
    assertThat(config.isCmmnEnabled()).isFalse();
    assertThat(config.isStandaloneTasksEnabled()).isFalse();
    assertThat(config.isTaskMetricsEnabled()).isFalse();
    assertThat(config.getHistoryLevel().getName()).isEqualTo("pst");
    assertThat(config.getHistoryRemovalTimeStrategy()).isEqualTo(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_NONE);
    // history is written by the engine's writer less the start-time reads of ended user tasks, not beside it
    assertThat(config.isEnableDefaultDbHistoryEventHandler()).isFalse();
    assertThat(config.getCustomHistoryEventHandlers()).extracting(h -> h.getClass().getSimpleName())
        .containsOnlyOnce("TaskAwareDbHistoryEventHandler");
  }

  @Test
  void oursAndTheGeneratedStockSaleCompleteTheSameUserTasksInOrder() throws Exception {
    List<String> steps = new ArrayList<>();
    SaleDriver.Recorder recorder = new SaleDriver.Recorder() {
      @Override
      public void step(String step, boolean userTask, long nanos, long cpuNanos) {
        steps.add(step);
      }

      @Override
      public void retry(String step, String kind) {
        throw new AssertionError("no concurrent update expected with one officer: " + kind + " at " + step);
      }
    };
    String pi = new SaleDriver(engine, dataSource, "penjualan-produk-statistik").sale(1, recorder);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult()
        .getEndActivityId()).isEqualTo("End_Completed");
    List<String> trace = engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi)
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
        .map(a -> a.getActivityId()).toList();
    BpmnModelInstance ours = ourModel();
    List<String> oursTasks = StockModel.userTasksIn(trace, ours);
    assertThat(oursTasks).startsWith("Task_CallVisitor").endsWith("Task_RateService")
        .containsSubsequence("Task_CheckDocuments", "Task_ReviewInvoice", "Task_ReceiveCash", "Task_IssueReceipt");
    assertThat(steps).filteredOn(s -> s.startsWith("job:")).contains("job:Task_IssueInvoice", "job:Task_GenerateReceipt");

    BpmnModelInstance stockModel = StockModel.generate(ours, trace);
    String xml = Bpmn.convertToString(stockModel);
    assertThat(xml).doesNotContain("delegateExpression", "Listener", "formRef", "decisionRef", "inputOutput",
        "BPMNDiagram");
    // conditions are left only where the sale never goes: inside event sub-processes
    assertThat(stockModel.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.SequenceFlow.class))
        .filteredOn(f -> f.getConditionExpression() != null)
        .allSatisfy(f -> assertThat(((org.camunda.bpm.model.bpmn.instance.SubProcess) f.getParentElement())
            .triggeredByEvent()).isTrue());
    assertThat(stockModel.getModelElementsByType(ServiceTask.class)).allSatisfy(t ->
        assertThat(t.getCamundaClass()).isEqualTo(id.go.bps.bench.stock.NoOpDelegate.class.getName()));
    assertThat(stockModel.getModelElementsByType(UserTask.class)).extracting(UserTask::getId)
        .containsAll(oursTasks);

    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:bench-stock-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .setProcessEngineName("bench-stock-test").setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(false);
    config.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
    ProcessEngine stock = config.buildProcessEngine();
    try {
      stock.getRepositoryService().createDeployment().addModelInstance("stock-sale.bpmn", stockModel).deploy();
      List<String> stockSteps = new ArrayList<>();
      steps.clear();
      String stockPi = new SaleDriver(stock, config.getDataSource(), "penjualan-produk-statistik").sale(1, recorder);
      stockSteps.addAll(steps);
      List<String> stockTrace = stock.getHistoryService().createHistoricActivityInstanceQuery()
          .processInstanceId(stockPi).orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence()
          .asc().list().stream().map(a -> a.getActivityId()).toList();
      assertThat(StockModel.userTasksIn(stockTrace, stockModel)).isEqualTo(oursTasks);
      assertThat(stockSteps).filteredOn(s -> s.startsWith("job:"))
          .containsExactlyElementsOf(trace.stream().filter(id -> isAsync(ours, id)).map(id -> "job:" + id).toList());
      assertThat(stock.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(stockPi)
          .singleResult().getEndActivityId()).isEqualTo("End_Completed");
    } finally {
      stock.close();
    }
  }

  @Test
  void aUserTaskWithoutVariablesStopsTheBenchmarkNamingIt() {
    assertThatThrownBy(() -> SaleVariables.forTask("Task_NotInTheModelYet", null))
        .hasMessageContaining("'Task_NotInTheModelYet'").hasMessageContaining("SaleVariables");
  }

  @Test
  void settingsTakeAnEmptyPasswordAsEmptyAndDefaultOnlyWhenUnset() {
    Properties none = new Properties();
    BenchSettings defaults = BenchSettings.from(Map.of(), none);
    assertThat(defaults.ours()).isEqualTo(new BenchSettings.Database("jdbc:mariadb://localhost:3306/pst_bench", "pst", "pst"));
    assertThat(defaults.stock().url()).isEqualTo("jdbc:mariadb://localhost:3306/pst_bench_stock");

    BenchSettings root = BenchSettings.from(Map.of("DB_URL", "jdbc:mariadb://localhost/pst_x?useSsl=false",
        "DB_USER", "root", "DB_PASSWORD", ""), none);
    assertThat(root.ours().password()).isEmpty();
    assertThat(root.stock()).isEqualTo(new BenchSettings.Database("jdbc:mariadb://localhost/pst_x_stock?useSsl=false",
        "root", ""));
    assertThatThrownBy(() -> BenchSettings.from(Map.of("DB_URL", "jdbc:h2:mem:x"), none))
        .hasMessageContaining("MariaDB");

    Properties p = new Properties();
    p.setProperty("bench.duration", "12s");
    p.setProperty("bench.rounds", "4");
    p.setProperty("bench.officers", "2, 8");
    BenchSettings s = BenchSettings.from(Map.of(), p);
    assertThat(s.roundDuration()).hasMillis(3000);
    assertThat(s.officers()).containsExactly(2, 8);
  }

  @Test
  void statementsAreClassifiedByTheirFirstTable() {
    assertThat(StatementCounter.family("insert into ACT_HI_ACTINST (ID_) values (?)"))
        .isEqualTo(StatementCounter.Family.HISTORY);
    assertThat(StatementCounter.family("select * from ACT_RU_VARIABLE where EXECUTION_ID_ = ?"))
        .isEqualTo(StatementCounter.Family.VARIABLES);
    assertThat(StatementCounter.family("update ACT_GE_BYTEARRAY set REV_ = ?")).isEqualTo(StatementCounter.Family.VARIABLES);
    assertThat(StatementCounter.family("select count(*) from ACT_RU_AUTHORIZATION A where A.TYPE_ = ?"))
        .isEqualTo(StatementCounter.Family.AUTHORIZATION);
    assertThat(StatementCounter.family("select distinct RES.* from ACT_RU_TASK RES left join ACT_RU_AUTHORIZATION AUTH"))
        .isEqualTo(StatementCounter.Family.RUNTIME);
    assertThat(StatementCounter.family("delete from ACT_RU_EXECUTION where ID_ = ?")).isEqualTo(StatementCounter.Family.RUNTIME);
    assertThat(StatementCounter.family("select o1_0.id from pst_order o1_0")).isEqualTo(StatementCounter.Family.OURS);
    assertThat(StatementCounter.family("select * from ACT_RE_PROCDEF")).isEqualTo(StatementCounter.Family.CAMUNDA_OTHER);
  }

  private static boolean isAsync(BpmnModelInstance model, String id) {
    var element = model.getModelElementById(id);
    return element != null && ("true".equals(element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn",
        "asyncBefore")) || "true".equals(element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "asyncAfter")));
  }

  private static BpmnModelInstance ourModel() throws Exception {
    try (InputStream in = BenchmarkSaleTest.class.getClassLoader().getResourceAsStream(Benchmark.OUR_MODEL)) {
      return StockModel.read(in);
    }
  }
}
