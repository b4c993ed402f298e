package id.go.bps.pst.process;

import id.go.bps.pst.identity.PstGroups;
import id.go.bps.pst.identity.WithoutAuthentication;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Where a sale waits now, told the way an officer asks it after completing a step: which steps are
 * open, and whose they are (the visitor at the counter screen or portal, the treasurer, an officer,
 * the system making a document). Read without the caller's engine authorizations: the caller's group
 * membership is checked by the controller, and only step names and roles are told.
 */
@Component
public class SaleWhereabouts {

  /**
   * One open step: its name in the model, who it waits for (a role and a person's name, the visitor, the bank, the
   * system), since when, the assignee's user id and the task's id (null for what is not a user task).
   */
  public record Step(String name, String waitsFor, Instant since, String assignee, String taskId) {}

  /** The sale's request number, whether it has ended, its open steps, and its unit (tenant id). */
  public record Whereabouts(String requestNumber, boolean ended, List<Step> steps, String unitCode) {}

  private final ProcessEngine engine;
  private final id.go.bps.pst.identity.StaffNames names;

  SaleWhereabouts(ProcessEngine engine, id.go.bps.pst.identity.StaffNames names) {
    this.engine = engine;
    this.names = names;
  }

  public Optional<Whereabouts> ofProcessInstance(String processInstanceId) {
    return asSystem(() -> {
      HistoricProcessInstance instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(processInstanceId).processDefinitionKey(ProcessKeys.PROCESS_KEY).singleResult();
      return Optional.ofNullable(instance).map(this::whereabouts);
    });
  }

  /** A process instance that is not a sale (a refund decision, a complaint): its unit (tenant id, null for none). */
  public record OtherProcess(String unitCode) {}

  /**
   * The process instance when it exists and is not a sale: Tasklist's script asks the whereabouts of every step it
   * sees completed, also the supervisor's refund decision, which has none to tell.
   */
  public Optional<OtherProcess> otherProcess(String processInstanceId) {
    return asSystem(() -> Optional.ofNullable(engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processInstanceId(processInstanceId).singleResult())
        .filter(i -> !ProcessKeys.PROCESS_KEY.equals(i.getProcessDefinitionKey()))
        .map(i -> new OtherProcess(i.getTenantId())));
  }

  public Optional<Whereabouts> ofRequest(String requestNumber) {
    return asSystem(() -> engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(requestNumber).processDefinitionKey(ProcessKeys.PROCESS_KEY)
        .orderByProcessInstanceStartTime().desc().list().stream().findFirst().map(this::whereabouts));
  }

  private Whereabouts whereabouts(HistoricProcessInstance instance) {
    List<Step> steps = new ArrayList<>();
    if (instance.getEndTime() == null) {
      var model = engine.getRepositoryService().getBpmnModelInstance(instance.getProcessDefinitionId());
      for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .orderByTaskCreateTime().asc().list()) {
        FlowElement element = model.getModelElementById(task.getTaskDefinitionKey());
        String name = StepNames.of(task.getName(), element);
        steps.add(new Step(name, waitsFor(task, element), task.getCreateTime().toInstant(), task.getAssignee(),
            task.getId()));
      }
      // a message from outside the office: the bank's payment notification (the sale has no open task meanwhile)
      for (var subscription : engine.getRuntimeService().createEventSubscriptionQuery()
          .processInstanceId(instance.getId()).eventType("message").list()) {
        FlowElement element = model.getModelElementById(subscription.getActivityId());
        if (element instanceof org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent) {
          boolean payment = id.go.bps.pst.payment.PaymentProcess.MESSAGE_PAYMENT_RECEIVED
              .equals(subscription.getEventName());
          steps.add(new Step(payment ? "Menunggu pembayaran bank" : element.getName(),
              payment ? "bank: notifikasi pembayaran dengan NTPN" : "pesan dari luar kantor",
              subscription.getCreated() == null ? null : subscription.getCreated().toInstant(), null, null));
        }
      }
      for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).list()) {
        var definition = job.getJobDefinitionId() == null ? null : engine.getManagementService()
            .createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
        FlowElement element = definition == null ? null : model.getModelElementById(definition.getActivityId());
        if (element != null && job.getDuedate() == null) { // an asynchronous step being worked on now
          steps.add(new Step(element.getName(), "sistem", job.getCreateTime() == null ? null
              : job.getCreateTime().toInstant(), null, null));
        }
      }
    }
    return new Whereabouts(instance.getBusinessKey(), instance.getEndTime() != null, steps, instance.getTenantId());
  }

  private String waitsFor(Task task, FlowElement element) {
    if (element instanceof UserTask userTask && ModelProperties.isVisitorStep(userTask)) {
      return "pengguna layanan (layar loket atau portal)";
    }
    if (task.getAssignee() != null) {
      // by the assignee's role: the treasurer is not an officer ("bendahara bendahara1", not "petugas bendahara1")
      return roleOf(task.getAssignee()) + " " + names.label(task.getAssignee());
    }
    List<String> groups = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
    return groups.stream().map(g -> GROUP_LABELS.getOrDefault(g, g)).findFirst().orElse("petugas");
  }

  /** The role a person is named by: treasurer, supervisor, otherwise officer (an administrator included). */
  private String roleOf(String userId) {
    java.util.Set<String> groups = new java.util.HashSet<>();
    asSystem(() -> engine.getIdentityService().createGroupQuery().groupMember(userId).list())
        .forEach(g -> groups.add(g.getId()));
    for (String group : List.of(PstGroups.BENDAHARA, PstGroups.SUPERVISOR)) {
      if (groups.contains(group)) {
        return GROUP_LABELS.get(group);
      }
    }
    return "petugas";
  }

  private static final Map<String, String> GROUP_LABELS = Map.of(
      PstGroups.PETUGAS, "petugas PST", PstGroups.BENDAHARA, "bendahara", PstGroups.SUPERVISOR, "koordinator PST");

  private <T> T asSystem(java.util.function.Supplier<T> work) {
    return WithoutAuthentication.call(engine.getIdentityService(), work);
  }
}
