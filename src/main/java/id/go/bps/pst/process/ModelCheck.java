package id.go.bps.pst.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bps.pst.identity.WithoutAuthentication;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Checks that a deployment (what an analyst deploys from the Modeler: often one changed file) can run in this
 * application before the engine takes it: the analyst is told at once, not by a visitor. Refused:
 * <ul>
 *   <li><b>every process</b> ({@code processes/*.bpmn}): an expression ({@code ${...}} or {@code #{...}} in any
 *   attribute or text of the model: conditions, timers, listeners, delegates, assignees, due dates, input
 *   parameters) that does not parse as the engine parses it (Camunda's JUEL); a delegate or listener
 *   {@code ${bean}} that is no Spring bean; a method called on a bean that its class does not have (public, by
 *   name and number of arguments; also on {@code execution} and {@code task}); a property read from a bean
 *   without a getter; a function other than Camunda's ({@code now()}, {@code dateTime()}, {@code currentUser()},
 *   {@code currentUserGroups()}); and a bare name that is neither a Spring bean, nor one of the engine's own
 *   ({@link #IMPLICIT}: {@code execution}, {@code task}, {@code authenticatedUserId}, …), nor <b>a variable the
 *   process can have</b>. That is: a key of a form field of a form the process's user tasks and start events
 *   reference (in the deployment, or else the latest deployed; {@link TaskForms#submittedKeys}, fields inside
 *   groups included); a variable the model itself sets ({@code camunda:resultVariable}, input/output parameters,
 *   {@code camunda:elementVariable}, call activities' {@code camunda:in}/{@code camunda:out} targets,
 *   {@code camunda:formField} ids, a task's {@code performerVariable} property, and
 *   {@code execution.setVariable('name', ...)} in its own expressions); or a variable Java sets
 *   ({@link ModelContract#VARIABLES_SET_BY_JAVA}, the one list of them). A name from a form that no task of this
 *   process shows is not enough: a sale can only have the variables its own steps give it;</li>
 *   <li><b>the sale's processes</b> (sale and refund): besides, a renamed element id Java relies on
 *   ({@link ModelContract}), the standards as literal durations, a user task without a form or candidate group,
 *   a form or decision that exists neither in the deployment nor deployed;</li>
 *   <li><b>forms</b>, deployed alone or with a model (forms are bound {@code latest}: a new version reaches every
 *   sale, running ones too): a form that lacks a key that a user task showing it needs, in the models in force
 *   (the latest version of each process, versions with running instances, or the model in the same
 *   deployment). A task needs (1) the keys its listeners read ({@link ReadsFormFields}, e.g.
 *   {@code paymentMethod} for {@code paymentChoiceValidationListener}) and (2) the names read by the conditions
 *   right after it (its outgoing flows, through gateways) that the previous version of the form had: a form
 *   may not drop the field a gateway decides on. (Not (2) for names the previous version did not have: those
 *   come from elsewhere, e.g. the bank's message sets {@code paymentMethod} too.) Checked also when a model is
 *   deployed, against the forms its tasks show;</li>
 *   <li><b>decisions</b>: a DMN that does not parse, or a cell that is not valid FEEL ({@link DecisionCheck}).</li>
 * </ul>
 */
@Component
public class ModelCheck {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  /** The names the engine's expressions know without a variable or bean (Camunda's VariableScopeElResolver). */
  static final Set<String> IMPLICIT = Set.of("execution", "task", "caseExecution", "externalTask",
      "authenticatedUserId", "loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances");
  /** Camunda's functions in expressions. */
  private static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");
  /** Elements whose text is not an expression (documentation, scripts, annotations). */
  private static final Set<String> NOT_EXPRESSIONS = Set.of("documentation", "script", "text", "property");

  private final ApplicationContext context;
  private final ProcessEngine engine;
  private final RepositoryService repository;
  private final RuntimeService runtime;

  ModelCheck(ApplicationContext context, ProcessEngine engine) {
    this.context = context;
    this.engine = engine;
    this.repository = engine.getRepositoryService();
    this.runtime = engine.getRuntimeService();
  }

  /**
   * The problems of a deployment, in Bahasa Indonesia; empty when it can run. Reads what is deployed as the
   * system (the caller's rights are checked before: {@link DeploymentGuard}).
   *
   * @param resources resource name to content, as the deployment carries them
   */
  public List<String> problems(Map<String, byte[]> resources) {
    return WithoutAuthentication.call(engine.getIdentityService(), () -> new ArrayList<>(check(resources)));
  }

  private Set<String> check(Map<String, byte[]> resources) {
    Set<String> problems = new LinkedHashSet<>();
    Map<String, JsonNode> forms = new LinkedHashMap<>();
    Map<String, String> formResources = new HashMap<>();
    Set<String> decisions = new HashSet<>();
    Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
    resources.forEach((name, bytes) -> {
      if (name.endsWith(".form")) {
        try {
          JsonNode form = JSON.readTree(bytes);
          String id = form == null ? "" : form.path("id").asText("");
          if (id.isBlank()) {
            problems.add("Formulir " + name + " tidak memiliki id.");
          } else {
            forms.put(id, form);
            formResources.put(id, name);
          }
        } catch (IOException e) {
          problems.add("Formulir " + name + " bukan JSON yang sah.");
        }
      } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
        problems.addAll(DecisionCheck.problems(name, bytes, decisions));
      } else if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
          models.put(name, Bpmn.readModelFromStream(in));
        } catch (RuntimeException | IOException unreadable) {
          problems.add("Model " + name + " tidak dapat dibaca: " + unreadable.getMessage());
        }
      }
    });
    Deployed deployed = new Deployed(forms, formResources);
    Set<String> keysInDeployment = new HashSet<>();
    models.forEach((name, model) -> {
      model.getModelElementsByType(Process.class).forEach(p -> keysInDeployment.add(p.getId()));
      problems.addAll(expressions(name, model, deployed));
      problems.addAll(taskForms(name, model, deployed));
      problems.addAll(messages(name, model));
      problems.addAll(candidateGroups(name, model));
      if (model.getModelElementsByType(Process.class).stream()
          .anyMatch(p -> TaskLifecycle.SALE_PROCESSES.contains(p.getId()))) {
        problems.addAll(sale(name, model, deployed, decisions));
      }
    });
    if (!forms.isEmpty()) {
      // a form reaches the tasks of the models in force (bound latest): check it against them
      for (BpmnModelInstance model : modelsInForce(keysInDeployment)) {
        problems.addAll(taskForms(null, model, deployed));
      }
    }
    return problems;
  }

  // ---- the sale's own contract ---------------------------------------------------------------------------

  private List<String> sale(String name, BpmnModelInstance model, Deployed forms, Set<String> decisions) {
    List<String> problems = new ArrayList<>();
    boolean sale = model.getModelElementsByType(Process.class).stream()
        .anyMatch(p -> ProcessKeys.PROCESS_KEY.equals(p.getId()));
    if (sale) {
      for (String id : ModelContract.ELEMENT_IDS) {
        if (model.getModelElementById(id) == null) {
          problems.add(name + ": elemen " + id + " tidak ada, padahal aplikasi memakainya ("
              + ModelContract.class.getSimpleName() + "). Kembalikan id-nya.");
        }
      }
      problems.addAll(unrecordedEnds(name, model));
      for (String standard : List.of(ServiceStandards.QUEUE_WAIT, ServiceStandards.INVOICE_VALIDITY)) {
        if (ServiceStandards.in(model, standard).isEmpty()) {
          problems.add(name + ": timer dengan properti standard=" + standard
              + " tidak ada atau durasinya bukan durasi ISO-8601 (mis. PT10M, P30D).");
        }
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String form = task.getCamundaFormRef();
      if (form == null || form.isBlank()) {
        problems.add(name + ": tugas " + label(task) + " tidak memiliki Camunda Form (formRef).");
      } else if (forms.form(form) == null) {
        problems.add(name + ": formulir " + form + " untuk tugas " + label(task)
            + " tidak ada di penerapan ini maupun yang sudah diterapkan.");
      }
      if (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank()) {
        problems.add(name + ": tugas " + label(task) + " tidak memiliki grup kandidat (candidateGroups).");
      }
    }
    for (BusinessRuleTask rule : model.getModelElementsByType(BusinessRuleTask.class)) {
      String key = rule.getCamundaDecisionRef();
      if (key != null && !decisions.contains(key)
          && repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).count() == 0) {
        problems.add(name + ": tabel keputusan " + key + " untuk " + label(rule)
            + " tidak ada di penerapan ini maupun yang sudah diterapkan.");
      }
    }
    return problems;
  }

  private static final String COMPLETED_LISTENER = "${requestCompletedListener}";
  private static final String CANCEL_DELEGATE = "${cancelRequestDelegate}";

  /**
   * An end event of the sale's main path (directly in the process, reached from its start without a non-interrupting
   * boundary event on the way) must record how the sale ended: carry {@code requestCompletedListener} (done), or come
   * right after {@code cancelRequestDelegate} (cancelled). Otherwise the process ends and the request stays "Sedang
   * dilayani" on every page for ever.
   */
  private static List<String> unrecordedEnds(String name, BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    for (org.camunda.bpm.model.bpmn.instance.EndEvent end
        : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.EndEvent.class)) {
      if (!(end.getParentElement() instanceof Process) || hasListener(end, COMPLETED_LISTENER)
          || end.getIncoming().stream().anyMatch(f -> CANCEL_DELEGATE.equals(
              f.getSource().getAttributeValueNs(CAMUNDA, "delegateExpression")))
          || !onMainPath(end)) {
        continue;
      }
      problems.add(name + ": akhir " + label(end) + " mengakhiri penjualan tanpa mencatat hasilnya: permintaan akan "
          + "tetap berstatus «Sedang dilayani». Arahkan alurnya ke pembatalan (event tautan «Pembatalan» → Catat "
          + "pembatalan permintaan, dengan cancelCode) atau ke End_Completed, atau pasang listener "
          + COMPLETED_LISTENER + " (event start) bila akhir ini berarti selesai dilayani.");
    }
    return problems;
  }

  private static boolean hasListener(BaseElement element, String expression) {
    return element.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.ExtensionElements.class).stream()
        .flatMap(x -> x.getChildElementsByType(CamundaExecutionListener.class).stream())
        .anyMatch(l -> expression.equals(l.getCamundaDelegateExpression()));
  }

  /** Whether a start event of the process reaches the node without passing a non-interrupting boundary event. */
  private static boolean onMainPath(FlowNode node) {
    java.util.Deque<FlowNode> todo = new java.util.ArrayDeque<>(List.of(node));
    Set<FlowNode> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      FlowNode n = todo.pop();
      if (!seen.add(n)) {
        continue;
      }
      if (n instanceof org.camunda.bpm.model.bpmn.instance.StartEvent && n.getParentElement() instanceof Process) {
        return true;
      }
      if (n instanceof org.camunda.bpm.model.bpmn.instance.BoundaryEvent boundary) {
        if (boundary.cancelActivity() && boundary.getAttachedTo() != null) {
          todo.push(boundary.getAttachedTo());
        }
        continue;
      }
      n.getIncoming().forEach(f -> todo.push(f.getSource()));
    }
    return false;
  }

  /** The messages Java sends into this model's process ({@link ModelContract#MESSAGES}) must still be awaited. */
  private static List<String> messages(String name, BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      Map<String, String> needed = ModelContract.MESSAGES.getOrDefault(process.getId(), Map.of());
      if (needed.isEmpty()) {
        continue;
      }
      Set<String> awaited = new HashSet<>();
      for (MessageEventDefinition definition : model.getModelElementsByType(MessageEventDefinition.class)) {
        if (definition.getMessage() != null && definition.getMessage().getName() != null
            && definition.getParentElement() instanceof CatchEvent) {
          awaited.add(definition.getMessage().getName());
        }
      }
      needed.forEach((message, sender) -> {
        if (!awaited.contains(message)) {
          problems.add(name + ": tidak ada event yang menunggu pesan «" + message + "», padahal aplikasi mengirimnya ("
              + sender + "). Kembalikan nama pesan (Message name) itu pada event penangkapnya.");
        }
      });
    }
    return problems;
  }

  /**
   * A user task's candidate groups must be groups whose members work in Tasklist: an existing Camunda group that a
   * saved Tasklist filter lists (Tugas Petugas PST: petugas, …). A task for any other group reaches nobody.
   */
  private List<String> candidateGroups(String name, BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    Set<String> working = null;
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String groups = task.getCamundaCandidateGroups();
      if (groups == null || groups.isBlank() || isExpression(groups)) {
        continue;
      }
      if (working == null) {
        working = workingGroups();
      }
      for (String group : groups.split(",")) {
        String g = group.strip();
        if (g.isEmpty() || working.contains(g)) {
          continue;
        }
        boolean exists = engine.getIdentityService().createGroupQuery().groupId(g).count() > 0;
        problems.add(name + ": tugas " + label(task) + " untuk grup kandidat «" + g + "», "
            + (exists ? "grup yang tidak bekerja di Tasklist (tidak ada filter Tasklist untuknya)"
                : "grup yang tidak ada di Camunda (Admin → Groups)")
            + ": tugas itu tidak akan tampil bagi siapa pun. Grup yang dapat dipakai: "
            + String.join(", ", new java.util.TreeSet<>(working)) + ".");
      }
    }
    return problems;
  }

  /** The groups a saved Tasklist filter lists by candidate group (Tugas Petugas PST, Tugas Bendahara, …). */
  private Set<String> workingGroups() {
    Set<String> groups = new HashSet<>();
    for (org.camunda.bpm.engine.filter.Filter filter : engine.getFilterService().createFilterQuery()
        .filterResourceType(org.camunda.bpm.engine.authorization.Resources.TASK.resourceName()).list()) {
      if (filter.getQuery() instanceof org.camunda.bpm.engine.impl.TaskQueryImpl query) {
        if (query.getCandidateGroup() != null) {
          groups.add(query.getCandidateGroup());
        }
        if (query.getCandidateGroupsInternal() != null) {
          groups.addAll(query.getCandidateGroupsInternal());
        }
      }
    }
    return groups;
  }

  // ---- expressions ----------------------------------------------------------------------------------------

  /** One expression of a model: where it is (the nearest element with an id), which attribute, its text. */
  private record Expression(String element, String attribute, String text) {}

  private List<String> expressions(String name, BpmnModelInstance model, Deployed deployed) {
    List<Expression> found = new ArrayList<>();
    org.w3c.dom.Node dom = model.getDocument().getDomSource().getNode();
    collect(dom instanceof org.w3c.dom.Document d ? d.getDocumentElement() : (Element) dom, null, found);
    List<String> problems = new ArrayList<>();
    Map<Expression, Tree> trees = new LinkedHashMap<>();
    Builder builder = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);
    for (Expression e : found) {
      try {
        trees.put(e, builder.build(e.text()));
      } catch (RuntimeException unparsable) {
        problems.add(name + ": ungkapan «" + e.text() + "» pada " + elementLabel(model, e.element())
            + " tidak dapat dibaca mesin proses: " + unparsable.getMessage() + ". Periksa tanda kurung dan kutipnya.");
      }
    }
    Set<String> variables = variables(model, trees.values(), deployed);
    trees.forEach((e, tree) -> {
      String where = name + ": ungkapan «" + e.text() + "» pada " + elementLabel(model, e.element());
      if ("delegateExpression".equals(e.attribute())) {
        for (var id : tree.getIdentifierNodes()) {
          if (!context.containsBean(id.getName())) {
            problems.add(name + ": ${" + id.getName() + "} pada " + elementLabel(model, e.element())
                + " tidak dikenal aplikasi (tidak ada delegate/listener bernama " + id.getName() + ").");
          }
        }
      }
      walk(tree.getRoot(), where, variables, problems, "delegateExpression".equals(e.attribute()));
    });
    return problems;
  }

  /** Every {@code ${...}}/{@code #{...}} in the model's attributes and texts, except documentation and scripts. */
  private static void collect(Element element, String owner, List<Expression> found) {
    if (element.getNamespaceURI() != null && element.getNamespaceURI().contains("BPMN/20100524/DI")) {
      return;
    }
    String local = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
    if (NOT_EXPRESSIONS.contains(local) || element.hasAttribute("language") && "conditionExpression".equals(local)) {
      return;
    }
    String id = element.getAttribute("id");
    String here = id == null || id.isBlank() ? owner : id;
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      String attribute = a.getLocalName() == null ? a.getName() : a.getLocalName();
      if (isExpression(a.getValue()) && !"name".equals(attribute)) {
        found.add(new Expression(here, attribute, a.getValue()));
      }
    }
    StringBuilder text = new StringBuilder();
    for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        collect(e, here, found);
      } else if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE
          || child.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    if (isExpression(text.toString())) {
      found.add(new Expression(here, local, text.toString().strip()));
    }
  }

  private static boolean isExpression(String value) {
    return value != null && (value.contains("${") || value.contains("#{"));
  }

  private void walk(Node node, String where, Set<String> variables, List<String> problems, boolean delegate) {
    if (node instanceof AstIdentifier id) {
      String n = id.getName();
      if (!delegate && !IMPLICIT.contains(n) && !variables.contains(n) && !context.containsBean(n)) {
        problems.add(where + ": «" + n + "» tidak dikenal: bukan bean aplikasi, bukan variabel bawaan Camunda "
            + "(execution, task, authenticatedUserId, …), dan bukan variabel yang dapat dimiliki proses ini (isian "
            + "formulir tugasnya, variabel yang diisi model atau aplikasi). Periksa ejaannya.");
      }
      return;
    }
    if (node instanceof AstFunction f && !FUNCTIONS.contains(f.getName())) {
      problems.add(where + ": fungsi " + f.getName() + "() tidak dikenal mesin proses (yang ada: "
          + String.join("(), ", FUNCTIONS) + "()).");
    }
    if (node instanceof AstMethod method && method.getChild(0) instanceof AstDot dot
        && dot.getChild(0) instanceof AstIdentifier target) {
      Class<?> type = typeOf(target.getName(), variables);
      String methodName = property(dot);
      int arguments = method.getChild(1).getCardinality();
      if (type != null && !hasMethod(type, methodName, arguments)) {
        problems.add(where + ": " + target.getName() + " tidak memiliki metode " + methodName + " dengan "
            + arguments + " argumen (" + methods(type) + ").");
      }
      walk(method.getChild(1), where, variables, problems, false);
      walk(target, where, variables, problems, delegate);
      return;
    }
    if (node instanceof AstDot dot && dot.getChild(0) instanceof AstIdentifier target) {
      Class<?> type = typeOf(target.getName(), variables);
      String property = property(dot);
      if (type != null && !Map.class.isAssignableFrom(type) && !hasGetter(type, property)) {
        problems.add(where + ": " + target.getName() + " tidak memiliki properti " + property + ".");
      }
    }
    for (int i = 0; i < node.getCardinality(); i++) {
      walk(node.getChild(i), where, variables, problems, delegate);
    }
  }

  /** The class whose methods a name's calls are checked against: a bean's, or the engine's delegates. */
  private Class<?> typeOf(String name, Set<String> variables) {
    if ("execution".equals(name)) {
      return DelegateExecution.class;
    }
    if ("task".equals(name)) {
      return DelegateTask.class;
    }
    if (variables.contains(name) || IMPLICIT.contains(name) || !context.containsBean(name)) {
      return null; // a variable's type is not known before it is set
    }
    Class<?> type = context.getType(name);
    return type == null ? null : ClassUtils.getUserClass(type);
  }

  private static String property(AstDot dot) {
    String s = dot.toString(); // ". name"
    return s.startsWith(". ") ? s.substring(2) : s.substring(1).strip();
  }

  private static boolean hasMethod(Class<?> type, String name, int arguments) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name) && Modifier.isPublic(m.getModifiers())
          && (m.getParameterCount() == arguments || m.isVarArgs() && arguments >= m.getParameterCount() - 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasGetter(Class<?> type, String property) {
    if (property.isEmpty()) {
      return true;
    }
    String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0 && (m.getName().equals("get" + cap) || m.getName().equals("is" + cap))) {
        return true;
      }
    }
    for (java.lang.reflect.Field f : type.getFields()) {
      if (f.getName().equals(property)) {
        return true;
      }
    }
    return false;
  }

  private static String methods(Class<?> type) {
    Set<String> names = new java.util.TreeSet<>();
    for (Method m : type.getMethods()) {
      if (m.getDeclaringClass() != Object.class) {
        names.add(m.getName() + "/" + m.getParameterCount());
      }
    }
    return names.isEmpty() ? "tidak ada metode publik" : "yang ada: " + String.join(", ", names);
  }

  /** The variables a process can have (see the class comment). */
  private Set<String> variables(BpmnModelInstance model, Iterable<Tree> trees, Deployed deployed) {
    Set<String> names = new HashSet<>(ModelContract.VARIABLES_SET_BY_JAVA);
    for (BaseElement e : model.getModelElementsByType(BaseElement.class)) {
      String result = e.getAttributeValueNs(CAMUNDA, "resultVariable");
      if (result != null) {
        names.add(result);
      }
      String element = e.getAttributeValueNs(CAMUNDA, "elementVariable");
      if (element != null) {
        names.add(element);
      }
      String form = e.getAttributeValueNs(CAMUNDA, "formRef");
      if (form != null && !isExpression(form)) {
        JsonNode schema = deployed.form(form);
        if (schema != null) {
          names.addAll(TaskForms.submittedKeys(schema));
        }
      }
    }
    for (var e : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter.class)) {
      names.add(e.getCamundaName());
    }
    for (var e : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter.class)) {
      names.add(e.getCamundaName());
    }
    for (var e : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn.class)) {
      add(names, e.getCamundaTarget());
    }
    for (var e : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut.class)) {
      add(names, e.getCamundaTarget());
    }
    for (var e : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField.class)) {
      add(names, e.getCamundaId());
    }
    for (var e : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty.class)) {
      if (ModelProperties.PERFORMER_VARIABLE.equals(e.getCamundaName())) {
        add(names, e.getCamundaValue());
      }
    }
    for (Tree tree : trees) {
      setVariables(tree.getRoot(), names);
    }
    return names;
  }

  private static void add(Set<String> names, String name) {
    if (name != null && !name.isBlank()) {
      names.add(name);
    }
  }

  /** {@code execution.setVariable('name', ...)} (and {@code task.}/{@code Local}) in the model's expressions. */
  private static void setVariables(Node node, Set<String> names) {
    if (node instanceof AstMethod method && method.getChild(0) instanceof AstDot dot
        && property(dot).startsWith("setVariable") && method.getChild(1).getCardinality() > 0
        && method.getChild(1).getChild(0) instanceof AstString literal) {
      String s = literal.toString();
      names.add(s.length() >= 2 ? s.substring(1, s.length() - 1) : s);
    }
    for (int i = 0; i < node.getCardinality(); i++) {
      setVariables(node.getChild(i), names);
    }
  }

  // ---- what a task needs from its form ------------------------------------------------------------------

  /**
   * The problems of the forms a model's user tasks show (bound {@code latest}), each form taken from the
   * deployment or else the latest deployed. {@code name} is the model's resource, or null for a model in force
   * checked because a form of the deployment changes (then only the deployment's forms are checked).
   */
  private List<String> taskForms(String name, BpmnModelInstance model, Deployed deployed) {
    List<String> problems = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String formId = task.getCamundaFormRef();
      String binding = task.getCamundaFormRefBinding();
      if (formId == null || isExpression(formId) || (name == null && !deployed.inDeployment.containsKey(formId))
          || binding != null && !"latest".equals(binding) && name == null) {
        continue;
      }
      JsonNode form = deployed.form(formId);
      if (form == null) {
        continue; // a missing form is the sale check's business
      }
      Set<String> keys = TaskForms.submittedKeys(form);
      JsonNode previous = deployed.previous(formId);
      Set<String> previousKeys = previous == null ? Set.of() : TaskForms.submittedKeys(previous);
      Map<String, String> needed = new LinkedHashMap<>(); // key -> who needs it
      for (String key : conditionNames(task)) {
        if (previousKeys.contains(key)) {
          needed.putIfAbsent(key, "kondisi alur sesudahnya");
        }
      }
      listenerFields(task).forEach((key, bean) -> needed.merge(key, bean, (a, b) -> a + "; " + b));
      needed.keySet().removeAll(keys);
      if (needed.isEmpty()) {
        continue;
      }
      String where = deployed.inDeployment.containsKey(formId) ? deployed.resources.get(formId) : name;
      String process = name != null ? "model ini" : "proses " + model.getModelElementsByType(Process.class).stream()
          .map(Process::getId).findFirst().orElse("?") + " yang berlaku";
      needed.forEach((key, who) -> problems.add(where + ": formulir " + formId + " tidak memiliki isian «" + key
          + "», padahal tugas " + label(task) + " pada " + process + " membutuhkannya (" + who
          + "). Kembalikan isian itu ke formulir."));
    }
    return problems;
  }

  /** The keys a task's listeners read from its form ({@link ReadsFormFields}), each with the listener's name. */
  private Map<String, String> listenerFields(UserTask task) {
    Map<String, String> fields = new LinkedHashMap<>();
    List<String> expressions = new ArrayList<>();
    task.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.ExtensionElements.class).forEach(x -> {
      x.getChildElementsByType(CamundaExecutionListener.class).forEach(l -> expressions.add(l.getCamundaDelegateExpression()));
      x.getChildElementsByType(CamundaTaskListener.class).forEach(l -> expressions.add(l.getCamundaDelegateExpression()));
    });
    for (String expression : expressions) {
      if (expression == null) {
        continue;
      }
      String bean = expression.replaceAll("^[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$", "$1");
      if (!bean.equals(expression) && context.containsBean(bean)
          && context.getBean(bean) instanceof ReadsFormFields reader) {
        reader.formFields(task.getId()).forEach(f -> fields.putIfAbsent(f, bean));
      }
    }
    return fields;
  }

  /** The names read by the conditions of a task's outgoing flows and of the gateways right after it. */
  private static Set<String> conditionNames(FlowNode task) {
    Set<String> names = new LinkedHashSet<>();
    Builder builder = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);
    java.util.Deque<FlowNode> todo = new java.util.ArrayDeque<>(List.of(task));
    Set<FlowNode> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      FlowNode node = todo.pop();
      if (!seen.add(node)) {
        continue;
      }
      for (SequenceFlow flow : node.getOutgoing()) {
        if (flow.getConditionExpression() != null && flow.getConditionExpression().getTextContent() != null) {
          try {
            builder.build(flow.getConditionExpression().getTextContent().strip()).getIdentifierNodes()
                .forEach(id -> names.add(id.getName()));
          } catch (RuntimeException unparsable) {
            // reported with the expressions
          }
        }
        if (flow.getTarget() instanceof Gateway gateway) {
          todo.push(gateway);
        }
      }
    }
    names.removeAll(IMPLICIT);
    return names;
  }

  /** The models whose tasks a form of the deployment reaches: each process's latest version and running ones. */
  private List<BpmnModelInstance> modelsInForce(Set<String> replacedKeys) {
    List<BpmnModelInstance> models = new ArrayList<>();
    Set<String> latest = new HashSet<>();
    for (ProcessDefinition d : repository.createProcessDefinitionQuery().latestVersion().list()) {
      latest.add(d.getId());
      if (!replacedKeys.contains(d.getKey())) {
        models.add(repository.getBpmnModelInstance(d.getId()));
      }
    }
    for (ProcessDefinition d : repository.createProcessDefinitionQuery().list()) {
      if (!latest.contains(d.getId()) && runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count() > 0) {
        models.add(repository.getBpmnModelInstance(d.getId()));
      }
    }
    return models;
  }

  /** The forms: those of the deployment, else the latest deployed (read once per check). */
  private final class Deployed {
    final Map<String, JsonNode> inDeployment;
    final Map<String, String> resources;
    private Map<String, JsonNode> latest;

    Deployed(Map<String, JsonNode> inDeployment, Map<String, String> resources) {
      this.inDeployment = inDeployment;
      this.resources = resources;
    }

    JsonNode form(String id) {
      return inDeployment.containsKey(id) ? inDeployment.get(id) : previous(id);
    }

    /** The latest deployed version of a form (what the deployment's version replaces). */
    JsonNode previous(String id) {
      if (latest == null) {
        latest = new HashMap<>();
        for (Deployment d : repository.createDeploymentQuery().orderByDeploymentTime().desc().listPage(0, 200)) {
          for (String resource : repository.getDeploymentResourceNames(d.getId())) {
            if (resource.endsWith(".form")) {
              try (InputStream in = repository.getResourceAsStream(d.getId(), resource)) {
                JsonNode form = JSON.readTree(in);
                latest.putIfAbsent(form.path("id").asText(), form);
              } catch (IOException | RuntimeException unreadable) {
                // not a form the engine can show either
              }
            }
          }
        }
      }
      return latest.get(id);
    }
  }

  private static String elementLabel(BpmnModelInstance model, String id) {
    if (id == null) {
      return "model";
    }
    return model.getModelElementById(id) instanceof BaseElement e ? label(e) : id;
  }

  private static String label(BaseElement e) {
    String name = e.getAttributeValue("name");
    return e.getId() + (name == null ? "" : " (" + name + ")");
  }
}
