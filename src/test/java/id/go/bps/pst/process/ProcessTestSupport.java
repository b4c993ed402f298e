package id.go.bps.pst.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/** Small helpers so each path of the process reads as the officer would do it. */
public final class ProcessTestSupport {

  private ProcessTestSupport() {}

  public static Map<String, Object> guestBook(String name, String category) {
    Map<String, Object> v = new HashMap<>();
    v.put("visitorName", name);
    v.put("identityType", "KTP");
    v.put("identityNumber", "6503014507900001");
    v.put("visitorEmail", "siti.aminah@example.com");
    v.put("visitorPhone", "081255650671");
    v.put("institution", "Universitas Borneo Tarakan");
    v.put("userCategory", category);
    v.put("purpose", "Membeli data untuk penelitian");
    v.put("consent", true);
    return v;
  }

  public static ProcessInstance start(ProcessEngine engine, Map<String, Object> guestBook) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.PROCESS_KEY).latestVersion().singleResult().getId();
    return engine.getFormService().submitStartForm(definitionId, guestBook);
  }

  /**
   * The cart as the form's product groups submit it: {@code item1} (JSON), then {@code more2} and
   * {@code item2}, and so on.
   */
  public static Map<String, Object> cart(String... itemsJson) {
    Map<String, Object> v = new HashMap<>();
    for (int i = 0; i < itemsJson.length; i++) {
      v.put("item" + (i + 1), json(itemsJson[i]));
      if (i > 0) {
        v.put("more" + (i + 1), true);
      }
    }
    return v;
  }

  /** The variables of several maps in one (the cart with the other fields of a form). */
  @SafeVarargs
  public static Map<String, Object> with(Map<String, Object>... maps) {
    Map<String, Object> all = new HashMap<>();
    for (Map<String, Object> m : maps) {
      all.putAll(m);
    }
    return all;
  }

  public static String publication(String id) {
    return "{\"productId\":\"PUBLICATION:" + id + "\",\"format\":\"SOFTCOPY\",\"quantity\":1}";
  }

  public static String microdata(String id, String variables) {
    return "{\"productId\":\"MICRODATA:" + id + "\",\"quantity\":1,\"variables\":\"" + variables + "\"}";
  }

  public static String map(String id, int quantity) {
    return "{\"productId\":\"MAP:" + id + "\",\"quantity\":" + quantity + "}";
  }

  public static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> v = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      v.put((String) keyValues[i], keyValues[i + 1]);
    }
    return v;
  }

  public static Object json(String json) {
    return SpinValues.jsonValue(json).create();
  }

  public static Task task(ProcessInstance pi, String key) {
    List<Task> tasks = taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
    if (tasks.size() != 1) {
      throw new AssertionError("expected one task " + key + " but found " + tasks.size() + "; active: "
          + runtimeService().getActiveActivityIds(pi.getId()));
    }
    return tasks.get(0);
  }

  /**
   * Completes the task as a demo user of its candidate group (petugas1, bendahara1, supervisor1), so
   * authorizations and the audit trail are exercised as in Tasklist.
   */
  public static void complete(ProcessEngine engine, ProcessInstance pi, String key, Map<String, Object> variables) {
    Task task = task(pi, key);
    String group = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> l.getGroupId() != null).map(l -> l.getGroupId()).findFirst().orElse("petugas");
    String user = switch (group) {
      case "bendahara" -> "bendahara1";
      case "supervisor" -> "supervisor1";
      default -> "petugas1";
    };
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      engine.getTaskService().complete(task.getId(), Variables.fromMap(variables));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Completes the task as the given user of the given group. */
  public static void completeAs(ProcessEngine engine, ProcessInstance pi, String key, String user, String group,
      Map<String, Object> variables) {
    Task task = task(pi, key);
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      engine.getTaskService().complete(task.getId(), Variables.fromMap(variables));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  public static void executeJob(ProcessEngine engine, ProcessInstance pi, String activityId) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
        .singleResult();
    if (job == null) {
      throw new AssertionError("no job at " + activityId + "; active: " + runtimeService().getActiveActivityIds(pi.getId()));
    }
    engine.getManagementService().executeJob(job.getId());
  }
}
