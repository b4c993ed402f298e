package id.go.bps.pst.process;

import id.go.bps.pst.visit.SaleProcess;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sale process as the visit module (kiosk, queue, counter page) sees it. Calling a visitor runs
 * as the officer (the task's candidate group grants it, as in Tasklist). Starting the queue clock and
 * cancelling a no-show are the queue's own consequences of what an authorised officer did, so they
 * run without the officer's engine authorizations (officers may not correlate messages themselves);
 * the officer is recorded as the one who cancelled.
 */
@Component
class VisitSaleProcess implements SaleProcess {

  private static final Logger LOG = LoggerFactory.getLogger(VisitSaleProcess.class);
  static final String CALL_TASK = ModelContract.CALL_VISITOR;
  static final String NO_SHOW_NOTE = "Tidak hadir saat dipanggil";

  private final FormService forms;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final TransactionTemplate newTransaction;
  private final ServiceStandards standards;
  private final java.time.Clock clock;

  VisitSaleProcess(ProcessEngine engine, PlatformTransactionManager transactionManager, ServiceStandards standards,
      java.time.Clock clock) {
    this.standards = standards;
    this.clock = clock;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.forms = engine.getFormService();
    this.repository = engine.getRepositoryService();
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.identity = engine.getIdentityService();
  }

  @Override
  public String start(Map<String, Object> startFormVariables) {
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.PROCESS_KEY)
        .latestVersion().singleResult().getId();
    ProcessInstance instance = forms.submitStartForm(definitionId, Variables.fromMap(startFormVariables));
    return instance.getBusinessKey();
  }

  /**
   * Starts the waiting ticket's clock in its own process instance. That instance is not the one the
   * officer is working on, and its own officer may be calling it at this very moment: so the message
   * goes after the officer's transaction has committed, in a transaction of its own, retried on a
   * concurrent update, and never fails the officer's step. (The clock time itself is already stored
   * by the queue service in the officer's transaction, so the report does not depend on it.)
   */
  @Override
  public void startQueueClock(String requestNumber) {
    Runnable correlate = () -> asQueue(() -> withRetry(() -> newTransaction.executeWithoutResult(status -> {
      runtime.createMessageCorrelation(MESSAGE_QUEUE_CLOCK_STARTED)
          .processInstanceBusinessKey(requestNumber).correlateAll();
      dueByQueueStandard(requestNumber);
    })));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          try {
            correlate.run();
          } catch (RuntimeException unexpected) {
            LOG.warn("Queue clock could not be started: {}", unexpected.getMessage());
          }
        }
      });
    } else {
      correlate.run();
    }
  }

  /** The waiting call task is due when the queue standard runs out, counted from now (the clock started). */
  private void dueByQueueStandard(String requestNumber) {
    Task call = tasks.createTaskQuery().processInstanceBusinessKey(requestNumber).taskDefinitionKey(CALL_TASK)
        .singleResult();
    if (call != null) {
      standards.of(call.getProcessDefinitionId(), ServiceStandards.QUEUE_WAIT).ifPresent(limit -> {
        call.setDueDate(java.util.Date.from(clock.instant().plus(limit)));
        tasks.saveTask(call);
      });
    }
  }

  /** Retries on concurrent updates and database deadlocks; never throws (the officer's step is done). */
  private static void withRetry(Runnable action) {
    for (int attempt = 1; ; attempt++) {
      try {
        action.run();
        return;
      } catch (ProcessEngineException concurrentUpdate) {
        if (attempt == 5) {
          LOG.warn("Queue clock could not be started after {} attempts: {}", attempt, concurrentUpdate.getMessage());
          return;
        }
        try {
          Thread.sleep(10L * attempt);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  @Override
  public void callVisitor(String requestNumber, String officer, String counterName) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(requestNumber).taskDefinitionKey(CALL_TASK)
        .singleResult();
    if (task == null) {
      throw new IllegalStateException("Permintaan " + requestNumber + " tidak sedang menunggu dipanggil.");
    }
    // as the officer: when the caller has not authenticated (a service call), the officer it names
    Authentication current = identity.getCurrentAuthentication();
    if (current == null) {
      identity.setAuthentication(officer, identity.createGroupQuery().groupMember(officer).list().stream()
          .map(org.camunda.bpm.engine.identity.Group::getId).toList());
    }
    try {
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), officer);
      } else if (!task.getAssignee().equals(officer)) {
        tasks.setAssignee(task.getId(), officer);
      }
      tasks.complete(task.getId(), Variables.createVariables().putValue("counterName", counterName));
    } finally {
      if (current == null) {
        identity.clearAuthentication();
      }
    }
  }

  @Override
  public void cancelAsNoShow(String requestNumber, String officer) {
    asQueue(() -> runtime.createMessageCorrelation(ProcessKeys.MESSAGE_CANCELLATION)
        .processInstanceBusinessKey(requestNumber)
        .setVariable(ProcessKeys.CANCEL_NOTE, NO_SHOW_NOTE)
        .setVariable("cancelledBy", officer)
        .correlateAll());
  }

  private void asQueue(Runnable action) {
    Authentication current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      action.run();
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }
}
