package id.go.bps.pst.process;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps personal identity numbers out of Camunda's history tables. The guest book start form
 * submits the identity number as a variable; the registration delegate moves it into the order
 * table (access by role) and removes the variable. This handler drops the history events of that
 * variable, so neither Cockpit nor the history API ever holds it. Everything else is written by
 * Camunda's own database handler, unchanged.
 */
@Component
class PersonalDataHistoryFilter extends AbstractProcessEnginePlugin implements HistoryEventHandler {

  static final Set<String> PERSONAL_VARIABLES = Set.of(RegisterVisitorDelegate.IDENTITY_NUMBER);

  private final HistoryEventHandler delegate = new DbHistoryEventHandler();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    configuration.setCustomHistoryEventHandlers(List.of(this));
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

  static boolean isPersonal(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity v) {
      return PERSONAL_VARIABLES.contains(v.getVariableName());
    }
    if (event instanceof HistoricFormPropertyEventEntity f) {
      return PERSONAL_VARIABLES.contains(f.getPropertyId());
    }
    return false;
  }
}
