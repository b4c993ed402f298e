package id.go.bps.pst.common;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.OptionalLong;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds one to a counter row ({@code last_value} of a table such as {@code pst_sequence}) in the
 * caller's transaction and returns the new value; the row stays locked until the transaction ends,
 * so concurrent callers queue and a rollback gives the value back (gapless numbers).
 *
 * <p>On MariaDB and MySQL this is one statement: {@code update ... set last_value =
 * last_insert_id(last_value + 1)}, whose new value the server returns with the update's reply (the
 * driver reads it as the generated key; no second round trip). Elsewhere (H2, the embedded default)
 * it is {@code select ... for update} and an update, as before (issue 13: one statement less per
 * number on the production database).
 */
@Component
public class CounterRows {

  private final JdbcTemplate jdbc;
  private volatile Boolean oneStatement;

  CounterRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The counter's next value, or empty when no row matches {@code where} (the caller creates it and
   * asks again). {@code table} and {@code where} are constants of the caller, never user input.
   */
  public OptionalLong increment(String table, String where, Object... args) {
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
