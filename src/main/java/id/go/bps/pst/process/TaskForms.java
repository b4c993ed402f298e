package id.go.bps.pst.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The Camunda Form a task or a start event shows, and the variables it may submit: the keys of its
 * fields and the paths of its groups and lists (top level only). A completion that sends anything
 * else is refused (issue 11: the engine's variables are not the client's).
 */
@Component
public class TaskForms {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> DISPLAY_ONLY = Set.of("text", "html", "image", "spacer", "separator", "table",
      "button", "iframe", "documentPreview");

  private final FormService forms;
  private final org.camunda.bpm.engine.TaskService taskService;

  TaskForms(ProcessEngine engine) {
    this.forms = engine.getFormService();
    this.taskService = engine.getTaskService();
  }

  /**
   * The form schema of a task (JSON); null when the task has no deployed Camunda Form.
   *
   * @throws NotFoundException when the task is no longer open (completed by someone else meanwhile: the
   *     engine itself fails with a NullPointerException on such a task)
   */
  public JsonNode taskForm(String taskId) {
    try (InputStream in = forms.getDeployedTaskForm(taskId)) {
      return JSON.readTree(in);
    } catch (org.camunda.bpm.engine.BadUserRequestException noForm) {
      requireOpen(taskId);
      return null;
    } catch (org.camunda.bpm.engine.AuthorizationException notAllowed) {
      throw notAllowed;
    } catch (NullPointerException | org.camunda.bpm.engine.ProcessEngineException failed) {
      requireOpen(taskId);
      throw failed;
    } catch (IOException e) {
      throw new IllegalStateException("form of task " + taskId + " cannot be read", e);
    }
  }

  private void requireOpen(String taskId) {
    if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
      throw new NotFoundException("Task " + taskId + " is no longer open");
    }
  }

  /** The start form schema of a process definition; null when it has none. */
  public JsonNode startForm(String processDefinitionId) {
    try (InputStream in = forms.getDeployedStartForm(processDefinitionId)) {
      return JSON.readTree(in);
    } catch (org.camunda.bpm.engine.BadUserRequestException noForm) {
      return null;
    } catch (IOException e) {
      throw new IllegalStateException("start form of " + processDefinitionId + " cannot be read", e);
    }
  }

  /** The top-level variable names a form submits. */
  public static Set<String> submittedKeys(JsonNode form) {
    Set<String> keys = new LinkedHashSet<>();
    if (form != null) {
      collect(form.path("components"), keys);
    }
    return keys;
  }

  private static void collect(JsonNode components, Set<String> keys) {
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      if (c.hasNonNull("path") && !c.path("path").asText().isBlank()) {
        // a group or list with a path submits one object/list under the first segment of its path
        keys.add(c.path("path").asText().split("\\.")[0]);
        continue;
      }
      if (c.hasNonNull("key") && !DISPLAY_ONLY.contains(type)) {
        keys.add(c.path("key").asText().split("\\.")[0]);
      }
      if (c.has("components")) {
        collect(c.path("components"), keys);
      }
    }
  }
}
