package id.go.bps.pst.ops.internal;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upkeep of the event publication registry (the typed events between modules, README "Architecture:
 * modules and events"): an event whose listener failed (e.g. the download links could not be created)
 * stays incomplete and is handed to its listener again after {@code pst.events.resubmit-after}
 * (default 10 minutes); completed entries are deleted after {@code pst.events.keep-completed} (7 days).
 *
 * <p>In a cluster only one node does this per interval: a lease row in {@code pst_sequence} holds the
 * time of the last run, taken under a row lock, so two nodes never hand the same event over twice at
 * once.
 */
@Component
class EventPublicationUpkeep {

  private static final Logger LOG = LoggerFactory.getLogger(EventPublicationUpkeep.class);
  private static final String LEASE = "lease/event-publication-upkeep";

  private final IncompleteEventPublications incomplete;
  private final CompletedEventPublications completed;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final Duration resubmitAfter;
  private final Duration keepCompleted;

  EventPublicationUpkeep(IncompleteEventPublications incomplete, CompletedEventPublications completed,
      JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
      @Value("${pst.events.resubmit-after:10m}") Duration resubmitAfter,
      @Value("${pst.events.keep-completed:7d}") Duration keepCompleted) {
    this.incomplete = incomplete;
    this.completed = completed;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
    this.resubmitAfter = resubmitAfter;
    this.keepCompleted = keepCompleted;
  }

  @Scheduled(initialDelayString = "${pst.events.upkeep-interval:5m}", fixedDelayString = "${pst.events.upkeep-interval:5m}")
  void scheduled() {
    if (takeLease(resubmitAfter.dividedBy(2))) {
      run();
    }
  }

  /** Hands events not handled after {@code resubmit-after} to their listeners again; drops old completed ones. */
  void run() {
    incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter);
    completed.deletePublicationsOlderThan(keepCompleted);
    LOG.debug("event publications older than {} resubmitted, completed ones older than {} deleted", resubmitAfter,
        keepCompleted);
  }

  /** True for the one node that may run now: no other node ran within {@code minimumGap}. */
  boolean takeLease(Duration minimumGap) {
    try {
      transaction.executeWithoutResult(status ->
          jdbc.update("insert into pst_sequence (seq_name, last_value) values (?, 0)", LEASE));
    } catch (DataIntegrityViolationException exists) {
      // the lease row exists already
    }
    Boolean taken = transaction.execute(status -> {
      long last = jdbc.queryForObject("select last_value from pst_sequence where seq_name = ? for update", Long.class,
          LEASE);
      long now = clock.millis();
      if (now - last < minimumGap.toMillis()) {
        return false;
      }
      jdbc.update("update pst_sequence set last_value = ? where seq_name = ?", now, LEASE);
      return true;
    });
    return Boolean.TRUE.equals(taken);
  }
}
