package id.go.bps.pst.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The main process as a model, in milliseconds: an in-memory engine, the real BPMN and DMN files, and
 * every delegate and listener replaced by a stand-in (no Spring, no database of ours). It proves the
 * wiring the model owns (paths, gateways, timers, messages, links) and that everything Java relies on
 * by name is in the model; {@link PenjualanProdukStatistikProcessTest} proves the same paths on the
 * real modules.
 */
class PenjualanProdukStatistikModelTest {

  private static final Path MODEL = Path.of("processes/penjualan-produk-statistik.bpmn");
  private static ProcessEngine engine;

  /** What the stand-in of the sale's records answers at the gateways. */
  public static final class Record {
    boolean zeroTariff;
    boolean microdata;
    boolean paid;

    public boolean zeroTariff(DelegateExecution e) {
      return zeroTariff;
    }

    public boolean hasMicrodata(DelegateExecution e) {
      return microdata;
    }

    public boolean paid(DelegateExecution e) {
      return paid;
    }
  }

  /**
   * What the stand-in of the queue clock answers at the check after a queue timer; counts its start
   * listener (where the real one refreshes the call task's due date).
   */
  public static final class QueueClockStandIn implements ExecutionListener {
    boolean exceeded;
    boolean cannotStart;
    String remaining = "PT7M";
    int checks;

    public boolean exceeded(DelegateExecution e) {
      return exceeded;
    }

    public boolean cannotStart(DelegateExecution e) {
      return cannotStart;
    }

    public String remaining(DelegateExecution e) {
      return remaining;
    }

    @Override
    public void notify(DelegateExecution e) {
      checks++;
    }
  }

  /** A delegate or listener that does nothing. */
  static final class NoOp implements JavaDelegate, ExecutionListener {
    @Override
    public void execute(DelegateExecution execution) {
    }

    @Override
    public void notify(DelegateExecution execution) {
    }
  }

  private final Record record = new Record();
  private final QueueClockStandIn queueClock = new QueueClockStandIn();

  @BeforeAll
  static void engine() throws Exception {
    ProcessEngineConfigurationImpl config = new StandaloneInMemProcessEngineConfiguration();
    config.setJdbcUrl("jdbc:h2:mem:model-test;DB_CLOSE_DELAY=-1");
    config.setExpressionManager(new MockExpressionManager());
    config.setHistory("audit");
    config.setJobExecutorActivate(false);
    config.setEnforceHistoryTimeToLive(true);
    engine = config.buildProcessEngine();
    var deployment = engine.getRepositoryService().createDeployment().name("model-test");
    for (Path p : List.of(MODEL, Path.of("processes/required-documents.dmn"), Path.of("processes/zero-tariff.dmn"))) {
      try (InputStream in = Files.newInputStream(p)) {
        deployment.addString(p.getFileName().toString(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    deployment.deploy();
    BpmnAwareTests.init(engine);
  }

  @AfterAll
  static void close() {
    // Mocks are per thread and every engine's expressions see them: later test classes on this thread
    // would otherwise run these stand-ins instead of the real delegates
    Mocks.reset();
    engine.close();
  }

  @BeforeEach
  void standIns() {
    Mocks.reset();
    NoOp noOp = new NoOp();
    BpmnModelInstance model = Bpmn.readModelFromFile(MODEL.toFile());
    // every ${bean} the model names gets a stand-in, so a new delegate in the model needs none here
    model.getModelElementsByType(BaseElement.class).forEach(e -> {
      for (String attribute : List.of("delegateExpression")) {
        String value = e.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", attribute);
        if (value != null) {
          Mocks.register(value.replaceAll("[${}]", ""), noOp);
        }
      }
    });
    model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener.class)
        .forEach(l -> {
          if (l.getCamundaDelegateExpression() != null) {
            Mocks.register(l.getCamundaDelegateExpression().replaceAll("[${}]", ""), noOp);
          }
        });
    Mocks.register("saleRecord", record);
    Mocks.register("queueClock", queueClock);
    Mocks.register("registerVisitorDelegate", (JavaDelegate) e -> {
      e.setProcessBusinessKey("6503-2026-000001");
      e.setVariable(ProcessKeys.REQUEST_NUMBER, "6503-2026-000001");
      e.setVariable("visitorName", "Siti");
      e.setVariable("ticketNumber", "P-001");
    });
    Mocks.register("priceOrderDelegate", (JavaDelegate) e -> {
      e.setVariable(ProcessKeys.HAS_MICRODATA, record.microdata);
      e.setVariable("hasPublication", !record.microdata);
      e.setVariable("hasMap", false);
    });
    Mocks.register("issueBillingCodeDelegate", (JavaDelegate) e ->
        e.setVariable("billingExpiresAt", Date.from(java.time.Instant.now().plus(Duration.ofDays(7)))));
  }

  private ProcessInstance throughDocuments(String category) {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(ProcessKeys.PROCESS_KEY,
        withVariables("userCategory", category, "commercial", false));
    assertThat(pi).isWaitingAt("Task_CallVisitor");
    complete(task("Task_CallVisitor", pi), withVariables("counterName", "Loket 1"));
    complete(task("Task_RecordRequest", pi));
    assertThat(pi).hasPassed("Task_PriceOrder", "Task_RequiredDocuments", "Task_ZeroTariff");
    complete(task("Task_ExplainTerms", pi));
    complete(task("Task_AcceptTerms", pi), withVariables("termsDecision", "ACCEPT"));
    complete(task("Task_CheckDocuments", pi), withVariables("documentCheck", "COMPLETE"));
    execute(job("Task_IssueInvoice", pi));
    if (record.microdata) {
      execute(job("Task_IssueMicrodataDocuments", pi));
    }
    assertThat(pi).isWaitingAt("Task_ReviewInvoice");
    return pi;
  }

  private void toTheEnd(ProcessInstance pi) {
    complete(task("Task_IssueReceipt", pi));
    execute(job("Task_GenerateReceipt", pi));
    complete(task("Task_PrepareProduct", pi));
    complete(task("Task_Handover", pi));
    execute(job("Task_GenerateHandover", pi));
    complete(task("Task_ReviewProduct", pi), withVariables("productReview", "OK"));
    complete(task("Task_RateService", pi));
    assertThat(pi).isEnded().hasPassed("Task_RecordSurvey", "End_Completed");
  }

  @Test
  void cashSaleOfAPublication() {
    ProcessInstance pi = throughDocuments("INDIVIDUAL");
    complete(task("Task_ReviewInvoice", pi), withVariables("invoiceReview", "OK"));
    assertThat(pi).isWaitingAt("Task_PrepareProduct", "Task_ChoosePaymentMethod");
    complete(task("Task_ChoosePaymentMethod", pi), withVariables("paymentMethod", "CASH"));
    complete(task("Task_ReceiveCash", pi));
    assertThat(pi).hasNotPassed("Task_SignAgreement");
    toTheEnd(pi);
  }

  @Test
  void microdataWithCorrectionsPaidAtTheBankAfterAnExpiredCode() {
    record.microdata = true;
    ProcessInstance pi = throughDocuments("STUDENT");
    complete(task("Task_ReviewInvoice", pi), withVariables("invoiceReview", "CORRECTION"));
    complete(task("Task_HandleInvoiceCorrection", pi));
    execute(job("Task_IssueInvoice", pi));
    execute(job("Task_IssueMicrodataDocuments", pi));
    complete(task("Task_ReviewInvoice", pi), withVariables("invoiceReview", "OK"));
    complete(task("Task_ChoosePaymentMethod", pi), withVariables("paymentMethod", "BANK"));
    execute(job("Task_IssueBillingCode", pi));
    execute(job("Event_BillingExpired", pi));
    assertThat(pi).hasPassed("Task_ExpireBilling").isWaitingAt("Task_ChoosePaymentMethod", "Task_PrepareProduct");
    complete(task("Task_ChoosePaymentMethod", pi), withVariables("paymentMethod", "BANK"));
    execute(job("Task_IssueBillingCode", pi));
    runtimeService().createMessageCorrelation("PaymentReceived").processInstanceBusinessKey(pi.getBusinessKey())
        .correlate();
    assertThat(pi).isWaitingAt("Task_SignAgreement", "Task_PrepareProduct");
    complete(task("Task_SignAgreement", pi));
    complete(task("Task_IssueReceipt", pi));
    execute(job("Task_GenerateReceipt", pi));
    complete(task("Task_PrepareProduct", pi));
    complete(task("Task_Handover", pi));
    execute(job("Task_GenerateHandover", pi));
    complete(task("Task_ReviewProduct", pi), withVariables("productReview", "CORRECTION"));
    complete(task("Task_HandleProductCorrection", pi), withVariables("reissueReceipt", true));
    execute(job("Task_ReissueReceipt", pi));
    complete(task("Task_ReviewProduct", pi), withVariables("productReview", "CORRECTION"));
    complete(task("Task_HandleProductCorrection", pi), withVariables("reissueReceipt", false));
    complete(task("Task_ReviewProduct", pi), withVariables("productReview", "OK"));
    complete(task("Task_RateService", pi));
    assertThat(pi).isEnded().hasPassed("End_Completed");
  }

  @Test
  void zeroTariffSkipsPayment() {
    record.zeroTariff = true;
    ProcessInstance pi = throughDocuments("GOVERNMENT_AGENCY");
    complete(task("Task_ReviewInvoice", pi), withVariables("invoiceReview", "OK"));
    assertThat(pi).isWaitingAt("Task_IssueReceipt", "Task_PrepareProduct");
    toTheEnd(pi);
  }

  @Test
  void everyCancelPointReachesTheSameCancellation() {
    ProcessInstance declined = runtimeService().startProcessInstanceByKey(ProcessKeys.PROCESS_KEY,
        withVariables("userCategory", "INDIVIDUAL", "commercial", false));
    complete(task("Task_CallVisitor", declined), withVariables("counterName", "Loket 1"));
    complete(task("Task_RecordRequest", declined));
    complete(task("Task_ExplainTerms", declined));
    complete(task("Task_AcceptTerms", declined), withVariables("termsDecision", "DECLINE"));
    // link events leave no activity instance: the cancellation shows by its task and its code
    assertThat(declined).isEnded().hasPassed("Task_CancelRequest", "End_Cancelled");
    assertThat(cancelCode(declined)).isEqualTo("TERMS_DECLINED");

    ProcessInstance incompleteThenRejected = runtimeService().startProcessInstanceByKey(ProcessKeys.PROCESS_KEY,
        withVariables("userCategory", "INDIVIDUAL", "commercial", false));
    complete(task("Task_CallVisitor", incompleteThenRejected), withVariables("counterName", "Loket 1"));
    complete(task("Task_RecordRequest", incompleteThenRejected));
    complete(task("Task_ExplainTerms", incompleteThenRejected));
    complete(task("Task_AcceptTerms", incompleteThenRejected), withVariables("termsDecision", "ACCEPT"));
    complete(task("Task_CheckDocuments", incompleteThenRejected), withVariables("documentCheck", "INCOMPLETE"));
    assertThat(incompleteThenRejected).isWaitingAt("Task_AcceptTerms");
    complete(task("Task_AcceptTerms", incompleteThenRejected), withVariables("termsDecision", "ACCEPT"));
    complete(task("Task_CheckDocuments", incompleteThenRejected), withVariables("documentCheck", "REJECT"));
    assertThat(incompleteThenRejected).isEnded().hasPassed("End_Cancelled");
    assertThat(cancelCode(incompleteThenRejected)).isEqualTo("DOCUMENTS_REJECTED");

    ProcessInstance cancelledAtReview = throughDocuments("INDIVIDUAL");
    complete(task("Task_ReviewInvoice", cancelledAtReview), withVariables("invoiceReview", "CANCEL"));
    assertThat(cancelledAtReview).isEnded().hasPassed("End_Cancelled");
    assertThat(cancelCode(cancelledAtReview)).isEqualTo("VISITOR_CANCELLED");

    ProcessInstance expired = throughDocuments("INDIVIDUAL");
    execute(job("Timer_InvoiceExpired", expired));
    assertThat(expired).isEnded().hasPassed("End_Cancelled");
    assertThat(cancelCode(expired)).isEqualTo("INVOICE_EXPIRED");

    ProcessInstance abandoned = throughDocuments("INDIVIDUAL");
    complete(task("Task_ReviewInvoice", abandoned), withVariables("invoiceReview", "OK"));
    complete(task("Task_ChoosePaymentMethod", abandoned), withVariables("paymentMethod", "BANK"));
    execute(job("Task_IssueBillingCode", abandoned));
    execute(job("Event_BillingExpired", abandoned));
    complete(task("Task_ChoosePaymentMethod", abandoned), withVariables("paymentMethod", "CANCEL"));
    assertThat(abandoned).isEnded().hasPassed("End_Cancelled");
    assertThat(cancelCode(abandoned)).isEqualTo("BILLING_EXPIRED");
  }

  private static Object cancelCode(ProcessInstance pi) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(ProcessKeys.CANCEL_CODE).singleResult().getValue();
  }

  @Test
  void theVisitorsCancellationAtAnyTimeAndTheRefundDecisionAfterPayment() {
    ProcessInstance unpaid = throughDocuments("INDIVIDUAL");
    runtimeService().createMessageCorrelation("RequestCancellation").processInstanceId(unpaid.getId()).correlate();
    assertThat(unpaid).isEnded().hasPassed("End_CancelledUnpaid");

    record.paid = true;
    ProcessInstance paid = throughDocuments("INDIVIDUAL");
    runtimeService().createMessageCorrelation("RequestCancellation").processInstanceId(paid.getId()).correlate();
    assertThat(paid).isWaitingAt("Task_RefundDecision");
    complete(task("Task_RefundDecision", paid));
    assertThat(paid).isEnded().hasPassed("End_CancelledRefundDecided");
  }

  private ProcessInstance waitingInTheQueue() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(ProcessKeys.PROCESS_KEY,
        withVariables("userCategory", "INDIVIDUAL", "commercial", false));
    assertThat(pi).isWaitingAt("Task_CallVisitor", "Timer_QueueWait");
    return pi;
  }

  @Test
  void theQueueStandardRunOutAtTheFirstTimerEscalatesWithoutStoppingService() {
    ProcessInstance pi = waitingInTheQueue();
    queueClock.exceeded = true;
    execute(job("Timer_QueueWait", pi));
    assertThat(pi).hasPassed("Gateway_QueueWaitExceeded", "End_QueueClock")
        .isWaitingAt("Task_CallVisitor", "Task_QueueEscalation");
    assertThat(queueClock.checks).isOne();
    complete(task("Task_QueueEscalation", pi));
    complete(task("Task_CallVisitor", pi), withVariables("counterName", "Loket 1"));
    assertThat(pi).isWaitingAt("Task_RecordRequest");
  }

  @Test
  void beforeTheStandardRunsOutTheClockWaitsTheRemainingTimeAndChecksAgain() {
    ProcessInstance pi = waitingInTheQueue();
    execute(job("Timer_QueueWait", pi));
    assertThat(pi).hasPassed("Gateway_QueueWaitExceeded").hasNotPassed("End_QueueClock")
        .isWaitingAt("Task_CallVisitor", "Timer_QueueWaitRemaining");
    var remaining = job("Timer_QueueWaitRemaining", pi);
    assertThat(Duration.between(java.time.Instant.now(), remaining.getDuedate().toInstant()))
        .isBetween(Duration.ofMinutes(6), Duration.ofMinutes(7)); // the bean's answer, PT7M
    queueClock.remaining = "PT3M";
    execute(remaining);
    assertThat(pi).isWaitingAt("Task_CallVisitor", "Timer_QueueWaitRemaining");
    queueClock.exceeded = true;
    execute(job("Timer_QueueWaitRemaining", pi));
    assertThat(pi).hasPassed("End_QueueClock").isWaitingAt("Task_CallVisitor", "Task_QueueEscalation");
    assertThat(queueClock.checks).isEqualTo(3);
  }

  @Test
  void aClockThatCannotStartAnyMoreStopsTheCheckWithoutEscalation() {
    ProcessInstance pi = waitingInTheQueue();
    queueClock.cannotStart = true;
    execute(job("Timer_QueueWait", pi));
    assertThat(pi).hasPassed("End_QueueClockCannotStart").hasNotPassed("End_QueueClock")
        .isWaitingAt("Task_CallVisitor");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    complete(task("Task_CallVisitor", pi), withVariables("counterName", "Loket 1"));
    assertThat(pi).isWaitingAt("Task_RecordRequest");
  }

  @Test
  void theCallEndsTheQueueAndWhicheverTimerIsPending() {
    ProcessInstance first = waitingInTheQueue();
    complete(task("Task_CallVisitor", first), withVariables("counterName", "Loket 1"));
    assertThat(first).hasPassed("End_VisitorCalled").isWaitingAt("Task_RecordRequest");

    ProcessInstance second = waitingInTheQueue();
    execute(job("Timer_QueueWait", second));
    assertThat(second).isWaitingAt("Task_CallVisitor", "Timer_QueueWaitRemaining");
    complete(task("Task_CallVisitor", second), withVariables("counterName", "Loket 2"));
    assertThat(second).isWaitingAt("Task_RecordRequest").hasNotPassed("End_QueueClock");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(first.getId()).count()).isZero();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(second.getId()).count()).isZero();
  }

  // ---- what Java relies on by name is in the model -------------------------------------------------

  @Test
  void everyElementIdJavaReliesOnIsInTheModel() {
    BpmnModelInstance model = Bpmn.readModelFromFile(MODEL.toFile());
    assertThat(ModelContract.ELEMENT_IDS).allSatisfy(id ->
        assertThat((Object) model.getModelElementById(id)).as("element %s (ModelContract)", id).isNotNull());
  }

  @Test
  void theVisitorsStepsAreFoundByTheirPropertyAndEveryUserTaskHasAForm() {
    BpmnModelInstance model = Bpmn.readModelFromFile(MODEL.toFile());
    List<UserTask> tasks = List.copyOf(model.getModelElementsByType(UserTask.class));
    assertThat(tasks).allSatisfy(t -> {
      assertThat(t.getCamundaFormRef()).as("form of %s", t.getId()).isNotBlank();
      assertThat(Files.exists(Path.of("forms", t.getCamundaFormRef() + ".form"))).as("form file of %s", t.getId()).isTrue();
      assertThat(t.getCamundaCandidateGroups()).as("group of %s", t.getId()).isNotBlank();
    });
    assertThat(tasks.stream().filter(ModelProperties::isVisitorStep).map(BaseElement::getId))
        .contains("Task_AcceptTerms", "Task_ReviewInvoice", "Task_ChoosePaymentMethod", "Task_SignAgreement",
            "Task_ReviewProduct", "Task_RateService");
  }

  @Test
  void everyFlowElementOfEveryModelIsDrawn() throws Exception {
    try (var files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        assertThat(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowElement.class))
            .filteredOn(e -> e instanceof org.camunda.bpm.model.bpmn.instance.FlowNode
                || e instanceof org.camunda.bpm.model.bpmn.instance.SequenceFlow)
            .allSatisfy(e -> assertThat((Object) ((org.camunda.bpm.model.bpmn.instance.BaseElement) e).getDiagramElement())
                .as("diagram element of %s in %s", e.getId(), file).isNotNull());
      }
    }
  }

  @Test
  void theServiceStandardsAreDurationsInTheModel() {
    BpmnModelInstance model = Bpmn.readModelFromFile(MODEL.toFile());
    assertThat(ServiceStandards.in(model, ServiceStandards.QUEUE_WAIT)).contains(Duration.ofMinutes(10));
    assertThat(ServiceStandards.in(model, ServiceStandards.INVOICE_VALIDITY)).contains(Duration.ofDays(30));
    assertThat(Stream.of(ServiceStandards.QUEUE_WAIT, ServiceStandards.INVOICE_VALIDITY))
        .allSatisfy(s -> assertThat(model.getModelElementsByType(BaseElement.class).stream()
            .filter(e -> s.equals(ModelProperties.get(e, ModelProperties.STANDARD))).count()).isOne());
  }
}
