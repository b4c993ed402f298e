package id.go.bps.pst.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Checks that a deployment of the sale process can run in this application before the engine takes
 * it (an analyst deploying from the Modeler is told at once, not by a visitor): the element ids Java
 * relies on ({@link ModelContract}), a Spring bean for every {@code ${bean}} the model calls (delegates,
 * listeners, and methods called in conditions and timer expressions), a Camunda
 * Form for every user task (in the deployment or already deployed), every decision it refers to, the
 * standards as literal durations. Processes other than the sale are not checked.
 */
@Component
public class ModelCheck {

  private static final Pattern BEAN = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*[.}]");
  private static final Pattern METHOD_CALL = Pattern.compile("\\$\\{\\s*!?\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\.");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Names an expression may use that are not beans: the engine's own and process variables the model sets. */
  private static final Set<String> NOT_BEANS = Set.of("execution", "task", "authenticatedUserId");

  private final ApplicationContext context;
  private final RepositoryService repository;

  ModelCheck(ApplicationContext context, ProcessEngine engine) {
    this.context = context;
    this.repository = engine.getRepositoryService();
  }

  /**
   * The problems of a deployment, in Bahasa Indonesia; empty when it can run.
   *
   * @param resources resource name to content, as the deployment carries them
   */
  public List<String> problems(Map<String, byte[]> resources) {
    List<String> problems = new ArrayList<>();
    Set<String> formsInDeployment = new HashSet<>();
    Set<String> decisionsInDeployment = new HashSet<>();
    resources.forEach((name, bytes) -> {
      if (name.endsWith(".form")) {
        try {
          JsonNode form = JSON.readTree(bytes);
          formsInDeployment.add(form.path("id").asText());
        } catch (IOException e) {
          problems.add("Formulir " + name + " bukan JSON yang sah.");
        }
      } else if (name.endsWith(".dmn")) {
        Matcher m = Pattern.compile("<(?:\\w+:)?decision\\s+[^>]*id=\"([^\"]+)\"").matcher(new String(bytes,
            java.nio.charset.StandardCharsets.UTF_8));
        while (m.find()) {
          decisionsInDeployment.add(m.group(1));
        }
      }
    });
    resources.forEach((name, bytes) -> {
      if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        BpmnModelInstance model;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
          model = Bpmn.readModelFromStream(in);
        } catch (RuntimeException | IOException unreadable) {
          problems.add("Model " + name + " tidak dapat dibaca: " + unreadable.getMessage());
          return;
        }
        if (model.getModelElementsByType(Process.class).stream()
            .anyMatch(p -> TaskLifecycle.SALE_PROCESSES.contains(p.getId()))) {
          problems.addAll(check(name, model, formsInDeployment, decisionsInDeployment));
        }
      }
    });
    return problems;
  }

  List<String> check(String name, BpmnModelInstance model, Set<String> forms, Set<String> decisions) {
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
      for (String standard : List.of(ServiceStandards.QUEUE_WAIT, ServiceStandards.INVOICE_VALIDITY)) {
        if (ServiceStandards.in(model, standard).isEmpty()) {
          problems.add(name + ": timer dengan properti standard=" + standard
              + " tidak ada atau durasinya bukan durasi ISO-8601 (mis. PT10M, P30D).");
        }
      }
    }
    for (String bean : beans(model)) {
      if (!context.containsBean(bean)) {
        problems.add(name + ": ${" + bean + "} tidak dikenal aplikasi (tidak ada delegate/listener bernama " + bean + ").");
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String form = task.getCamundaFormRef();
      if (form == null || form.isBlank()) {
        problems.add(name + ": tugas " + label(task) + " tidak memiliki Camunda Form (formRef).");
      } else if (!forms.contains(form) && !deployedForm(form)) {
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

  private static Set<String> beans(BpmnModelInstance model) {
    Set<String> beans = new LinkedHashSet<>();
    for (BaseElement e : model.getModelElementsByType(BaseElement.class)) {
      add(beans, e.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "delegateExpression"));
    }
    model.getModelElementsByType(CamundaExecutionListener.class)
        .forEach(l -> add(beans, l.getCamundaDelegateExpression()));
    model.getModelElementsByType(CamundaTaskListener.class).forEach(l -> add(beans, l.getCamundaDelegateExpression()));
    // a bean's method in a condition or a timer (${saleRecord.paid(execution)}, ${queueClock.remaining(execution)});
    // a plain ${name} there is a process variable
    model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.ConditionExpression.class)
        .forEach(c -> addMethodCalls(beans, c.getTextContent()));
    model.getModelElementsByType(TimerEventDefinition.class).forEach(t -> Stream.of(t.getTimeDuration(),
        t.getTimeDate(), t.getTimeCycle()).filter(Objects::nonNull).forEach(e -> addMethodCalls(beans, e.getTextContent())));
    beans.removeAll(NOT_BEANS);
    return beans;
  }

  private static void addMethodCalls(Set<String> beans, String expression) {
    if (expression != null) {
      Matcher m = METHOD_CALL.matcher(expression);
      while (m.find()) {
        beans.add(m.group(1));
      }
    }
  }

  private static void add(Set<String> beans, String expression) {
    if (expression != null) {
      Matcher m = BEAN.matcher(expression);
      if (m.find()) {
        beans.add(m.group(1));
      }
    }
  }

  /** A Camunda Form with that id in one of the latest deployments (forms have no public query). */
  private boolean deployedForm(String formId) {
    for (Deployment d : repository.createDeploymentQuery().orderByDeploymentTime().desc().listPage(0, 50)) {
      for (String resource : repository.getDeploymentResourceNames(d.getId())) {
        if (resource.endsWith(".form")) {
          try (InputStream in = repository.getResourceAsStream(d.getId(), resource)) {
            if (formId.equals(JSON.readTree(in).path("id").asText())) {
              return true;
            }
          } catch (IOException | RuntimeException unreadable) {
            // not this one
          }
        }
      }
    }
    return false;
  }

  private static String label(BaseElement e) {
    String name = e.getAttributeValue("name");
    return e.getId() + (name == null ? "" : " (" + name + ")");
  }
}
