package id.go.bps.pst.payment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One bank notification as received: its outcome, never the body, the signature or the secret. */
@Entity
@Table(name = "pst_payment_notification_log")
class NotificationLogEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(nullable = false, length = 16)
  private String outcome;

  @Column(nullable = false, length = 32)
  private String reason;

  @Column(name = "http_status", nullable = false)
  private int httpStatus;

  @Column(nullable = false, length = 500)
  private String message;

  @Column(name = "billing_code", length = 32)
  private String billingCode;

  private Long amount;

  @Column(name = "request_number", length = 32)
  private String requestNumber;

  @Column(length = 32)
  private String ntpn;

  protected NotificationLogEntity() {}

  NotificationLogEntity(
      Instant receivedAt, NotificationOutcome outcome, String billingCode, Long amount, String requestNumber,
      String ntpn) {
    this.receivedAt = receivedAt;
    this.outcome = outcome.result().name();
    this.reason = outcome.reason().name();
    this.httpStatus = outcome.reason().httpStatus();
    this.message = outcome.message().length() > 500 ? outcome.message().substring(0, 500) : outcome.message();
    this.billingCode = billingCode;
    this.amount = amount;
    this.requestNumber = requestNumber;
    this.ntpn = ntpn;
  }

  Instant receivedAt() {
    return receivedAt;
  }

  String outcome() {
    return outcome;
  }

  String reason() {
    return reason;
  }

  int httpStatus() {
    return httpStatus;
  }

  String message() {
    return message;
  }

  String requestNumber() {
    return requestNumber;
  }

  String billingCode() {
    return billingCode;
  }

  Long amount() {
    return amount;
  }
}
