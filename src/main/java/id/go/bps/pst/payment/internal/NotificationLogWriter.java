package id.go.bps.pst.payment.internal;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the notification log in its own transaction, so a refusal (whose work rolled back) stays recorded. */
@Component
class NotificationLogWriter {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationLogWriter.class);

  private final NotificationLogRepository log;

  NotificationLogWriter(NotificationLogRepository log) {
    this.log = log;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void write(
      Instant receivedAt, NotificationOutcome outcome, String billingCode, Long amount, String requestNumber,
      String ntpn) {
    log.save(new NotificationLogEntity(receivedAt, outcome, billingCode, amount, requestNumber, ntpn));
    if (outcome.result() == NotificationOutcome.Result.REFUSED) {
      LOG.info("Bank notification refused: {} (HTTP {})", outcome.reason(), outcome.httpStatus());
    } else {
      LOG.info("Bank notification {}: payment {}", outcome.reason(), outcome.payment().id());
    }
  }
}
