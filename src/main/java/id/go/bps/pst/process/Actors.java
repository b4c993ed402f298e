package id.go.bps.pst.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Who acted: the authenticated user, else the task's assignee; the visitor when a step was completed
 * through the visitor portal (no Camunda user, transient variable {@value #COMPLETED_VIA} = {@value #PORTAL});
 * "system" for the engine itself. An authenticated user always wins, so staff cannot pose as the visitor.
 */
public final class Actors {

  /** Transient variable the visitor portal passes when it completes a task. */
  public static final String COMPLETED_VIA = "completedVia";
  public static final String PORTAL = "portal";
  /** The actor recorded for steps the visitor did in the portal. */
  public static final String VISITOR_PORTAL = "pengguna layanan (portal)";

  private Actors() {}

  static String of(DelegateTask task) {
    String user = currentUser(task.getProcessEngineServices());
    if (user != null) {
      return user;
    }
    if (viaPortal(task)) {
      return VISITOR_PORTAL;
    }
    return task.getAssignee() != null ? task.getAssignee() : "system";
  }

  static String of(DelegateExecution execution) {
    String user = currentUser(execution.getProcessEngineServices());
    if (user != null) {
      return user;
    }
    return viaPortal(execution) ? VISITOR_PORTAL : "system";
  }

  /** True when the current step was completed by the visitor in the portal (and nobody is logged in). */
  static boolean viaPortal(VariableScope scope) {
    return PORTAL.equals(scope.getVariable(COMPLETED_VIA));
  }

  private static String currentUser(org.camunda.bpm.engine.ProcessEngineServices services) {
    var auth = services.getIdentityService().getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }
}
