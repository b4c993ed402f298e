package id.go.bps.pst.process;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.springframework.stereotype.Component;

/**
 * The durations of the service standard as the deployed model defines them (a timer carrying the
 * property {@code standard=<name>}): what an analyst sets in the Modeler is what pages, documents
 * and reports show. Read from the engine's deployment cache.
 */
@Component
public class ServiceStandards {

  /** The longest wait in the queue after the previous visitor finished (step 4). */
  public static final String QUEUE_WAIT = "queueWait";
  /** How long an invoice waits for the visitor's check (step 10). */
  public static final String INVOICE_VALIDITY = "invoiceValidity";

  private final RepositoryService repository;

  ServiceStandards(org.camunda.bpm.engine.ProcessEngine engine) {
    this.repository = engine.getRepositoryService();
  }

  /** The named standard in the latest version of the sale process. */
  public Optional<Duration> latest(String standard) {
    ProcessDefinition definition = repository.createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.PROCESS_KEY).latestVersion().withoutTenantId().singleResult();
    return definition == null ? Optional.empty() : of(definition.getId(), standard);
  }

  /** The named standard in a given process definition (the one a running sale follows). */
  public Optional<Duration> of(String processDefinitionId, String standard) {
    return in(repository.getBpmnModelInstance(processDefinitionId), standard);
  }

  /**
   * Standards found per model instance: the engine keeps one instance per deployed definition in its
   * deployment cache, and walking every event of the sale's model on each task and timer showed in the
   * benchmark's profile (issue 13). Weak keys: a model the engine's cache drops is dropped here too.
   */
  private static final Map<BpmnModelInstance, Map<String, Optional<Duration>>> FOUND =
      Collections.synchronizedMap(new WeakHashMap<>());

  static Optional<Duration> in(BpmnModelInstance model, String standard) {
    return FOUND.computeIfAbsent(model, m -> new ConcurrentHashMap<>())
        .computeIfAbsent(standard, s -> find(model, s));
  }

  private static Optional<Duration> find(BpmnModelInstance model, String standard) {
    return model.getModelElementsByType(Event.class).stream()
        .filter(e -> standard.equals(ModelProperties.get(e, ModelProperties.STANDARD)))
        .flatMap(e -> e.getChildElementsByType(TimerEventDefinition.class).stream())
        .map(ModelProperties::literalDuration)
        .flatMap(Optional::stream)
        .findFirst();
  }
}
