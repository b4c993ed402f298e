package id.go.bps.pst.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bps.pst.identity.PstGroups;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The visitor's own steps of a sale, for the visitor's screens (the portal and the visitor screen at
 * the counter). A visitor step is any user task of the sale whose model says {@code actor=visitor}
 * (read from the model: an analyst adds one in the Modeler, Java names none); it is shown with its
 * own Camunda Form, the same one Tasklist shows an officer who assists.
 *
 * <p>Everything here is scoped to one request: a task of another request, or a step that is not the
 * visitor's, is treated as not open. Completion accepts only the keys the step's form declares,
 * runs with no Camunda user, and is recorded as the visitor's ({@link Actors#COMPLETED_VIA}).
 */
@Component
public class VisitorSteps {

  private static final Logger LOG = LoggerFactory.getLogger(VisitorSteps.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A name at the start of a FEEL path (not after a dot): {@code sale} in {@code sale.payment.paid}. */
  private static final Pattern NAME = Pattern.compile("(?<![\\w.$#/])([A-Za-z_][A-Za-z0-9_]*)(?![\\w]|\\s*[(:])");
  /** FEEL and template words that are not variables. */
  private static final Set<String> KEYWORDS = Set.of("not", "if", "then", "else", "for", "in", "return", "some",
      "every", "satisfies", "and", "or", "true", "false", "null", "between", "instance", "of", "function", "this",
      "parent", "loop", "each");
  /** First words of FEEL's built-in functions whose names have spaces ({@code is defined(x)}, {@code string length(x)}). */
  private static final Set<String> FUNCTION_FIRST_WORDS = Set.of("is", "get", "string", "upper", "lower", "substring",
      "starts", "ends", "date", "years", "day", "week", "month", "list", "index", "distinct", "insert", "context");
  private static final Pattern FUNCTION_REST = Pattern.compile("\\s+[a-z]+(?:\\s+[a-z]+)*\\s*\\(");
  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);

  /** Where the visitor completed a step. */
  public enum Via {
    PORTAL(Actors.PORTAL), COUNTER_SCREEN(Actors.COUNTER_SCREEN);

    private final String value;

    Via(String value) {
      this.value = value;
    }

    /** The value of {@value Actors#COMPLETED_VIA}. */
    public String value() {
      return value;
    }
  }

  /** An open visitor step: the task, its step name from the model, and since when it waits. */
  public record Step(String taskId, String key, String name, Instant createdAt) {}

  /** A step of the sale that staff work on now: its name from the model and who works it. */
  /**
   * An open staff step of the sale.
   *
   * @param visitorHint what the visitor is asked to do meanwhile (the task's {@code visitorHint} property, with
   *     {@code {total}} still in it), or null
   * @param visitorHintEn the same in English ({@code visitorHintEn}), or null
   */
  public record StaffStep(String name, Worker worker, String visitorHint, String visitorHintEn) {}

  /** Who works a staff step, from the task's candidate groups. */
  public enum Worker {
    OFFICER("petugas"), TREASURER("bendahara"), SUPERVISOR("koordinator PST");

    private final String label;

    Worker(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A visitor's request or submission that cannot be carried out; the message is for the visitor. */
  public static class RefusedException extends RuntimeException {
    private final int status;

    public RefusedException(int status, String message) {
      super(message);
      this.status = status;
    }

    /** The HTTP status to answer with: 400 (bad input) or 409 (the step is no longer open). */
    public int status() {
      return status;
    }
  }

  static final String NOT_OPEN =
      "Langkah ini sudah tidak menunggu isian Anda. Muat ulang halaman untuk melihat keadaan terbaru.";

  private final ProcessEngine engine;
  private final TaskForms forms;
  private final SaleView saleView;

  VisitorSteps(ProcessEngine engine, TaskForms forms, SaleView saleView) {
    this.engine = engine;
    this.forms = forms;
    this.saleView = saleView;
  }

  /** The visitor's open steps of the request, oldest first; empty when none (or the request is unknown). */
  public List<Step> open(String requestNumber) {
    List<Step> steps = new ArrayList<>();
    for (Task task : tasks(requestNumber)) {
      UserTask element = element(task);
      if (ModelProperties.isVisitorStep(element)) {
        steps.add(new Step(task.getId(), task.getTaskDefinitionKey(), stepName(task, element),
            task.getCreateTime().toInstant()));
      }
    }
    return steps;
  }

  /** The steps staff work on now for the request (the sale waits for them), oldest first. */
  public List<StaffStep> staffSteps(String requestNumber) {
    List<StaffStep> steps = new ArrayList<>();
    for (Task task : tasks(requestNumber)) {
      UserTask element = element(task);
      if (!ModelProperties.isVisitorStep(element)) {
        steps.add(new StaffStep(stepName(task, element), worker(element),
            ModelProperties.get(element, ModelProperties.VISITOR_HINT),
            ModelProperties.get(element, ModelProperties.VISITOR_HINT_EN)));
      }
    }
    return steps;
  }

  /** True while the request's sale is running (not ended, not cancelled). */
  public boolean running(String requestNumber) {
    return requestNumber != null && engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(requestNumber).processDefinitionKey(ProcessKeys.PROCESS_KEY).count() > 0;
  }

  /**
   * Refuses (400, naming them) keys that are no field of the step's form ({@code form}, as {@link #formSchema} gives
   * it); the first check of a completion, before the form's own rules.
   */
  public static void refuseKeysNotOnTheForm(JsonNode form, String taskId, Map<String, Object> submitted, Via via) {
    Set<String> allowed = TaskForms.submittedKeys(form);
    List<String> extra = (submitted == null ? Map.<String, Object>of() : submitted).keySet().stream()
        .filter(k -> !allowed.contains(k)).toList();
    if (!extra.isEmpty()) {
      LOG.warn("Refused visitor completion of task {} via {}: {} not fields of the form", taskId, via.value(), extra);
      throw new RefusedException(400, "Isian " + String.join(", ", extra)
          + " tidak ada pada formulir ini dan tidak dapat dikirim.");
    }
  }

  /** The Camunda Form (form-js schema) of an open visitor step of the request. */
  public JsonNode formSchema(String requestNumber, String taskId) {
    Task task = openStep(requestNumber, taskId);
    JsonNode schema = formOf(task);
    if (schema == null) {
      throw new RefusedException(409, "Langkah ini tidak memiliki formulir. Mintalah bantuan petugas PST.");
    }
    return schema;
  }

  /**
   * The variables the step's form reads: the process variables its schema references (field keys,
   * FEEL expressions, templates) and nothing else, plus the sale view {@code sale} with document links
   * under {@code documentLinkBase} (a link of the visitor's own surface, never the staff API).
   */
  public Map<String, Object> formVariables(String requestNumber, String taskId, String documentLinkBase) {
    Task task = openStep(requestNumber, taskId);
    JsonNode schema = formOf(task);
    Set<String> names = referencedNames(schema);
    names.remove(SaleView.VARIABLE);
    Map<String, Object> variables = new LinkedHashMap<>();
    if (!names.isEmpty()) {
      var typed = engine.getTaskService().getVariablesTyped(task.getId(), names, false);
      Set<String> shownAsText = FormText.shownAsText(schema);
      for (String name : typed.keySet()) {
        Object plain = plain(typed.getValueTyped(name));
        if (plain instanceof String text && shownAsText.contains(name)) {
          plain = FormText.escape(text); // shown as typed, not as Markdown
        }
        if (plain != null) {
          variables.put(name, plain);
        }
      }
    }
    saleView.of(requestNumber, documentLinkBase)
        .ifPresent(sale -> variables.put(SaleView.VARIABLE, FormText.escapeSale(sale)));
    return variables;
  }

  /**
   * Completes an open visitor step of the request with what its form submitted. Refused (nothing
   * changes) when the step is not open for this request (409), when a key is not a field of the form
   * (400, naming it), or when a rule of the step refuses the input (400, the rule's message).
   */
  public void complete(String requestNumber, String taskId, Map<String, Object> submitted, Via via) {
    Task task = openStep(requestNumber, taskId);
    Map<String, Object> data = submitted == null ? Map.of() : submitted;
    refuseKeysNotOnTheForm(formOf(task), task.getId(), data, via);
    VariableMap variables = Variables.createVariables();
    data.forEach((name, value) -> variables.putValueTyped(name, typed(value)));
    variables.putValueTyped(Actors.COMPLETED_VIA, Variables.stringValue(via.value(), true));

    var identity = engine.getIdentityService();
    Authentication previous = identity.getCurrentAuthentication();
    identity.clearAuthentication(); // the visitor has no Camunda account
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } catch (FormFieldValidationException refused) {
      throw new RefusedException(400, refused.getMessage());
    } catch (OptimisticLockingException | org.camunda.bpm.engine.exception.NullValueException
        | org.camunda.bpm.engine.exception.NotFoundException concurrent) {
      throw new RefusedException(409, NOT_OPEN);
    } catch (ProcessEngineException failed) {
      if (failed.getCause() instanceof FormFieldValidationException refused) {
        throw new RefusedException(400, refused.getMessage());
      }
      throw failed;
    } finally {
      if (previous != null) {
        identity.setAuthentication(previous);
      }
    }
  }

  // ---- internals --------------------------------------------------------------------------------

  private List<Task> tasks(String requestNumber) {
    if (requestNumber == null) {
      return List.of();
    }
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(requestNumber)
        .processDefinitionKey(ProcessKeys.PROCESS_KEY).active().orderByTaskCreateTime().asc().list();
  }

  private Task openStep(String requestNumber, String taskId) {
    if (taskId == null || requestNumber == null) {
      throw new RefusedException(409, NOT_OPEN);
    }
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).processInstanceBusinessKey(requestNumber)
        .processDefinitionKey(ProcessKeys.PROCESS_KEY).active().singleResult();
    if (task == null || !ModelProperties.isVisitorStep(element(task))) {
      throw new RefusedException(409, NOT_OPEN);
    }
    return task;
  }

  /** The open step's form; the step completed meanwhile (by an officer on the visitor's behalf) answers 409. */
  private JsonNode formOf(Task task) {
    try {
      return forms.taskForm(task.getId());
    } catch (org.camunda.bpm.engine.exception.NotFoundException completedMeanwhile) {
      throw new RefusedException(409, NOT_OPEN);
    }
  }

  private UserTask element(Task task) {
    var model = engine.getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId());
    return model == null ? null : model.getModelElementById(task.getTaskDefinitionKey());
  }

  private static String stepName(Task task, UserTask element) {
    return StepNames.of(task.getName(), element);
  }

  private static Worker worker(UserTask element) {
    String groups = element == null || element.getCamundaCandidateGroups() == null ? ""
        : element.getCamundaCandidateGroups();
    if (groups.contains(PstGroups.PETUGAS)) {
      return Worker.OFFICER;
    }
    return groups.contains(PstGroups.BENDAHARA) ? Worker.TREASURER
        : groups.contains(PstGroups.SUPERVISOR) ? Worker.SUPERVISOR : Worker.OFFICER;
  }

  /**
   * The names a form reads: its field keys and paths, and the first segment of every path in its FEEL
   * expressions ({@code =...}) and templates ({@code {{...}}}). String literals are not names.
   */
  static Set<String> referencedNames(JsonNode schema) {
    Set<String> names = new LinkedHashSet<>();
    collect(schema, names);
    return names;
  }

  private static void collect(JsonNode node, Set<String> names) {
    if (node == null) {
      return;
    }
    if (node.isObject()) {
      boolean component = node.has("type"); // a table column or an option has a key too, but reads no variable
      node.fields().forEachRemaining(field -> {
        JsonNode value = field.getValue();
        if (value.isTextual() && Set.of("key", "path", "valuesKey").contains(field.getKey())) {
          if (!component) {
            return;
          }
          String first = value.asText().split("\\.")[0];
          if (!first.isBlank()) {
            names.add(first);
          }
        } else {
          collect(value, names);
        }
      });
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, names));
    } else if (node.isTextual()) {
      String text = node.asText();
      if (text.startsWith("=")) {
        namesIn(text.substring(1), names);
      } else {
        Matcher m = TEMPLATE.matcher(text);
        while (m.find()) {
          namesIn(m.group(1), names);
        }
      }
    }
  }

  private static void namesIn(String expression, Set<String> names) {
    String text = STRING_LITERAL.matcher(expression).replaceAll("\"\"");
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      boolean functionName = FUNCTION_FIRST_WORDS.contains(name)
          && FUNCTION_REST.matcher(text).region(m.end(), text.length()).lookingAt();
      if (!KEYWORDS.contains(name) && !functionName) {
        names.add(name);
      }
    }
  }

  /** A variable as the browser's form reads it: JSON as a tree, dates as ISO text, nothing opaque. */
  private static Object plain(TypedValue value) {
    if (value == null) {
      return null;
    }
    if (value instanceof JsonValue json) {
      try {
        String serialized = json.getValueSerialized();
        return serialized == null ? null : JSON.readTree(serialized);
      } catch (IOException | IllegalStateException unreadable) {
        return null;
      }
    }
    if (value instanceof org.camunda.bpm.engine.variable.value.SerializableValue) {
      return null; // Java objects, XML: not for a visitor's form
    }
    Object v = value.getValue();
    if (v instanceof Date d) {
      return d.toInstant().toString();
    }
    if (v instanceof String || v instanceof Number || v instanceof Boolean) {
      return v;
    }
    return null; // files, bytes
  }

  /** A submitted value as Tasklist sends it: lists and objects as JSON, the rest untyped. */
  private static TypedValue typed(Object value) {
    if (value instanceof Collection<?> || value instanceof Map<?, ?> || value instanceof JsonNode) {
      try {
        return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
      } catch (IOException e) {
        throw new RefusedException(400, "Isian formulir tidak dapat dibaca.");
      }
    }
    return Variables.untypedValue(value);
  }
}
