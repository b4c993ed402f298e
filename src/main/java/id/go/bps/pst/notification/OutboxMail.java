package id.go.bps.pst.notification;

import java.time.Instant;

/** One mail of the outbox. */
public record OutboxMail(long id, String requestNumber, MailType type, String recipient, String subject,
    String bodyText, String bodyHtml, MailStatus status, int attempts, Instant nextAttemptAt, String lastError,
    Instant createdAt, Instant sentAt) {
}
