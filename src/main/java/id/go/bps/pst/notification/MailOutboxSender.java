package id.go.bps.pst.notification;

import id.go.bps.pst.common.UnitDirectory;
import id.go.bps.pst.common.UnitSettings;

import id.go.bps.pst.common.ClusterNode;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due outbox mails over SMTP, outside any request or process transaction: a mail server
 * that is down only delays mails (retried after {@code pst.mail.retry-delays}), it never blocks an
 * officer or loses a request.
 *
 * <p>Every node of a cluster runs this sender. A node first claims a mail with one conditional update
 * (lock-and-mark: {@code claimed_by} its token, {@code claimed_until} now + {@code pst.mail.claim-time});
 * the update succeeds for exactly one node, the others skip the mail. Only the claimant sends it and
 * marks it SENT (or schedules the retry) and releases the claim. If the node dies in between, the
 * claim expires and another node sends the mail. The one window left is a node that dies after the
 * SMTP server accepted the mail and before SENT was written: that mail goes out twice, with the same
 * {@code X-PST-Mail-Id} header (at-least-once, as with any SMTP client).
 */
@Component
public class MailOutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(MailOutboxSender.class);

  private final JdbcTemplate jdbc;
  private final ObjectProvider<JavaMailSender> smtp;
  private final MailProperties properties;
  private final Clock clock;
  private final String node;
  private final UnitDirectory units;
  /** Each claim and each mark commits at once: the claim must be visible to other nodes before sending. */
  private final TransactionTemplate ownTransaction;

  MailOutboxSender(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> smtp, MailProperties properties, Clock clock,
      ClusterNode node, UnitDirectory units, PlatformTransactionManager transactionManager) {
    this.units = units;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.jdbc = jdbc;
    this.smtp = smtp;
    this.properties = properties;
    this.clock = clock;
    this.node = node.id();
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
    Timestamp at = Timestamp.from(now);
    List<OutboxMail> due = jdbc.query("select " + MailOutbox.COLUMNS + " from pst_mail_outbox where status = 'PENDING' "
        + "and next_attempt_at <= ? and (claimed_until is null or claimed_until <= ?) order by next_attempt_at, id "
        + "limit ?", MailOutbox::map, at, at, properties.batchSize());
    int sent = 0;
    for (OutboxMail mail : due) {
      String token = node + "/" + UUID.randomUUID().toString().substring(0, 8);
      if (!claim(mail, token, now)) {
        continue; // another node (or run) has it
      }
      int attempts = mail.attempts() + 1;
      try {
        sender.send(message(sender, mail));
        int marked = write(() -> jdbc.update("update pst_mail_outbox set status = 'SENT', sent_at = ?, sent_by = ?, "
            + "last_error = null, claimed_until = null where id = ? and claimed_by = ?",
            Timestamp.from(now), node, mail.id(), token));
        if (marked == 0) {
          LOG.warn("mail {} was sent, but its claim had expired: the claim time {} is too short",
              mail.id(), properties.claimTime());
        }
        sent++;
      } catch (MailException | MessagingException | UnsupportedEncodingException e) {
        boolean giveUp = attempts > properties.retryDelays().size();
        Instant retryAt = now.plus(delayAfter(attempts));
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        write(() -> jdbc.update("update pst_mail_outbox set status = ?, last_error = ?, next_attempt_at = ?, "
                + "claimed_until = null where id = ? and claimed_by = ?",
            giveUp ? MailStatus.FAILED.name() : MailStatus.PENDING.name(),
            error.substring(0, Math.min(error.length(), 1000)), Timestamp.from(retryAt), mail.id(), token));
        LOG.warn("mail {} ({}) of request {}: attempt {} failed{}", mail.id(), mail.type(), mail.requestNumber(),
            attempts, giveUp ? ", giving up" : ", retry at " + retryAt);
      }
    }
    return sent;
  }

  /**
   * Lock-and-mark: one update that succeeds only while the mail is pending, unclaimed (or its claim has
   * expired) and unchanged since it was read. Under READ COMMITTED a second node's update waits for the
   * first one's row lock, then sees the new claim and changes nothing.
   */
  private boolean claim(OutboxMail mail, String token, Instant now) {
    Timestamp at = Timestamp.from(now);
    return write(() -> jdbc.update("update pst_mail_outbox set claimed_by = ?, claimed_until = ?, "
            + "attempts = attempts + 1 where id = ? and status = 'PENDING' and attempts = ? "
            + "and (claimed_until is null or claimed_until <= ?)",
        token, Timestamp.from(now.plus(properties.claimTime())), mail.id(), mail.attempts(), at)) == 1;
  }

  /** One update, committed at once. */
  private int write(java.util.function.IntSupplier update) {
    Integer rows = ownTransaction.execute(status -> update.getAsInt());
    return rows == null ? 0 : rows;
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
    // the unit's own sender when it has one (pst_unit.mail_from_*), else the configured one
    UnitSettings unit = units.settings(mail.unitCode() == null ? units.defaultUnit().code() : mail.unitCode());
    helper.setFrom(unit.mailFromAddress() != null ? unit.mailFromAddress() : properties.from(),
        unit.mailFromName() != null ? unit.mailFromName() : properties.fromName());
    helper.setTo(mail.recipient());
    helper.setSubject(mail.subject());
    helper.setText(mail.bodyText(), mail.bodyHtml());
    message.setHeader("X-PST-Mail-Id", String.valueOf(mail.id()));
    return message;
  }
}
