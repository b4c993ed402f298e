package id.go.bps.pst.common;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one gapless counter of the application (request numbers, document numbers, receipt numbers),
 * one row of {@code pst_sequence} per counter name such as {@code receipt/6503/2026}, taken through
 * {@link CounterRows}: in the caller's transaction, concurrent callers queue on the row lock, and a
 * rollback gives the value back, so the committed values have no gaps.
 */
@Component
public class GaplessSequence {

  private final JdbcTemplate jdbc;
  private final CounterRows rows;

  GaplessSequence(JdbcTemplate jdbc, CounterRows rows) {
    this.jdbc = jdbc;
    this.rows = rows;
  }

  /** The next value (1, 2, ...) of the named counter, in the caller's transaction (a new one if none). */
  @Transactional
  public long next(String counter) {
    return rows.next("pst_sequence", "seq_name", counter);
  }

  /** The last value taken and committed (0 when none), for reports and tests. */
  @Transactional(readOnly = true)
  public long last(String counter) {
    return jdbc.query("select last_value from pst_sequence where seq_name = ?",
        rs -> rs.next() ? rs.getLong(1) : 0L, counter);
  }
}
