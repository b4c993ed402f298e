package id.go.bps.bench;

import id.go.bps.bench.stock.NoOpDelegate;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The stock engine's sale, generated from our model and one traced sale of ours, so that it keeps the
 * shape of our happy path as the model changes: the same user tasks (same ids, candidate groups),
 * gateways, events, sub-processes, timers, event sub-processes and asynchronous continuations, in the
 * same order, and nothing of ours:
 * <ul>
 *   <li>flow nodes the traced sale did not pass are removed (boundary events of kept activities and
 *       event sub-processes stay: they create timers and subscriptions in our sale too);</li>
 *   <li>at a gateway the sale passed with several outgoing flows left, only the flow the sale took is
 *       kept, without its condition (our conditions read variables that our delegates set);</li>
 *   <li>every service, send and business-rule task becomes a no-op Java delegate ({@link NoOpDelegate}),
 *       keeping its {@code asyncBefore}/{@code asyncAfter}/{@code exclusive} flags;</li>
 *   <li>all extension elements (listeners, input/output mappings, properties), forms, lanes and the
 *       diagram are dropped; timers whose expression reads a variable get a fixed 30-day duration.</li>
 * </ul>
 */
public final class StockModel {

  private static final String CAMUNDA = BpmnModelConstants.CAMUNDA_NS;
  /** Camunda attributes that name our code, forms or variables; removed everywhere. */
  private static final List<String> OURS = List.of("class", "delegateExpression", "expression", "resultVariable",
      "type", "topic", "taskPriority", "formKey", "formRef", "formRefBinding", "formRefVersion", "formHandlerClass",
      "decisionRef", "decisionRefBinding", "decisionRefVersion", "decisionRefVersionTag", "decisionRefTenantId",
      "mapDecisionResult", "errorCodeVariable", "errorMessageVariable", "variableName", "variableEvents");
  /** Camunda attributes kept unless they hold an expression. */
  private static final List<String> LITERAL_ONLY = List.of("candidateGroups", "candidateUsers", "assignee",
      "dueDate", "followUpDate", "priority", "jobPriority");

  private StockModel() {}

  public static BpmnModelInstance read(InputStream bpmn) {
    return Bpmn.readModelFromStream(bpmn);
  }

  /**
   * @param ours our model (not changed; a copy is made)
   * @param trace the activity ids our traced sale passed, in the order they started
   */
  public static BpmnModelInstance generate(BpmnModelInstance ours, List<String> trace) {
    BpmnModelInstance model = ours.clone();
    Set<String> visited = new HashSet<>(trace);
    Set<String> kept = new HashSet<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (keep(node, visited)) {
        kept.add(node.getId());
      }
    }
    // flows: both ends kept; at a branching point the sale passed, only the branch it took
    List<SequenceFlow> removedFlows = new ArrayList<>();
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!kept.contains(flow.getSource().getId()) || !kept.contains(flow.getTarget().getId())) {
        removedFlows.add(flow);
      }
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!kept.contains(node.getId()) || !visited.contains(node.getId()) || insideEventSubProcess(node)) {
        continue;
      }
      List<SequenceFlow> outgoing = node.getOutgoing().stream().filter(f -> !removedFlows.contains(f)).toList();
      boolean exclusive = node instanceof ExclusiveGateway || node instanceof Activity;
      boolean inclusive = node instanceof InclusiveGateway;
      if (outgoing.size() > 1 && (exclusive || inclusive)
          && outgoing.stream().anyMatch(f -> f.getConditionExpression() != null)) {
        List<SequenceFlow> taken = taken(node.getId(), outgoing, trace, exclusive);
        outgoing.stream().filter(f -> !taken.contains(f)).forEach(removedFlows::add);
      }
    }
    for (SequenceFlow flow : removedFlows) {
      remove(flow);
    }
    for (FlowNode node : new ArrayList<>(model.getModelElementsByType(FlowNode.class))) {
      if (!kept.contains(node.getId())) {
        remove(node);
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      ConditionExpression condition = flow.getConditionExpression();
      if (condition != null && !insideEventSubProcess(flow)) {
        flow.removeChildElement(condition);
      }
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!insideEventSubProcess(node)) {
        node.removeAttribute("default");
      }
    }
    strip(model);
    for (Process process : model.getModelElementsByType(Process.class)) {
      process.setName("Stock sale generated from " + process.getId());
    }
    Bpmn.validateModel(model);
    return model;
  }

  private static boolean keep(FlowNode node, Set<String> visited) {
    if (visited.contains(node.getId())) {
      return true;
    }
    if (node instanceof BoundaryEvent boundary) {
      return visited.contains(boundary.getAttachedTo().getId());
    }
    ModelElementInstance scope = node.getParentElement();
    if (node instanceof SubProcess sub && sub.triggeredByEvent()) {
      return scope instanceof Process || (scope instanceof FlowNode parent && visited.contains(parent.getId()));
    }
    return insideEventSubProcess(node) && keep((FlowNode) eventSubProcessOf(node), visited);
  }

  /** At a branching point: the flow whose target the sale reached first after the node (all, if inclusive). */
  private static List<SequenceFlow> taken(String nodeId, List<SequenceFlow> outgoing, List<String> trace,
      boolean exclusive) {
    int at = trace.indexOf(nodeId);
    List<SequenceFlow> taken = new ArrayList<>();
    int best = Integer.MAX_VALUE;
    for (SequenceFlow flow : outgoing) {
      int next = indexAfter(trace, flow.getTarget().getId(), at);
      if (next < 0) {
        continue;
      }
      if (!exclusive) {
        taken.add(flow);
      } else if (next < best) {
        best = next;
        taken.clear();
        taken.add(flow);
      }
    }
    if (taken.isEmpty()) {
      throw new IllegalStateException("cannot tell which flow the traced sale took at " + nodeId);
    }
    return taken;
  }

  private static int indexAfter(List<String> trace, String id, int from) {
    for (int i = from + 1; i < trace.size(); i++) {
      if (trace.get(i).equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean insideEventSubProcess(ModelElementInstance element) {
    return eventSubProcessOf(element) != null;
  }

  private static ModelElementInstance eventSubProcessOf(ModelElementInstance element) {
    for (ModelElementInstance e = element.getParentElement(); e != null; e = e.getParentElement()) {
      if (e instanceof SubProcess sub && sub.triggeredByEvent()) {
        return sub;
      }
    }
    return null;
  }

  private static void remove(ModelElementInstance element) {
    if (element instanceof SequenceFlow flow) {
      flow.getSource().getOutgoing().remove(flow);
      flow.getTarget().getIncoming().remove(flow);
    }
    if (element instanceof FlowNode node) {
      for (SequenceFlow flow : new ArrayList<>(node.getIncoming())) {
        remove(flow);
      }
      for (SequenceFlow flow : new ArrayList<>(node.getOutgoing())) {
        remove(flow);
      }
    }
    ModelElementInstance parent = element.getParentElement();
    if (parent != null) {
      parent.removeChildElement(element);
    }
  }

  /** Drops everything of ours: code, listeners, mappings, forms, lanes, diagram; fixes variable timers. */
  private static void strip(BpmnModelInstance model) {
    removeAll(model.getModelElementsByType(BpmnDiagram.class));
    removeAll(model.getModelElementsByType(Collaboration.class));
    removeAll(model.getModelElementsByType(LaneSet.class));
    removeAll(model.getModelElementsByType(ExtensionElements.class));
    removeAll(model.getModelElementsByType(Documentation.class));
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      if (element instanceof ScriptTask || element instanceof CallActivity
          || element instanceof ConditionalEventDefinition
          || element instanceof MultiInstanceLoopCharacteristics) {
        if (!insideEventSubProcess(element)) {
          throw new IllegalStateException("the stock model cannot yet mirror " + element.getElementType()
              .getTypeName() + " " + element.getId() + " of our happy path: extend " + StockModel.class.getName());
        }
      }
      for (String attribute : OURS) {
        element.removeAttributeNs(CAMUNDA, attribute);
      }
      for (String attribute : LITERAL_ONLY) {
        String value = element.getAttributeValueNs(CAMUNDA, attribute);
        if (value != null && (value.contains("${") || value.contains("#{"))) {
          element.removeAttributeNs(CAMUNDA, attribute);
        }
      }
      if (element instanceof ServiceTask || element instanceof SendTask || element instanceof BusinessRuleTask) {
        element.setAttributeValueNs(CAMUNDA, "class", NoOpDelegate.class.getName());
      }
    }
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      ModelElementInstance definition = timer.getTimeDuration() != null ? timer.getTimeDuration()
          : timer.getTimeDate() != null ? timer.getTimeDate() : timer.getTimeCycle();
      if (definition != null && definition.getTextContent().contains("{")) {
        timer.removeChildElement(definition);
        TimeDuration duration = model.newInstance(TimeDuration.class);
        duration.setTextContent("P30D");
        timer.setTimeDuration(duration);
      }
    }
  }

  private static void removeAll(Collection<? extends ModelElementInstance> elements) {
    for (ModelElementInstance e : new ArrayList<>(elements)) {
      e.getParentElement().removeChildElement(e);
    }
  }

  /** The user task ids of a model's flow elements that the traced sale would complete, in trace order. */
  static List<String> userTasksIn(List<String> trace, BpmnModelInstance model) {
    Set<String> userTasks = new HashSet<>();
    model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class)
        .forEach(t -> userTasks.add(((FlowElement) t).getId()));
    return trace.stream().filter(userTasks::contains).toList();
  }
}
