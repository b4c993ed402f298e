package id.go.bps.pst.process;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;

/**
 * The history the auditors and supervisors read, and nothing nobody reads (issue 13). It is the
 * engine's FULL level minus:
 * <ul>
 *   <li>the detail row of a variable's first value (the variable's own history row already holds it;
 *   every later change still gets its detail row, and the sale's audit trail names each decision);</li>
 *   <li>candidate-group and assignee link history (the task's history keeps its assignee);</li>
 *   <li>job history except failures (the steps themselves are in the activity history);</li>
 *   <li>activity history of gateways and link events (routing, not work: the paths show in the steps
 *   taken).</li>
 * </ul>
 * Process instances, every task and step with who and when, variables, decisions, incidents and
 * the operation log of administrative changes stay.
 */
public class PstHistoryLevel implements HistoryLevel {

  public static final String NAME = "pst";
  private static final Set<HistoryEventType> DROPPED = Set.of(
      HistoryEventTypes.IDENTITY_LINK_ADD, HistoryEventTypes.IDENTITY_LINK_DELETE,
      HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_SUCCESS, HistoryEventTypes.JOB_DELETE);

  @Override
  public int getId() {
    return 33;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (DROPPED.contains(eventType)) {
      return false;
    }
    if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL) {
      return !(entity instanceof HistoryEvent event) || !HistoryEventTypes.VARIABLE_INSTANCE_CREATE.getEventName()
          .equals(event.getEventType());
    }
    if ((eventType == HistoryEventTypes.ACTIVITY_INSTANCE_START || eventType == HistoryEventTypes.ACTIVITY_INSTANCE_END
        || eventType == HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE) && entity instanceof DelegateExecution execution) {
      return !routingOnly(execution.getBpmnModelElementInstance());
    }
    return true;
  }

  private static boolean routingOnly(FlowElement element) {
    if (element instanceof Gateway) {
      return true;
    }
    if (element instanceof IntermediateThrowEvent e) {
      return e.getEventDefinitions().stream().anyMatch(LinkEventDefinition.class::isInstance);
    }
    if (element instanceof IntermediateCatchEvent e) {
      return e.getEventDefinitions().stream().anyMatch(LinkEventDefinition.class::isInstance);
    }
    return false;
  }
}
