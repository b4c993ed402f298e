package id.go.bps.pst.process;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** Reads a {@code camunda:property} of a model element (e.g. {@code actor=visitor} on visitor steps). */
final class ModelProperties {

  private ModelProperties() {}

  static String get(BaseElement element, String name) {
    ExtensionElements ext = element.getExtensionElements();
    if (ext == null) {
      return null;
    }
    for (var props : ext.getElementsQuery().filterByType(
        org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list()) {
      for (CamundaProperty p : props.getCamundaProperties()) {
        if (name.equals(p.getCamundaName())) {
          return p.getCamundaValue();
        }
      }
    }
    return null;
  }
}
