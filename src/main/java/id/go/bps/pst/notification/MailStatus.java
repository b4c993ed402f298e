package id.go.bps.pst.notification;

/** Where an outbox mail stands. */
public enum MailStatus {
  /** Waiting for the sender (first attempt or a retry). */
  PENDING,
  /** Delivered to the SMTP server. */
  SENT,
  /** Every retry failed; an officer can re-send the link. */
  FAILED,
  /** Sending is off (no SMTP configured, as in the embedded demo): kept for the outbox page only. */
  HELD
}
