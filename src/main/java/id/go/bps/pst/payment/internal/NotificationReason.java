package id.go.bps.pst.payment.internal;

/** Why a bank notification got the answer it got; each reason has one HTTP status. */
public enum NotificationReason {
  ACCEPTED(200),
  /** Money received for a billing code of a cancelled request: recorded, and its refund is decided. */
  ACCEPTED_FOR_REFUND(200),
  REPLAY(200),
  MALFORMED(400),
  MISSING_SIGNATURE(401),
  BAD_SIGNATURE(401),
  STALE_TIMESTAMP(401),
  UNKNOWN_CODE(404),
  ALREADY_PAID(409),
  CONFLICTING_REPLAY(409),
  PROCESS_NOT_WAITING(409),
  EXPIRED_CODE(422),
  CANCELLED_CODE(422),
  WRONG_AMOUNT(422),
  INVALID_PAID_AT(422),
  UNAVAILABLE(503);

  private final int httpStatus;

  NotificationReason(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  public int httpStatus() {
    return httpStatus;
  }
}
