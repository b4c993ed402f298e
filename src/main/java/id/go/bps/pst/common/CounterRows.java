package id.go.bps.pst.common;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gapless counters kept in rows ({@code last_value} of a table such as {@code pst_sequence}, one row per
 * key): {@link #next} adds one in the caller's transaction and returns the new value; the row stays locked
 * until the transaction ends, so concurrent callers queue and a rollback gives the value back.
 *
 * <p>On MariaDB and MySQL taking a value is one statement: {@code update ... set last_value =
 * last_insert_id(last_value + 1)}, whose new value the server returns with the update's reply (the
 * driver reads it as the generated key; no second round trip). Elsewhere (H2, the embedded default) it is
 * {@code select ... for update} and an update (issue 13: one statement less per number on the production
 * database). A missing row is created holding 0 in a short transaction of its own: creating it inside the
 * callers' locking transactions makes two first values (of a year, of a day) deadlock on MariaDB's gap
 * locks.
 */
@Component
public class CounterRows {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private volatile Boolean oneStatement;

  CounterRows(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The counter's next value (1 for a new row). {@code table} and {@code keyColumns} (comma-separated)
   * are constants of the caller, never user input; {@code key} holds one value per key column.
   */
  public long next(String table, String keyColumns, Object... key) {
    String[] columns = Arrays.stream(keyColumns.split(",")).map(String::strip).toArray(String[]::new);
    String where = Arrays.stream(columns).map(c -> c + " = ?").collect(Collectors.joining(" and "));
    OptionalLong taken = increment(table, where, key);
    if (taken.isEmpty()) {
      ownTransaction.executeWithoutResult(status -> {
        try {
          jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ", last_value) values ("
              + "?, ".repeat(columns.length) + "0)", key);
        } catch (DataIntegrityViolationException createdMeanwhile) {
          // another caller (kiosk, node) created it: take the next value below
        }
      });
      taken = increment(table, where, key);
    }
    return taken.orElseThrow(() -> new IllegalStateException("No counter row in " + table));
  }

  private OptionalLong increment(String table, String where, Object... args) {
    if (oneStatement()) {
      String sql = "update " + table + " set last_value = last_insert_id(last_value + 1) where " + where;
      return jdbc.execute((ConnectionCallback<OptionalLong>) connection -> {
        try (PreparedStatement update = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
          for (int i = 0; i < args.length; i++) {
            update.setObject(i + 1, args[i]);
          }
          if (update.executeUpdate() == 0) {
            return OptionalLong.empty();
          }
          try (ResultSet key = update.getGeneratedKeys()) {
            if (!key.next()) {
              throw new IllegalStateException("The database did not return the new value of " + table);
            }
            return OptionalLong.of(key.getLong(1));
          }
        }
      });
    }
    Long last = jdbc.query("select last_value from " + table + " where " + where + " for update",
        rs -> rs.next() ? rs.getLong(1) : null, args);
    if (last == null) {
      return OptionalLong.empty();
    }
    long next = last + 1;
    Object[] updateArgs = new Object[args.length + 1];
    updateArgs[0] = next;
    System.arraycopy(args, 0, updateArgs, 1, args.length);
    jdbc.update("update " + table + " set last_value = ? where " + where, updateArgs);
    return OptionalLong.of(next);
  }

  private boolean oneStatement() {
    Boolean known = oneStatement;
    if (known == null) {
      String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
      known = product != null && (product.equalsIgnoreCase("MariaDB") || product.equalsIgnoreCase("MySQL"));
      oneStatement = known;
    }
    return known;
  }
}
