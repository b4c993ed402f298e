package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On every user task's completion: writes the request's audit trail (who completed which step, and
 * whether a visitor step was done by the visitor in the portal or at the counter on the visitor's behalf), and remembers the
 * performer where a later asynchronous step prints their name.
 */
@Component("taskAuditListener")
class TaskAuditListener implements TaskListener {

  private static final Map<String, String> PERFORMER_VARIABLES = Map.of(
      "Task_IssueReceipt", "receiptIssuedBy",
      "Task_Handover", "handedOverBy");

  private final OrderService orders;

  TaskAuditListener(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void notify(DelegateTask task) {
    String actor = Actors.of(task);
    String variable = PERFORMER_VARIABLES.get(task.getTaskDefinitionKey());
    if (variable != null) {
      task.setVariable(variable, actor);
    }
    boolean visitorStep = "visitor".equals(task.getBpmnModelElementInstance() == null ? null
        : ModelProperties.get(task.getBpmnModelElementInstance(), "actor"));
    String how = "";
    if (visitorStep) {
      how = Actors.VISITOR_PORTAL.equals(actor) ? " (oleh pengguna layanan melalui portal)"
          : " (dibantu petugas " + actor + " atas nama pengguna layanan)";
    }
    orders.log(Vars.str(task, ProcessKeys.REQUEST_NUMBER), actor, "TASK_COMPLETED", task.getName() + how);
  }
}
