package id.go.bps.pst.identity;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine work with no Camunda user set, as the application itself (a queue call, a lookup of staff
 * names, the bank's notification), and gives the caller's authentication back afterwards, whatever happens.
 */
public final class WithoutAuthentication {

  private WithoutAuthentication() {}

  public static <T> T call(IdentityService identity, Supplier<T> work) {
    Authentication current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }

  public static void run(IdentityService identity, Runnable work) {
    call(identity, () -> {
      work.run();
      return null;
    });
  }
}
