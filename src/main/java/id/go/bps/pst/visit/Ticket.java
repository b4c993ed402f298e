package id.go.bps.pst.visit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A queue ticket and the times of its way through the queue: arrived (ticket taken), clock started
 * (the visitor before it in the queue finished at the counter, or nobody was ahead at arrival),
 * called to a counter, recalled, finished (counter session ended, or left the queue).
 */
public record Ticket(
    long id,
    String unitCode,
    LocalDate serviceDay,
    String serviceCode,
    int sequence,
    String ticketNumber,
    String publicRef,
    String requestNumber,
    Instant arrivedAt,
    Instant clockStartedAt,
    Instant calledAt,
    String calledBy,
    String counterName,
    Instant recalledAt,
    int recallCount,
    Instant finishedAt,
    String finishedBy,
    boolean noShow) {

  public enum Status { WAITING, AT_COUNTER, FINISHED, NO_SHOW, LEFT }

  public Status status() {
    if (noShow) {
      return Status.NO_SHOW;
    }
    if (calledAt == null) {
      return finishedAt == null ? Status.WAITING : Status.LEFT;
    }
    return finishedAt == null ? Status.AT_COUNTER : Status.FINISHED;
  }

  /** Time from taking the ticket to being called; null while not called. */
  public Duration waitingTime() {
    return calledAt == null ? null : Duration.between(arrivedAt, calledAt);
  }

  /**
   * Time the standard measures: from the clock start to the call. Zero when the ticket was called
   * before its clock started (a counter was free before the previous visitor finished).
   */
  public Duration standardWait() {
    if (calledAt == null) {
      return null;
    }
    return clockStartedAt == null || calledAt.isBefore(clockStartedAt)
        ? Duration.ZERO : Duration.between(clockStartedAt, calledAt);
  }

  /**
   * When the standard runs out for this ticket: its clock start plus the standard; empty while the clock
   * has not started.
   */
  public Optional<Instant> standardDeadline(Duration standard) {
    return clockStartedAt == null ? Optional.empty() : Optional.of(clockStartedAt.plus(standard));
  }

  /**
   * Whether this ticket's clock can still start: it waits uncalled in the queue of {@code today} (the
   * unit's local date), without a clock yet. A clock starts only when a session of the same day's queue
   * ends, so a ticket left waiting from an earlier day, or one that left the queue, never gets one.
   */
  public boolean clockMayStillStart(LocalDate today) {
    return clockStartedAt == null && status() == Status.WAITING && !serviceDay.isBefore(today);
  }

  /** Counter session length: from the call to its end; null for no-shows and open sessions. */
  public Duration serviceTime() {
    return calledAt == null || finishedAt == null || noShow ? null : Duration.between(calledAt, finishedAt);
  }
}
