package id.go.bps.pst.process;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps personal data out of Camunda's history tables: the visitor's identity number and type, e-mail
 * and phone (guest book start form fields the registration delegate moves into the order table and
 * removes), the occupation and address for the usage agreement (the terms step's listener does the same)
 * and complainants' contact data. Neither Cockpit nor the history API ever holds them.
 *
 * <p>It also drops the operation-log entries of task work on a sale (complete, claim, assign...): the
 * sale's own audit trail records who did each step, with more (on whose behalf, what was decided), so
 * the engine's copy is written by nobody's need (issue 13). Administrative changes (a variable set in
 * Cockpit, a deletion, a suspension) stay in the operation log. It registers the {@link PstHistoryLevel}
 * the application runs with ({@code camunda.bpm.history-level: pst}), and writes history with
 * {@link TaskAwareDbHistoryEventHandler} (the engine's writer, less a read per ended user task). Every
 * other event goes to the engine's own handlers, unchanged.
 */
@Component
class PersonalDataHistoryFilter extends AbstractProcessEnginePlugin {

  static final Set<String> PERSONAL_VARIABLES = java.util.stream.Stream.of(
      RegisterVisitorDelegate.PERSONAL_START_FIELDS.stream(),
      // the visitor's occupation and address for the usage agreement (terms step, moved into the order record)
      TermsValidationListener.PERSONAL_FIELDS.stream(),
      // the complainant's name, e-mail and phone: start form fields and the task-local contact line
      java.util.stream.Stream.of("complainantName", "complainantEmail", "complainantPhone",
          ComplaintTaskListener.CONTACT)).flatMap(s -> s).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Task operations the sale's audit trail records itself. */
  static final Set<String> TASK_WORK = Set.of("Complete", "Claim", "Assign", "Delegate", "Resolve", "SetOwner");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<org.camunda.bpm.engine.impl.history.HistoryLevel> levels = new java.util.ArrayList<>();
    if (configuration.getCustomHistoryLevels() != null) {
      levels.addAll(configuration.getCustomHistoryLevels());
    }
    if (levels.stream().noneMatch(l -> PstHistoryLevel.NAME.equals(l.getName()))) {
      levels.add(new PstHistoryLevel());
    }
    configuration.setCustomHistoryLevels(levels);
    if (configuration.isEnableDefaultDbHistoryEventHandler()) {
      // the engine's database writer, less the start-time reads of user tasks (TaskAwareDbHistoryEventHandler)
      configuration.setEnableDefaultDbHistoryEventHandler(false);
      List<HistoryEventHandler> handlers = new java.util.ArrayList<>();
      handlers.add(new TaskAwareDbHistoryEventHandler());
      if (configuration.getCustomHistoryEventHandlers() != null) {
        handlers.addAll(configuration.getCustomHistoryEventHandlers());
      }
      configuration.setCustomHistoryEventHandlers(handlers);
    }
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    HistoryEventHandler engineHandler = configuration.getHistoryEventHandler();
    if (!(engineHandler instanceof Filtering)) {
      configuration.setHistoryEventHandler(new Filtering(engineHandler));
    }
  }

  static boolean isDropped(HistoryEvent event) {
    if (event instanceof org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity op) {
      return "Task".equals(op.getEntityType()) && TASK_WORK.contains(op.getOperationType())
          && TaskLifecycle.SALE_PROCESSES.contains(op.getProcessDefinitionKey());
    }
    return isPersonal(event);
  }

  static boolean isPersonal(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity v) {
      return PERSONAL_VARIABLES.contains(v.getVariableName());
    }
    if (event instanceof HistoricFormPropertyEventEntity f) {
      return PERSONAL_VARIABLES.contains(f.getPropertyId());
    }
    return false;
  }

  /** Passes every event but the personal ones to the engine's handler. */
  static final class Filtering implements HistoryEventHandler {

    private final HistoryEventHandler delegate;

    Filtering(HistoryEventHandler delegate) {
      this.delegate = delegate;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isDropped(event)) {
        delegate.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      for (HistoryEvent event : events) {
        handleEvent(event);
      }
    }
  }
}
