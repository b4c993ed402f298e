package id.go.bps.pst.payment.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bps.pst.payment.BillingStatus;
import id.go.bps.pst.payment.PaymentProcess;
import id.go.bps.pst.payment.LatePaymentReceived;
import id.go.bps.pst.payment.Payment;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles a bank payment notification: checks the HMAC signature and the timestamp, reads the body,
 * records the payment and moves the process, and logs the outcome for the treasurer.
 *
 * <p><b>Transactions.</b> The payment insert, the billing's change to PAID and the correlation of
 * {@value PaymentProcess#MESSAGE_PAYMENT_RECEIVED} run in one transaction (the engine joins the Spring
 * transaction). If the correlation fails, for example because no process instance waits for the
 * message, everything rolls back and the bank gets a 409: no payment is recorded that did not move its
 * process, and the bank's retry will find the billing unpaid. The refusal itself is logged in a
 * separate transaction so the treasurer sees it.
 *
 * <p><b>Idempotency.</b> The billing row is read with {@code select ... for update}, so notifications for
 * the same code are serialised: the first records the payment and correlates; the others then find
 * the payment and answer 200 (replay) without correlating again. The unique constraint on the payment's
 * billing code is the last line of defence: a losing insert is retried and becomes a replay.
 */
@Service
public class BankNotificationHandler {

  private static final Logger LOG = LoggerFactory.getLogger(BankNotificationHandler.class);
  private static final int MAX_ATTEMPTS = 6;

  private final BillingRepository billings;
  private final PaymentRepository payments;
  private final RuntimeService runtimeService;
  private final NotificationLogWriter logWriter;
  private final PaymentProperties properties;
  private final PaymentClock clock;
  private final TransactionTemplate transaction;
  private final BankNotificationParser parser;
  private final org.springframework.context.ApplicationEventPublisher events;

  BankNotificationHandler(
      BillingRepository billings, PaymentRepository payments, RuntimeService runtimeService,
      NotificationLogWriter logWriter, PaymentProperties properties, PaymentClock clock,
      PlatformTransactionManager transactionManager, ObjectMapper objectMapper,
      org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.billings = billings;
    this.payments = payments;
    this.runtimeService = runtimeService;
    this.logWriter = logWriter;
    this.properties = properties;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactionManager);
    this.parser = new BankNotificationParser(objectMapper);
  }

  /** A refusal decided inside the transaction; thrown to roll it back. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient NotificationOutcome outcome;

    Refusal(NotificationReason reason, String message) {
      super(message, null, false, false);
      this.outcome = NotificationOutcome.refused(reason, message);
    }
  }

  /**
   * Handles one notification.
   *
   * @param timestamp the {@code X-PST-Timestamp} header (epoch seconds), as sent
   * @param signature the {@code X-PST-Signature} header (hex HMAC-SHA256)
   * @param body the raw body
   */
  public NotificationOutcome handle(String timestamp, String signature, byte[] body) {
    Instant receivedAt = clock.now();
    NotificationOutcome outcome = authenticate(timestamp, signature, body, receivedAt);
    BankNotification notification = null;
    if (outcome == null) {
      try {
        notification = parser.parse(body);
        outcome = settleWithRetries(notification, receivedAt);
      } catch (BankNotificationParser.Malformed e) {
        outcome = NotificationOutcome.refused(NotificationReason.MALFORMED, e.getMessage());
      }
    }
    writeLog(receivedAt, outcome, notification, body);
    return outcome;
  }

  private NotificationOutcome authenticate(String timestamp, String signature, byte[] body, Instant now) {
    if (timestamp == null || timestamp.isBlank() || signature == null || signature.isBlank()) {
      return NotificationOutcome.refused(
          NotificationReason.MISSING_SIGNATURE, "Header X-PST-Timestamp dan X-PST-Signature wajib ada.");
    }
    byte[] raw = body == null ? new byte[0] : body;
    if (!NotificationSignature.verify(properties.getSecret(), timestamp, raw, signature)) {
      return NotificationOutcome.refused(NotificationReason.BAD_SIGNATURE, "Tanda tangan notifikasi tidak sah.");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return NotificationOutcome.refused(
          NotificationReason.STALE_TIMESTAMP, "Stempel waktu notifikasi harus detik epoch.");
    }
    Duration drift = Duration.between(Instant.ofEpochSecond(seconds), now).abs();
    if (drift.compareTo(properties.getAllowedClockSkew()) > 0) {
      return NotificationOutcome.refused(
          NotificationReason.STALE_TIMESTAMP,
          "Stempel waktu notifikasi terlalu jauh dari waktu server (maksimal "
              + properties.getAllowedClockSkew().toMinutes() + " menit).");
    }
    return null;
  }

  private NotificationOutcome settleWithRetries(BankNotification notification, Instant receivedAt) {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        return transaction.execute(status -> settle(notification, receivedAt));
      } catch (Refusal refusal) {
        return refusal.outcome;
      } catch (DataIntegrityViolationException | ConcurrencyFailureException | OptimisticLockingException e) {
        // lost a race (unique constraint, lock timeout, deadlock): the next attempt sees the winner's payment
        LOG.debug("Bank notification attempt {} lost a race: {}", attempt, e.getClass().getSimpleName());
        pause(attempt);
      } catch (RuntimeException e) {
        LOG.error("Bank notification could not be processed", e);
        return NotificationOutcome.refused(
            NotificationReason.UNAVAILABLE, "Notifikasi tidak dapat diproses saat ini; silakan kirim ulang nanti.");
      }
    }
    return NotificationOutcome.refused(
        NotificationReason.UNAVAILABLE, "Notifikasi tidak dapat diproses saat ini; silakan kirim ulang nanti.");
  }

  private NotificationOutcome settle(BankNotification n, Instant receivedAt) {
    BillingEntity billing = billings.lockByCode(n.billingCode())
        .orElseThrow(() -> new Refusal(NotificationReason.UNKNOWN_CODE, "Kode billing tidak dikenal."));

    Optional<PaymentEntity> existing = payments.findByBillingCode(n.billingCode());
    if (existing.isPresent()) {
      PaymentEntity payment = existing.get();
      if (payment.amount() == n.amount() && n.ntpn().equals(payment.ntpn())) {
        return NotificationOutcome.replay(payment.toPayment());
      }
      throw new Refusal(
          NotificationReason.CONFLICTING_REPLAY,
          "Kode billing ini sudah dibayar dengan NTPN atau jumlah yang berbeda.");
    }
    if (billing.status() == BillingStatus.CANCELLED) {
      return lateForCancelledRequest(billing, n, receivedAt);
    }
    if (billing.status() == BillingStatus.EXPIRED || !n.paidAt().isBefore(billing.expiresAt())) {
      throw new Refusal(
          NotificationReason.EXPIRED_CODE,
          "Kode billing sudah kedaluwarsa (berlaku sampai " + local(billing.expiresAt())
              + " WITA); pembayaran tidak dapat diterima.");
    }
    if (billing.status() == BillingStatus.PAID) {
      throw new Refusal(NotificationReason.ALREADY_PAID, "Kode billing sudah dibayar.");
    }
    // the bank's clock may differ from ours by the allowed skew
    Duration skew = properties.getAllowedClockSkew();
    if (n.paidAt().isBefore(billing.issuedAt().minus(skew)) || n.paidAt().isAfter(receivedAt.plus(skew))) {
      throw new Refusal(
          NotificationReason.INVALID_PAID_AT, "Waktu pembayaran di luar masa berlaku kode billing atau di masa depan.");
    }
    if (n.amount() != billing.amount()) {
      throw new Refusal(
          NotificationReason.WRONG_AMOUNT,
          "Jumlah pembayaran (" + id.go.bps.pst.common.Rupiah.format(n.amount()) + ") tidak sama dengan tagihan kode billing ("
              + id.go.bps.pst.common.Rupiah.format(billing.amount()) + ").");
    }
    if (payments.findByRequestNumber(billing.requestNumber()).isPresent()) {
      throw new Refusal(
          NotificationReason.ALREADY_PAID, "Permintaan ini sudah dibayar dengan cara lain; hubungi bendahara.");
    }

    PaymentEntity payment = payments.saveAndFlush(PaymentEntity.bank(
        billing.requestNumber(), n.amount(), n.paidAt(), receivedAt, n.bank(), n.channel(), n.ntb(), n.ntpn(),
        n.billingCode()));
    billing.close(BillingStatus.PAID, receivedAt);
    billings.flush();

    Map<String, Object> variables = new HashMap<>();
    variables.put(PaymentProcess.VAR_PAYMENT_METHOD, "BANK");
    variables.put(PaymentProcess.VAR_PAID, Boolean.TRUE);
    variables.put(PaymentProcess.VAR_NTPN, n.ntpn());
    variables.put(PaymentProcess.VAR_NTB, n.ntb());
    variables.put(PaymentProcess.VAR_PAID_AT, Date.from(n.paidAt()));
    variables.put(PaymentProcess.VAR_BANK, n.bank());
    variables.put(PaymentProcess.VAR_CHANNEL, n.channel());
    long waiting = runtimeService.createExecutionQuery()
        .processInstanceBusinessKey(billing.requestNumber())
        .messageEventSubscriptionName(PaymentProcess.MESSAGE_PAYMENT_RECEIVED)
        .count();
    if (waiting == 0) {
      throw notWaiting();
    }
    try {
      runtimeService.createMessageCorrelation(PaymentProcess.MESSAGE_PAYMENT_RECEIVED)
          .processInstanceBusinessKey(billing.requestNumber())
          .setVariables(variables)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw notWaiting();
    }
    events.publishEvent(new id.go.bps.pst.payment.BankPaymentReceived(payment.toPayment()));
    return NotificationOutcome.accepted(payment.toPayment());
  }

  /**
   * The request was cancelled and its billing code closed, but the bank took the money (it was paid
   * before the closure reached the bank): the money is received, so it is recorded, and the refund is
   * decided by the supervisor. Never left to the bank's retries.
   */
  private NotificationOutcome lateForCancelledRequest(BillingEntity billing, BankNotification n, Instant receivedAt) {
    if (n.amount() != billing.amount()) {
      throw new Refusal(NotificationReason.WRONG_AMOUNT, "Jumlah pembayaran ("
          + id.go.bps.pst.common.Rupiah.format(n.amount()) + ") tidak sama dengan tagihan kode billing ("
          + id.go.bps.pst.common.Rupiah.format(billing.amount()) + ").");
    }
    if (payments.findByRequestNumber(billing.requestNumber()).isPresent()) {
      // the code was closed because the request was paid another way (cash): a double payment is the
      // treasurer's case, recorded in the notification log
      throw new Refusal(NotificationReason.CANCELLED_CODE, "Kode billing sudah dibatalkan karena permintaan sudah "
          + "dibayar dengan cara lain; pembayaran tidak dapat diterima. Hubungi bendahara.");
    }
    PaymentEntity payment = payments.saveAndFlush(PaymentEntity.bank(
        billing.requestNumber(), n.amount(), n.paidAt(), receivedAt, n.bank(), n.channel(), n.ntb(), n.ntpn(),
        n.billingCode()));
    billing.close(BillingStatus.PAID, receivedAt);
    billings.flush();
    Payment recorded = payment.toPayment();
    events.publishEvent(new LatePaymentReceived(recorded));
    return NotificationOutcome.acceptedForRefund(recorded);
  }

  private static Refusal notWaiting() {
    return new Refusal(
        NotificationReason.PROCESS_NOT_WAITING,
        "Permintaan untuk kode billing ini tidak sedang menunggu pembayaran; pembayaran belum dicatat. "
            + "Kirim ulang nanti atau hubungi bendahara.");
  }

  private void writeLog(Instant receivedAt, NotificationOutcome outcome, BankNotification n, byte[] body) {
    String billingCode;
    Long amount;
    String ntpn = null;
    if (n != null) {
      billingCode = n.billingCode();
      amount = n.amount();
      ntpn = outcome.payment() != null ? outcome.payment().ntpn() : n.ntpn();
    } else {
      BankNotificationParser.Loggable loggable = parser.loggable(body);
      billingCode = loggable.billingCode();
      amount = loggable.amount();
    }
    String requestNumber = outcome.payment() != null ? outcome.payment().requestNumber() : null;
    try {
      logWriter.write(receivedAt, outcome, billingCode, amount, requestNumber, ntpn);
    } catch (RuntimeException e) {
      LOG.error("Bank notification outcome {} could not be logged", outcome.reason(), e);
    }
  }

  private String local(Instant instant) {
    return id.go.bps.pst.common.IndonesianFormat.dateTime(instant, zone());
  }

  private ZoneId zone() {
    return properties.getZone();
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(20, 60L * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
