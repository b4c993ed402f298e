package id.go.bps.pst.visit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The queue of one day against the service standard.
 *
 * <p>Definitions: waiting time = called - arrived; standard wait = called - clock started (zero when
 * called before the clock started); service time = session end - called (not for no-shows).
 * A ticket is <em>measured</em> when it was called, or when it was never called but its clock ran past
 * the standard (a breach, even if the visitor gave up). Within standard = called with a standard
 * wait of at most the standard. Averages are rounded to whole seconds.
 */
public record QueueReport(
    LocalDate day,
    ZoneId zone,
    Duration standard,
    List<Row> tickets,
    Summary total,
    List<Summary> byCounterAndOfficer) {

  /** One ticket. Durations are null where they do not apply. */
  public record Row(Ticket ticket, Duration waitingTime, Duration standardWait, Duration serviceTime,
      boolean measured, boolean withinStandard) {}

  /** Figures for a group of tickets (all, or one counter and officer). */
  public record Summary(
      String counter,
      String officer,
      int tickets,
      int called,
      int served,
      int noShows,
      int notCalled,
      int measured,
      int withinStandard,
      Duration averageWait,
      Duration averageStandardWait,
      Duration maxStandardWait,
      Duration averageServiceTime) {

    /** Share of measured tickets called within the standard, in percent with one decimal; null if none. */
    public Double withinStandardPercent() {
      return measured == 0 ? null : Math.round(1000.0 * withinStandard / measured) / 10.0;
    }
  }
}
