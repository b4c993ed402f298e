package id.go.bps.pst.payment.internal;

import id.go.bps.pst.payment.Billing;
import id.go.bps.pst.payment.BillingLine;
import id.go.bps.pst.payment.BillingStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "pst_billing")
class BillingEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "billing_code", nullable = false, length = 15)
  private String code;

  @Column(name = "request_number", nullable = false, length = 32)
  private String requestNumber;

  @Column(name = "unit_code", nullable = false, length = 10)
  private String unitCode;

  @Column(name = "payer_name", nullable = false, length = 200)
  private String payerName;

  @Column(nullable = false)
  private long amount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private BillingStatus status;

  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  @Column(name = "closed_at")
  private Instant closedAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private int rowVersion;

  @OneToMany(mappedBy = "billing", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @OrderBy("lineNo")
  private List<BillingLineEntity> lines = new ArrayList<>();

  protected BillingEntity() {}

  BillingEntity(
      String code, String requestNumber, String unitCode, String payerName, long amount, Instant issuedAt,
      Instant expiresAt) {
    this.code = code;
    this.requestNumber = requestNumber;
    this.unitCode = unitCode;
    this.payerName = payerName;
    this.amount = amount;
    this.status = BillingStatus.ACTIVE;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  void addLine(String accountCode, String description, long lineAmount) {
    lines.add(new BillingLineEntity(this, lines.size() + 1, accountCode, description, lineAmount));
  }

  /** ACTIVE as stored but past its expiry reads as EXPIRED. */
  BillingStatus effectiveStatus(Instant now) {
    if (status == BillingStatus.ACTIVE && !now.isBefore(expiresAt)) {
      return BillingStatus.EXPIRED;
    }
    return status;
  }

  void close(BillingStatus newStatus, Instant at) {
    this.status = newStatus;
    this.closedAt = at;
  }

  Billing toBilling(Instant now) {
    return new Billing(
        code, requestNumber, amount, issuedAt, expiresAt, effectiveStatus(now), unitCode, payerName,
        lines.stream().map(l -> new BillingLine(l.accountCode(), l.description(), l.amount())).toList());
  }

  Long id() {
    return id;
  }

  String code() {
    return code;
  }

  String requestNumber() {
    return requestNumber;
  }

  long amount() {
    return amount;
  }

  BillingStatus status() {
    return status;
  }

  Instant issuedAt() {
    return issuedAt;
  }

  Instant expiresAt() {
    return expiresAt;
  }
}
