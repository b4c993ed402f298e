package id.go.bps.pst.visit;

/**
 * Published by {@link QueueService} whenever the queue changes; the display announces CALLED and
 * RECALLED tickets.
 */
public record QueueChanged(Kind kind, String unitCode, String ticketNumber, String counterName) {

  public enum Kind { ARRIVED, CLOCK_STARTED, CALLED, RECALLED, FINISHED, NO_SHOW, LEFT }
}
