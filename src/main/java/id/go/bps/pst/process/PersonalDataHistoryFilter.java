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
 * Keeps personal data (identity number and type, e-mail, phone; complainants' contact data) out of
 * Camunda's history tables. The guest book start form submits them as variables; the registration
 * delegate moves them into the order table (access by role) and removes the variables. This plugin
 * drops the history events of those variables, so neither Cockpit nor the history API ever holds them.
 * Every other event goes to the engine's own handlers, unchanged.
 */
@Component
class PersonalDataHistoryFilter extends AbstractProcessEnginePlugin {

  static final Set<String> PERSONAL_VARIABLES = java.util.stream.Stream.concat(
      RegisterVisitorDelegate.PERSONAL_START_FIELDS.stream(),
      // the complainant's name, e-mail and phone: start form fields and the task-local contact line
      java.util.stream.Stream.of("complainantName", "complainantEmail", "complainantPhone", ComplaintTaskListener.CONTACT))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    HistoryEventHandler engineHandler = configuration.getHistoryEventHandler();
    if (!(engineHandler instanceof Filtering)) {
      configuration.setHistoryEventHandler(new Filtering(engineHandler));
    }
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
      if (!isPersonal(event)) {
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
