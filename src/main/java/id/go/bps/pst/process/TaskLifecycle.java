package id.go.bps.pst.process;

import id.go.bps.pst.identity.PstGroups;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.visit.QueueService;
import java.util.Arrays;
import java.util.List;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What every user task of the sale gets, whatever the analyst adds to the model, so that nothing is
 * pasted on tasks by hand (the Camunda starter publishes each task event of every task as a Spring
 * event, inside the engine's transaction):
 * <ul>
 *   <li>on create: a name that tells two sales apart in Tasklist (step · request number · visitor ·
 *   ticket); the officer who called the ticket as assignee of the sale's counter tasks (no Claim); a
 *   due date from a timer attached to the task (e.g. the invoice's validity);</li>
 *   <li>on complete: the request's audit trail (who completed which step, and whether a visitor's step
 *   was done by the visitor or by an officer on the visitor's behalf), and, where the model names a
 *   performer variable, who did it (printed later on a document).</li>
 * </ul>
 */
@Component
class TaskLifecycle {

  /** Process variable: the officer who called the ticket (set when the ticket is called). */
  static final String SERVING_OFFICER = "servingOfficer";
  /** Process variable: the treasurer who took the sale's first treasurer step; the next ones are theirs. */
  static final String SERVING_TREASURER = "servingTreasurer";
  private static final int NAME_LIMIT = 255;
  /** The processes whose business key is a sale's request number: their tasks belong to the sale's trail. */
  static final java.util.Set<String> SALE_PROCESSES = java.util.Set.of(ProcessKeys.PROCESS_KEY, LatePaymentRefund.PROCESS_KEY);

  private final OrderService orders;
  private final QueueService queue;

  TaskLifecycle(OrderService orders, QueueService queue) {
    this.orders = orders;
    this.queue = queue;
  }

  @EventListener
  public void on(DelegateTask task) {
    UserTask element = task.getBpmnModelElementInstance();
    if (element == null || !SALE_PROCESSES.contains(ModelProperties.processKey(element))) {
      return;
    }
    switch (task.getEventName()) {
      case TaskListener.EVENTNAME_CREATE -> created(task, element);
      case TaskListener.EVENTNAME_COMPLETE -> completed(task, element);
      default -> { }
    }
  }

  private void created(DelegateTask task, UserTask element) {
    // a task just created has no variables of its own: read the execution's, which spares the engine a
    // query for the task's (empty) local variables (issue 13)
    DelegateExecution sale = task.getExecution();
    String requestNumber = Vars.str(sale, ProcessKeys.REQUEST_NUMBER);
    String visitorName = Vars.str(sale, "visitorName");
    String ticketNumber = Vars.str(sale, "ticketNumber");
    if (visitorName == null && requestNumber != null) {
      // a refund's own process holds the request number only: the visitor and ticket come from the order, so its
      // task reads like every other task of the sale
      var request = orders.find(requestNumber);
      visitorName = request.map(r -> r.visitorName()).orElse(null);
      ticketNumber = request.map(r -> r.ticketNumber()).orElse(null);
    }
    task.setName(displayName(StepNames.forSale(element, sale), requestNumber, visitorName, ticketNumber));
    if (task.getAssignee() == null && !ModelProperties.isVisitorStep(element)) {
      List<String> groups = candidateGroups(element);
      String owner = groups.contains(PstGroups.PETUGAS) ? Vars.str(sale, SERVING_OFFICER)
          : groups.contains(PstGroups.BENDAHARA) ? Vars.str(sale, SERVING_TREASURER) : null;
      if (owner != null) {
        task.setAssignee(owner);
      }
    }
    ModelProperties.attachedTimerDuration(element).ifPresent(limit ->
        task.setDueDate(Date.from(task.getCreateTime().toInstant().plus(limit))));
    String standard = ModelProperties.get(element, ModelProperties.DUE);
    if (standard != null) {
      // the same deadline QueueClock sets when the clock starts later: clock start + the model's standard
      queue.byRequest(Vars.str(sale, ProcessKeys.REQUEST_NUMBER)).ifPresent(ticket ->
          ServiceStandards.in(task.getBpmnModelInstance(), standard).flatMap(ticket::standardDeadline)
              .ifPresent(deadline -> task.setDueDate(Date.from(deadline))));
    }
  }

  private void completed(DelegateTask task, UserTask element) {
    String actor = Actors.of(task);
    // the sale's variables live on the process instance: reading them there (and the request number from
    // the business key) spares the engine a query for the variables of the task's own scope, which has
    // none (issue 13)
    DelegateExecution sale = task.getExecution().getProcessInstance();
    if (!ModelProperties.isVisitorStep(element) && candidateGroups(element).contains(PstGroups.BENDAHARA)
        && !Actors.isVisitor(actor) && sale.getVariable(SERVING_TREASURER) == null) {
      sale.setVariable(SERVING_TREASURER, actor);
    }
    String performerVariable = ModelProperties.get(element, ModelProperties.PERFORMER_VARIABLE);
    if (performerVariable != null) {
      sale.setVariable(performerVariable, actor);
    }
    String how = "";
    if (ModelProperties.isVisitorStep(element)) {
      how = Actors.isVisitor(actor) ? " (oleh pengguna layanan sendiri)"
          : " (dibantu petugas " + actor + " atas nama pengguna layanan)";
    }
    String requestNumber = sale.getProcessBusinessKey();
    orders.log(requestNumber != null ? requestNumber : Vars.str(sale, ProcessKeys.REQUEST_NUMBER), actor,
        "TASK_COMPLETED", StepNames.forSale(element, sale) + how);
  }

  static String displayName(String step, String requestNumber, String visitorName, String ticket) {
    StringBuilder name = new StringBuilder(step == null ? "" : step);
    if (requestNumber != null) {
      name.append(StepNames.SEPARATOR).append(requestNumber);
    }
    if (visitorName != null) {
      name.append(StepNames.SEPARATOR).append(visitorName);
    }
    if (ticket != null) {
      name.append(" (").append(ticket).append(')');
    }
    return name.length() <= NAME_LIMIT ? name.toString() : name.substring(0, NAME_LIMIT - 1) + "…";
  }

  private static List<String> candidateGroups(UserTask element) {
    String groups = element.getCamundaCandidateGroups();
    return groups == null ? List.of()
        : Arrays.stream(groups.split(",")).map(String::strip).toList();
  }
}
