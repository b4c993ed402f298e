package id.go.bps.bench;

import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.OptimisticLockingFailureException;

/** Which failures are concurrent-update conflicts that an officer would simply retry. */
final class Conflicts {

  static final String OPTIMISTIC_LOCKING = "optimisticLocking";
  static final String DEADLOCK = "deadlock";
  static final String LOCK_WAIT_TIMEOUT = "lockWaitTimeout";

  private Conflicts() {}

  /** The kind of conflict, or null when the failure is not a concurrent-update conflict. */
  static String kind(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        // MariaDB: 1213 deadlock found, 1205 lock wait timeout exceeded; SQLSTATE 40001 serialization failure
        if (sql.getErrorCode() == 1213 || "40001".equals(sql.getSQLState())) {
          return DEADLOCK;
        }
        if (sql.getErrorCode() == 1205) {
          return LOCK_WAIT_TIMEOUT;
        }
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockingException || t instanceof OptimisticLockingFailureException) {
        return OPTIMISTIC_LOCKING;
      }
    }
    return null;
  }
}
