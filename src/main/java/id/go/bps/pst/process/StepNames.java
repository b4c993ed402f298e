package id.go.bps.pst.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

/**
 * What a sale's step is called where people read it (Tasklist's list, the visitor screen, the portal, the
 * audit trail): the model's name, or the model's shorter {@value #NAME_WITHOUT_MICRODATA} property when the
 * sale holds no microdata (step 10 reads "Periksa invoice" for a book, not "... contoh data mikro dan
 * perjanjian"). {@link TaskLifecycle} writes it at the head of the task's name, before
 * {@value #SEPARATOR}; the other readers take it from there, so no one asks the engine for a variable again.
 */
final class StepNames {

  /** Property of a user task: its name for a sale without microdata (an analyst edits it in Modeler). */
  static final String NAME_WITHOUT_MICRODATA = "nameWithoutMicrodata";
  /** Between the step and the request number, visitor and ticket in a task's name. */
  static final String SEPARATOR = " · ";

  private StepNames() {}

  /** The step's name for this sale. */
  static String forSale(FlowElement element, VariableScope sale) {
    String shorter = ModelProperties.get(element, NAME_WITHOUT_MICRODATA);
    if (shorter != null && !shorter.isBlank() && !Vars.bool(sale, ProcessKeys.HAS_MICRODATA)) {
      return shorter.strip();
    }
    return element.getName();
  }

  /** The step part of a task's name as {@link TaskLifecycle} wrote it; the model's name otherwise. */
  static String of(String taskName, FlowElement element) {
    if (taskName != null) {
      int end = taskName.indexOf(SEPARATOR);
      if (end > 0) {
        return taskName.substring(0, end);
      }
    }
    return element != null && element.getName() != null ? element.getName() : taskName;
  }
}
