package id.go.bps.pst.process;

import id.go.bps.pst.identity.WithoutAuthentication;
import id.go.bps.pst.visit.SaleProcess;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The sale process as the visit module (kiosk, queue, counter page) sees it. Calling a visitor runs
 * as the officer (the task's candidate group grants it, as in Tasklist). Cancelling a no-show is the
 * queue's own consequence of what an authorised officer did, so it runs without the officer's engine
 * authorizations (officers may not correlate messages themselves); the officer is recorded as the one
 * who cancelled. The queue clock never reaches a waiting sale from here: the sale's own timers read
 * the ticket ({@link QueueClock}).
 */
@Component
class VisitSaleProcess implements SaleProcess {

  static final String CALL_TASK = ModelContract.CALL_VISITOR;
  static final String NO_SHOW_NOTE = "Tidak hadir saat dipanggil";

  private final FormService forms;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;

  private final ServiceStandards standards;

  VisitSaleProcess(ProcessEngine engine, ServiceStandards standards) {
    this.standards = standards;
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
    WithoutAuthentication.run(identity, action);
  }

  @Override
  public java.util.Optional<java.time.Duration> queueStandard() {
    return standards.latest(ServiceStandards.QUEUE_WAIT);
  }
}
