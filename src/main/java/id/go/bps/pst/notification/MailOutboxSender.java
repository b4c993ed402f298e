package id.go.bps.pst.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers due outbox mails over SMTP, outside any request or process transaction: a mail server
 * that is down only delays mails (retried after {@code pst.mail.retry-delays}), it never blocks an
 * officer or loses a request. Each mail is claimed before sending, so two runs never send it twice.
 */
@Component
public class MailOutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(MailOutboxSender.class);

  private final JdbcTemplate jdbc;
  private final ObjectProvider<JavaMailSender> smtp;
  private final MailProperties properties;
  private final Clock clock;

  MailOutboxSender(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> smtp, MailProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.smtp = smtp;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(initialDelayString = "${pst.mail.sender-interval:30s}", fixedDelayString = "${pst.mail.sender-interval:30s}")
  void scheduled() {
    sendDue();
  }

  /** Sends the mails due now; returns how many were delivered. */
  public int sendDue() {
    return sendDue(clock.instant());
  }

  /** Sends the mails due at the given moment (tests pass a later moment instead of waiting). */
  public int sendDue(Instant now) {
    JavaMailSender sender = smtp.getIfAvailable();
    if (!properties.enabled() || sender == null) {
      return 0;
    }
    List<OutboxMail> due = jdbc.query("select " + MailOutbox.COLUMNS + " from pst_mail_outbox where status = 'PENDING' "
        + "and next_attempt_at <= ? order by next_attempt_at, id limit ?", MailOutbox::map, Timestamp.from(now),
        properties.batchSize());
    int sent = 0;
    for (OutboxMail mail : due) {
      // claim: push the next attempt forward so a parallel run skips this mail
      Instant retryAt = now.plus(delayAfter(mail.attempts() + 1));
      int claimed = jdbc.update("update pst_mail_outbox set attempts = attempts + 1, next_attempt_at = ? "
          + "where id = ? and status = 'PENDING' and attempts = ?", Timestamp.from(retryAt), mail.id(), mail.attempts());
      if (claimed == 0) {
        continue;
      }
      try {
        sender.send(message(sender, mail));
        jdbc.update("update pst_mail_outbox set status = 'SENT', sent_at = ?, last_error = null where id = ?",
            Timestamp.from(now), mail.id());
        sent++;
      } catch (MailException | MessagingException | UnsupportedEncodingException e) {
        int attempts = mail.attempts() + 1;
        boolean giveUp = attempts > properties.retryDelays().size();
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        jdbc.update("update pst_mail_outbox set status = ?, last_error = ? where id = ?",
            giveUp ? MailStatus.FAILED.name() : MailStatus.PENDING.name(),
            error.substring(0, Math.min(error.length(), 1000)), mail.id());
        LOG.warn("mail {} ({}) of request {}: attempt {} failed{}", mail.id(), mail.type(), mail.requestNumber(),
            attempts, giveUp ? ", giving up" : ", retry at " + retryAt);
      }
    }
    return sent;
  }

  private Duration delayAfter(int attempts) {
    List<Duration> delays = properties.retryDelays();
    if (delays.isEmpty()) {
      return Duration.ofMinutes(5);
    }
    return delays.get(Math.min(attempts, delays.size()) - 1);
  }

  private MimeMessage message(JavaMailSender sender, OutboxMail mail)
      throws MessagingException, UnsupportedEncodingException {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(properties.from(), properties.fromName());
    helper.setTo(mail.recipient());
    helper.setSubject(mail.subject());
    helper.setText(mail.bodyText(), mail.bodyHtml());
    message.setHeader("X-PST-Mail-Id", String.valueOf(mail.id()));
    return message;
  }
}
