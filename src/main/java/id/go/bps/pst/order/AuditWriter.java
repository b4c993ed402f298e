package id.go.bps.pst.order;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes audit entries in one JDBC batch (the driver sends a batch of inserts as one statement). */
@Component
class AuditWriter {

  private final JdbcTemplate jdbc;

  AuditWriter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void write(List<RequestEvent> entries) {
    jdbc.batchUpdate("insert into pst_request_event (request_number, occurred_at, actor, action, detail) "
        + "values (?, ?, ?, ?, ?)", entries, entries.size(), (ps, e) -> {
          ps.setString(1, e.requestNumber());
          ps.setTimestamp(2, Timestamp.from(e.occurredAt()));
          ps.setString(3, e.actor());
          ps.setString(4, e.action());
          ps.setString(5, e.detail());
        });
  }
}
