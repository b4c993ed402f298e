package id.go.bps.pst.process;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The history the auditors and supervisors read, and nothing nobody reads (issue 13). It is the
 * engine's FULL level minus:
 * <ul>
 *   <li>the detail row of a variable's first value (the variable's own history row already holds it;
 *   every later change still gets its detail row, and the sale's audit trail names each decision);</li>
 *   <li>candidate-group and assignee link history (the task's history keeps its assignee);</li>
 *   <li>job history except failures (the steps themselves are in the activity history).</li>
 * </ul>
 * Gateways stay in the activity history: process tests and their coverage read the paths taken from it.
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
    return true;
  }
}
