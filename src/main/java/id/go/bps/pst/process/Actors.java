package id.go.bps.pst.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Who acted: the authenticated user, else the task's assignee; the visitor when a step was completed
 * on a visitor surface (the portal or the visitor screen at the counter: no Camunda user, transient
 * variable {@value #COMPLETED_VIA}); "system" for the engine itself. An authenticated user always
 * wins, so staff cannot pose as the visitor.
 */
public final class Actors {

  /** Transient variable a visitor surface passes when it completes a task. */
  public static final String COMPLETED_VIA = "completedVia";
  /** Values of {@value #COMPLETED_VIA}. */
  public static final String PORTAL = "portal";
  public static final String COUNTER_SCREEN = "counter-screen";
  /** The actors recorded for steps the visitor did on a visitor surface. */
  public static final String VISITOR_PORTAL = "pengguna layanan (portal)";
  public static final String VISITOR_COUNTER = "pengguna layanan (layar loket)";

  private Actors() {}

  static String of(DelegateTask task) {
    String user = currentUser(task.getProcessEngineServices());
    if (user != null) {
      return user;
    }
    String visitor = visitorVia(task);
    if (visitor != null) {
      return visitor;
    }
    return task.getAssignee() != null ? task.getAssignee() : "system";
  }

  static String of(DelegateExecution execution) {
    String user = currentUser(execution.getProcessEngineServices());
    if (user != null) {
      return user;
    }
    String visitor = visitorVia(execution);
    return visitor != null ? visitor : "system";
  }

  /** True when the current step was completed by the visitor on a visitor surface (nobody logged in). */
  static boolean byVisitor(VariableScope scope) {
    return visitorVia(scope) != null;
  }

  /** True when the actor is the visitor on a visitor surface rather than a member of staff. */
  static boolean isVisitor(String actor) {
    return VISITOR_PORTAL.equals(actor) || VISITOR_COUNTER.equals(actor);
  }

  private static String visitorVia(VariableScope scope) {
    Object via = scope.getVariable(COMPLETED_VIA);
    if (PORTAL.equals(via)) {
      return VISITOR_PORTAL;
    }
    if (COUNTER_SCREEN.equals(via)) {
      return VISITOR_COUNTER;
    }
    return null;
  }

  private static String currentUser(org.camunda.bpm.engine.ProcessEngineServices services) {
    var auth = services.getIdentityService().getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }
}
