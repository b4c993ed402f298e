package id.go.bps.pst.process;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.ModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * What the model says about its elements, read from the model itself so that Java never names a
 * BPMN element id: {@code camunda:property} values (e.g. {@code actor=visitor} on the visitor's steps,
 * {@code standard=queueWait} on a timer), the process an element belongs to, and literal timer
 * durations. What is read from a deployed model is kept per model instance (the engine keeps one per
 * deployed definition, and never changes it): a task's create and complete ask for several properties, and
 * each look-up walks the model's XML (issue 13).
 */
final class ModelProperties {

  /** Property naming who works a user task at the counter: {@value #VISITOR} for the visitor's own steps. */
  static final String ACTOR = "actor";
  /**
   * On a staff user task: what the visitor at the counter screen is asked to do while staff work the step
   * (e.g. pay the treasurer); {@code {total}} becomes the sale's total in rupiah.
   */
  static final String VISITOR_HINT = "visitorHint";
  /** The same in English, the counter screen's second language. */
  static final String VISITOR_HINT_EN = "visitorHintEn";
  static final String VISITOR = "visitor";
  /** Property of a user task naming the variable that keeps who completed it (printed later on a document). */
  static final String PERFORMER_VARIABLE = "performerVariable";
  /** Property of a user task: its due date is the named standard after the queue clock started. */
  static final String DUE = "due";
  /** Property of a timer naming the service standard it measures. */
  static final String STANDARD = "standard";

  private ModelProperties() {}

  /** Per model instance (weakly held: a model nobody uses any more goes), per element id: its properties. */
  private static final Map<ModelInstance, Map<String, Map<String, String>>> PROPERTIES =
      Collections.synchronizedMap(new WeakHashMap<>());
  /** Per model instance, per activity id: the literal duration of the timer attached to it. */
  private static final Map<ModelInstance, Map<String, Duration>> ATTACHED_TIMERS =
      Collections.synchronizedMap(new WeakHashMap<>());

  static String get(BaseElement element, String name) {
    if (element == null) {
      return null;
    }
    String id = element.getId();
    if (id == null) {
      return read(element).get(name);
    }
    return PROPERTIES.computeIfAbsent(element.getModelInstance(), m -> new ConcurrentHashMap<>())
        .computeIfAbsent(id, k -> read(element)).get(name);
  }

  private static Map<String, String> read(BaseElement element) {
    Map<String, String> properties = new HashMap<>();
    ExtensionElements ext = element.getExtensionElements();
    if (ext != null) {
      for (var props : ext.getElementsQuery().filterByType(CamundaProperties.class).list()) {
        for (CamundaProperty p : props.getCamundaProperties()) {
          if (p.getCamundaName() != null && p.getCamundaValue() != null) {
            properties.putIfAbsent(p.getCamundaName(), p.getCamundaValue());
          }
        }
      }
    }
    return Map.copyOf(properties);
  }

  static boolean isVisitorStep(BaseElement element) {
    return VISITOR.equals(get(element, ACTOR));
  }

  /** The id (key) of the process an element belongs to. */
  static String processKey(ModelElementInstance element) {
    ModelElementInstance e = element;
    while (e != null && !(e instanceof Process)) {
      e = e.getParentElement();
    }
    return e == null ? null : ((Process) e).getId();
  }

  /** The literal ISO-8601 duration of a timer event definition (PT10M, P30D); empty for dates and expressions. */
  static Optional<Duration> literalDuration(TimerEventDefinition timer) {
    if (timer == null || timer.getTimeDuration() == null) {
      return Optional.empty();
    }
    String text = timer.getTimeDuration().getTextContent();
    if (text == null || text.isBlank() || text.contains("$") || text.contains("#")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.parse(text.strip()));
    } catch (RuntimeException notADuration) {
      return Optional.empty();
    }
  }

  /** The literal duration of the (first) timer boundary event attached to an activity. */
  static Optional<Duration> attachedTimerDuration(FlowElement activity) {
    Map<String, Duration> timers = ATTACHED_TIMERS.computeIfAbsent(activity.getModelInstance(), model -> {
      Map<String, Duration> byActivity = new HashMap<>();
      for (BoundaryEvent b : model.getModelElementsByType(BoundaryEvent.class)) {
        if (b.getAttachedTo() == null || b.getAttachedTo().getId() == null) {
          continue;
        }
        b.getEventDefinitions().stream().filter(TimerEventDefinition.class::isInstance)
            .map(d -> literalDuration((TimerEventDefinition) d)).flatMap(Optional::stream).findFirst()
            .ifPresent(d -> byActivity.putIfAbsent(b.getAttachedTo().getId(), d));
      }
      return Map.copyOf(byActivity);
    });
    return Optional.ofNullable(timers.get(activity.getId()));
  }
}
