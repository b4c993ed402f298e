package id.go.bps.pst.common;

import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one gapless counter of the application (request numbers, document numbers, receipt numbers),
 * one row of {@code pst_sequence} per counter name such as {@code receipt/6503/2026}.
 *
 * <p>A value is taken in the caller's transaction by {@link CounterRows} (one locking update of the
 * row on MariaDB): concurrent callers queue on the row lock, and a rollback gives the value back, so the committed
 * values have no gaps. The row is created, when absent, in a short transaction of its own (a row holding
 * 0 uses no value); creating it inside the callers' locking transactions makes two first values of a year
 * deadlock on MariaDB's gap locks.
 */
@Component
public class GaplessSequence {

  private final JdbcTemplate jdbc;
  private final CounterRows rows;
  private final TransactionTemplate ownTransaction;
  private final Set<String> knownRows = ConcurrentHashMap.newKeySet();

  GaplessSequence(JdbcTemplate jdbc, CounterRows rows, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.rows = rows;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The next value (1, 2, ...) of the named counter, in the caller's transaction (a new one if none). */
  @Transactional
  public long next(String counter) {
    ensureRow(counter);
    OptionalLong next = rows.increment("pst_sequence", "seq_name = ?", counter);
    if (next.isEmpty()) {
      // the row went away since this node created it (a database restored or cleaned under it)
      knownRows.remove(counter);
      ensureRow(counter);
      next = rows.increment("pst_sequence", "seq_name = ?", counter);
    }
    return next.orElseThrow(() -> new IllegalStateException("No counter row " + counter));
  }

  /** The last value taken and committed (0 when none), for reports and tests. */
  @Transactional(readOnly = true)
  public long last(String counter) {
    return jdbc.query("select last_value from pst_sequence where seq_name = ?",
        rs -> rs.next() ? rs.getLong(1) : 0L, counter);
  }

  private void ensureRow(String counter) {
    if (knownRows.contains(counter)) {
      return;
    }
    ownTransaction.executeWithoutResult(status -> {
      Integer rows = jdbc.queryForObject("select count(*) from pst_sequence where seq_name = ?", Integer.class,
          counter);
      if (rows == null || rows == 0) {
        try {
          jdbc.update("insert into pst_sequence (seq_name, last_value) values (?, 0)", counter);
        } catch (DataIntegrityViolationException createdByAnotherCaller) {
          // the row exists now, which is all we need
        }
      }
    });
    knownRows.add(counter);
  }
}
