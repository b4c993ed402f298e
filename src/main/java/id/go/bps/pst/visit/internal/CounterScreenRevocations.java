package id.go.bps.pst.visit.internal;

import id.go.bps.pst.visit.CounterScreenPairing;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counters' revocations of their visitor screens ({@code pst_counter_screen_revocation}): the officer's "Cabut
 * layar lama" on the counter page refuses every pairing of that counter issued before now, on every node (a lost
 * tablet, a pairing link that left the office). The officer then pairs the tablet again. Read on every request of a
 * screen (its poll every 2 s): one primary-key lookup.
 */
@Component
class CounterScreenRevocations implements CounterScreenPairing.Revocations {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  CounterScreenRevocations(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Optional<Instant> revokedBefore(String unitCode, String counter) {
    return jdbc.query("select revoked_before from pst_counter_screen_revocation where unit_code = ? and counter_name = ?",
        (rs, i) -> rs.getTimestamp(1).toInstant(), unitCode, counter).stream().findFirst();
  }

  /**
   * Refuses the counter's pairings issued before this second (a pairing names its issue time in whole seconds, so a
   * screen paired again right after is not caught by its own revocation). Returns the moment.
   */
  @Transactional
  Instant revoke(String unitCode, String counter, String officer) {
    Instant before = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Timestamp at = Timestamp.from(before);
    if (jdbc.update("update pst_counter_screen_revocation set revoked_before = ?, revoked_by = ? where unit_code = ? "
        + "and counter_name = ?", at, officer, unitCode, counter) == 0) {
      jdbc.update("insert into pst_counter_screen_revocation (unit_code, counter_name, revoked_before, revoked_by) "
          + "values (?, ?, ?, ?)", unitCode, counter, at, officer);
    }
    return before;
  }
}
