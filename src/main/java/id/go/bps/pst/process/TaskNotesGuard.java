package id.go.bps.pst.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Comments and attachments of a task through the engine's REST API: adding a comment or an attachment and
 * deleting an attachment need the right to work on the task, the rule the engine itself applies to changing or
 * deleting a comment (its TASK_WORK or UPDATE check, and the tenant check). Camunda checks neither when a
 * comment or attachment is added, so without this a read-only auditor could write on live tasks and an officer
 * on another unit's. Refused: 403 in Indonesian; another unit's task answers like an unknown one (404, see
 * {@link EngineErrorAnswers#notFound}). Changing and deleting comments stay with the engine's own check.
 */
class TaskNotesGuard extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(TaskNotesGuard.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String REFUSED = "Anda tidak berwenang menambah komentar atau lampiran pada tugas ini: hanya "
      + "pengguna yang boleh mengerjakan tugas ini yang dapat melakukannya (akses hanya-baca, seperti auditor, "
      + "tidak cukup).";

  private final ProcessEngine engine;

  TaskNotesGuard(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<String> taskId = EngineRequests.taskNote(request.getMethod(), path);
    if (taskId.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    try {
      mayWorkOn(taskId.get()); // an unknown task: the engine answers (404)
    } catch (AuthorizationException notAllowed) {
      LOG.warn("Refused {} {}: no right to work on the task (user {})", request.getMethod(), path, currentUser());
      write(response, 403, "AuthorizationException", REFUSED);
      return;
    } catch (ProcessEngineException otherUnit) {
      if (otherUnit.getMessage() == null || !otherUnit.getMessage().contains(EngineErrorAnswers.TENANT_CHECK)) {
        throw otherUnit;
      }
      LOG.warn("Refused {} {}: task of another unit (user {})", request.getMethod(), path, currentUser());
      EngineErrorAnswers.Answer answer = EngineErrorAnswers.notFound(path, "another unit");
      response.setStatus(answer.status());
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.getOutputStream().write(JSON.writeValueAsBytes(answer.body()));
      return;
    }
    chain.doFilter(request, response);
  }

  /** The engine's own checks for working on a task, as the calling user; false when the task does not exist. */
  private boolean mayWorkOn(String taskId) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null) {
        return false;
      }
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkTaskWork(task);
      }
      return true;
    });
  }

  private String currentUser() {
    Authentication current = engine.getIdentityService().getCurrentAuthentication();
    return current == null ? "-" : current.getUserId();
  }

  private static void write(HttpServletResponse response, int status, String type, String message) throws IOException {
    TaskCompletionGuard.write(response, status, type, message);
  }
}
