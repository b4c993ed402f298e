package id.go.bps.pst.payment.internal;

import id.go.bps.pst.payment.Payment;
import id.go.bps.pst.payment.PaymentMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "pst_payment")
class PaymentEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_number", nullable = false, length = 32)
  private String requestNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private PaymentMethod method;

  @Column(nullable = false)
  private long amount;

  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  @Column(name = "paid_at", nullable = false)
  private Instant paidAt;

  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "received_by", length = 64)
  private String receivedBy;

  @Column(length = 64)
  private String bank;

  @Column(length = 32)
  private String channel;

  @Column(length = 64)
  private String ntb;

  @Column(length = 32)
  private String ntpn;

  @Column(name = "billing_code", length = 15)
  private String billingCode;

  @Column(name = "amount_received")
  private Long amountReceived;

  @Column(name = "transfer_reference", length = 64)
  private String reference;

  @Column(name = "proof_upload_id")
  private Long proofUploadId;

  /** When the refund decision for a transfer surplus was opened (once per payment). */
  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  @Column(name = "surplus_refund_requested_at")
  private Instant surplusRefundRequestedAt;

  protected PaymentEntity() {}

  static PaymentEntity cash(String requestNumber, long amount, Instant paidAt, String receivedBy) {
    PaymentEntity p = new PaymentEntity();
    p.requestNumber = requestNumber;
    p.method = PaymentMethod.CASH;
    p.amount = amount;
    p.paidAt = paidAt;
    p.recordedAt = paidAt;
    p.receivedBy = receivedBy;
    return p;
  }

  static PaymentEntity bank(
      String requestNumber, long amount, Instant paidAt, Instant recordedAt, String bank, String channel,
      String ntb, String ntpn, String billingCode) {
    PaymentEntity p = new PaymentEntity();
    p.requestNumber = requestNumber;
    p.method = PaymentMethod.BANK;
    p.amount = amount;
    p.paidAt = paidAt;
    p.recordedAt = recordedAt;
    p.bank = bank;
    p.channel = channel;
    p.ntb = ntb;
    p.ntpn = ntpn;
    p.billingCode = billingCode;
    return p;
  }

  static PaymentEntity transfer(String requestNumber, long amount, long amountReceived, String reference,
      long proofUploadId, Instant verifiedAt, String verifiedBy) {
    PaymentEntity p = new PaymentEntity();
    p.requestNumber = requestNumber;
    p.method = PaymentMethod.TRANSFER;
    p.amount = amount;
    p.amountReceived = amountReceived;
    p.reference = reference;
    p.proofUploadId = proofUploadId;
    p.paidAt = verifiedAt;
    p.recordedAt = verifiedAt;
    p.receivedBy = verifiedBy;
    return p;
  }

  Payment toPayment() {
    return new Payment(id, requestNumber, method, amount, paidAt, receivedBy, bank, channel, ntb, ntpn, billingCode,
        amountReceived, reference, proofUploadId);
  }

  Long id() {
    return id;
  }

  long amount() {
    return amount;
  }

  String ntpn() {
    return ntpn;
  }

  PaymentMethod method() {
    return method;
  }

  /** What was received beyond the invoice (transfer only), 0 otherwise. */
  long surplus() {
    return amountReceived == null ? 0 : amountReceived - amount;
  }

  boolean surplusRefundRequested() {
    return surplusRefundRequestedAt != null;
  }
}
