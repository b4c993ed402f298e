package id.go.bps.pst.common;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an in-memory reaction (a metric, a push to open screens) after the current transaction commits,
 * or at once outside a transaction. For listeners that must not be {@code @TransactionalEventListener}s:
 * Spring Modulith records a publication in its registry for every transactional listener, which is
 * right for the modules' domain events but would add two statements per engine task event for a counter.
 */
public final class AfterCommit {

  private AfterCommit() {}

  public static void run(Runnable action) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          action.run();
        }
      });
    } else {
      action.run();
    }
  }
}
