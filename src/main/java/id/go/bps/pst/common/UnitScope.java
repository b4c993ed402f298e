package id.go.bps.pst.common;

import java.util.function.Supplier;

/**
 * The unit on whose behalf the current thread starts a process instance, when our own records know
 * it (a kiosk's unit, the request of a late payment, a complaint's row) and no officer of that unit
 * is the caller. Read by the engine's tenant id provider (process module); never set from what a
 * client sent.
 */
public final class UnitScope {

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private UnitScope() {}

  /** Runs the work with the given unit code as the unit of any process instance it starts. */
  public static <T> T call(String unitCode, Supplier<T> work) {
    String previous = CURRENT.get();
    CURRENT.set(unitCode);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  public static void run(String unitCode, Runnable work) {
    call(unitCode, () -> {
      work.run();
      return null;
    });
  }

  /** The unit code set by {@link #call}, or null. */
  public static String current() {
    return CURRENT.get();
  }
}
