package id.go.bps.pst.common;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * An INSERT whose new row's {@code id} comes back with the statement's reply (the driver's generated
 * keys), so that the caller returns the row it wrote without reading it back (issue 13: one statement
 * per row). Arguments are bound as {@link JdbcTemplate#update(String, Object...)} binds them;
 * {@link Instant}s become timestamps.
 */
public final class InsertReturningId {

  private InsertReturningId() {}

  /** Runs {@code sql} (an INSERT into a table with an {@code id} key) and returns the new id. */
  public static long insert(JdbcTemplate jdbc, String sql, Object... args) {
    Object[] bound = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      bound[i] = args[i] instanceof Instant instant ? Timestamp.from(instant) : args[i];
    }
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"});
      new ArgumentPreparedStatementSetter(bound).setValues(insert);
      return insert;
    }, key);
    Number id = key.getKey();
    if (id == null) {
      throw new IllegalStateException("The database returned no id for: " + sql);
    }
    return id.longValue();
  }
}
