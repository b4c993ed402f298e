package id.go.bps.pst.visit;

import java.time.Duration;

/**
 * How loaded a unit's queue is right now, for monitoring: the tickets of today still waiting to be
 * called, the longest and the mean time they have waited so far (since the ticket was taken).
 *
 * @param unitCode the unit (kode satker)
 * @param waiting tickets of today not yet called and not left
 * @param longestWait how long the ticket waiting longest has waited; zero when nobody waits
 * @param meanWait mean wait of the waiting tickets; zero when nobody waits
 */
public record QueueLoad(String unitCode, int waiting, Duration longestWait, Duration meanWait) {
}
