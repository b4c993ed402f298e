package id.go.bps.pst.process;

import java.time.Duration;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * What the model says about its elements, read from the model itself so that Java never names a
 * BPMN element id: {@code camunda:property} values (e.g. {@code actor=visitor} on the visitor's steps,
 * {@code standard=queueWait} on a timer), the process an element belongs to, and literal timer
 * durations.
 */
final class ModelProperties {

  /** Property naming who works a user task at the counter: {@value #VISITOR} for the visitor's own steps. */
  static final String ACTOR = "actor";
  static final String VISITOR = "visitor";
  /** Property of a user task naming the variable that keeps who completed it (printed later on a document). */
  static final String PERFORMER_VARIABLE = "performerVariable";
  /** Property of a user task: its due date is the named standard after the queue clock started. */
  static final String DUE = "due";
  /** Property of a timer naming the service standard it measures. */
  static final String STANDARD = "standard";

  private ModelProperties() {}

  static String get(BaseElement element, String name) {
    if (element == null) {
      return null;
    }
    ExtensionElements ext = element.getExtensionElements();
    if (ext == null) {
      return null;
    }
    for (var props : ext.getElementsQuery().filterByType(CamundaProperties.class).list()) {
      for (CamundaProperty p : props.getCamundaProperties()) {
        if (name.equals(p.getCamundaName())) {
          return p.getCamundaValue();
        }
      }
    }
    return null;
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
    return activity.getModelInstance().getModelElementsByType(BoundaryEvent.class).stream()
        .filter(b -> b.getAttachedTo() == activity)
        .flatMap(b -> b.getEventDefinitions().stream())
        .filter(TimerEventDefinition.class::isInstance)
        .map(d -> literalDuration((TimerEventDefinition) d))
        .flatMap(Optional::stream)
        .findFirst();
  }
}
