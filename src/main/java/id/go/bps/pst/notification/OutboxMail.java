package id.go.bps.pst.notification;

import java.time.Instant;

/** One mail of the outbox. */
public record OutboxMail(long id, String requestNumber, MailType type, String recipient, String subject,
    String bodyText, String bodyHtml, MailStatus status, int attempts, Instant nextAttemptAt, String lastError,
    Instant createdAt, Instant sentAt, String unitCode) {

  public OutboxMail(long id, String requestNumber, MailType type, String recipient, String subject,
      String bodyText, String bodyHtml, MailStatus status, int attempts, Instant nextAttemptAt, String lastError,
      Instant createdAt, Instant sentAt) {
    this(id, requestNumber, type, recipient, subject, bodyText, bodyHtml, status, attempts, nextAttemptAt, lastError,
        createdAt, sentAt, null);
  }
}
