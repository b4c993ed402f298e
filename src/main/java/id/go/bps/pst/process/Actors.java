package id.go.bps.pst.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who acted: the task's assignee or the authenticated user; "system" for the engine itself. */
final class Actors {

  private Actors() {}

  static String of(DelegateTask task) {
    String user = currentUser(task.getProcessEngineServices());
    if (user != null) {
      return user;
    }
    return task.getAssignee() != null ? task.getAssignee() : "system";
  }

  static String of(DelegateExecution execution) {
    String user = currentUser(execution.getProcessEngineServices());
    return user != null ? user : "system";
  }

  private static String currentUser(org.camunda.bpm.engine.ProcessEngineServices services) {
    var auth = services.getIdentityService().getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }
}
