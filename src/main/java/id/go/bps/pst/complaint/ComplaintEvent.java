package id.go.bps.pst.complaint;

import java.time.Instant;

/**
 * One entry of a complaint's history: who did what, when, and the status after it. Public entries
 * are shown to the complainant on the tracking page; the others only to staff.
 */
public record ComplaintEvent(Instant occurredAt, String actor, String action, ComplaintStatus status, String note,
    boolean publicNote) {
}
