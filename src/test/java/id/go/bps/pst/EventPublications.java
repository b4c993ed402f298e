package id.go.bps.pst;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tests wait for the application module listeners (asynchronous, after the step's commit) as a
 * visitor would wait for the mail: until the event publication registry has no incomplete entry.
 */
public final class EventPublications {

  private EventPublications() {
  }

  /**
   * Waits until every event published in the last minute was handled by its listeners; fails naming what
   * is left. Older entries are left out: on MariaDB the test classes share one database, and a context
   * closed by an earlier class may have left its last publications incomplete (they are resubmitted by
   * the upkeep job in production).
   */
  public static void awaitCompleted(JdbcTemplate jdbc) {
    awaitCompletedSince(jdbc, java.time.Instant.now().minusSeconds(60));
  }

  /** As {@link #awaitCompleted(JdbcTemplate)}, for the events published after {@code from}. */
  public static void awaitCompletedSince(JdbcTemplate jdbc, java.time.Instant from) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    java.sql.Timestamp since = java.sql.Timestamp.from(from);
    while (true) {
      Integer open = jdbc.queryForObject("select count(*) from event_publication where completion_date is null"
          + " and publication_date > ?", Integer.class, since);
      if (open == null || open == 0) {
        return;
      }
      if (System.nanoTime() > deadline) {
        List<String> left = jdbc.queryForList(
            "select concat(event_type, ' -> ', listener_id) from event_publication where completion_date is null"
                + " and publication_date > ?", String.class, since);
        throw new AssertionError("events not handled within 20 s: " + left);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
