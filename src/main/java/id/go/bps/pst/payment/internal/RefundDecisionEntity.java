package id.go.bps.pst.payment.internal;

import id.go.bps.pst.payment.RefundCause;
import id.go.bps.pst.payment.RefundDecision;
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
@Table(name = "pst_refund_decision")
class RefundDecisionEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_number", nullable = false, length = 32)
  private String requestNumber;

  @Column(name = "payment_id", nullable = false)
  private Long paymentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private RefundCause cause;

  @Column(name = "paid_amount", nullable = false)
  private long paidAmount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RefundDecision.Decision decision;

  @Column(length = 2000)
  private String note;

  @Column(name = "decided_by", nullable = false, length = 64)
  private String decidedBy;

  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  protected RefundDecisionEntity() {}

  RefundDecisionEntity(
      String requestNumber, Long paymentId, RefundCause cause, long paidAmount, RefundDecision.Decision decision, String note,
      String decidedBy, Instant decidedAt) {
    this.requestNumber = requestNumber;
    this.paymentId = paymentId;
    this.cause = cause;
    this.paidAmount = paidAmount;
    this.decision = decision;
    this.note = note;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  RefundDecision toDecision() {
    return new RefundDecision(id, requestNumber, paymentId, cause, paidAmount, decision, note, decidedBy, decidedAt);
  }
}
