package id.go.bps.pst;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A test's own change to the database (fixtures, a clock moved back, a dead node's claim), committed in
 * a transaction of its own. The pool's connections have auto-commit off (application.yaml): a plain
 * {@code jdbc.update} outside a transaction would be rolled back, and {@link WriteOutsideTransactionGuard}
 * fails it.
 */
public final class TestSql {

  private TestSql() {}

  /** Runs one INSERT, UPDATE or DELETE and commits it; returns the rows changed. */
  public static int update(JdbcTemplate jdbc, String sql, Object... args) {
    Integer rows = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()))
        .execute(status -> jdbc.update(sql, args));
    return rows == null ? 0 : rows;
  }
}
