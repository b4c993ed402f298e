package id.go.bps.pst.order;

import java.time.Instant;

/**
 * One entry of a request's audit trail: who did what, and when (UTC). The detail is cut to 2000 characters
 * (the column's size). Two entries with the same fields are equal: tell them apart by position, not by
 * equality.
 */
public record RequestEvent(String requestNumber, Instant occurredAt, String actor, String action, String detail) {

  public RequestEvent {
    detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000));
  }
}
