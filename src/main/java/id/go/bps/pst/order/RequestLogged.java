package id.go.bps.pst.order;

import java.time.Instant;

/**
 * Published (as a Spring application event) whenever an entry is added to a request's audit trail,
 * including status changes (action {@code STATUS_<status>}). Listeners run in the caller's
 * transaction; use {@code @TransactionalEventListener} to act only after a commit.
 */
public record RequestLogged(String requestNumber, Instant occurredAt, String actor, String action, String detail) {

  /** The status this entry records, when it is a status change. */
  public RequestStatus status() {
    if (action == null || !action.startsWith("STATUS_")) {
      return null;
    }
    try {
      return RequestStatus.valueOf(action.substring("STATUS_".length()));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
