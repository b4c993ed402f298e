package id.go.bps.pst.payment.internal;

import id.go.bps.pst.payment.Receipt;
import id.go.bps.pst.payment.ReceiptMethod;
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
@Table(name = "pst_receipt")
class ReceiptEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "receipt_number", nullable = false, length = 32)
  private String receiptNumber;

  @Column(name = "unit_code", nullable = false, length = 10)
  private String unitCode;

  @Column(name = "receipt_year", nullable = false)
  private int receiptYear;

  @Column(name = "seq_no", nullable = false)
  private long seqNo;

  @Column(name = "request_number", nullable = false, length = 32)
  private String requestNumber;

  @Column(nullable = false)
  private long amount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ReceiptMethod method;

  @Column(name = "payment_id")
  private Long paymentId;

  @Column(name = "billing_code", length = 15)
  private String billingCode;

  @Column(length = 32)
  private String ntpn;

  @Column(name = "product_kinds", length = 200)
  private String productKinds;

  @Column(name = "zero_tariff_basis", length = 300)
  private String zeroTariffBasis;

  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "issued_by", nullable = false, length = 64)
  private String issuedBy;

  protected ReceiptEntity() {}

  ReceiptEntity(
      ReceiptNumber number, String requestNumber, long amount, ReceiptMethod method, Long paymentId,
      String billingCode, String ntpn, String productKinds, String zeroTariffBasis, Instant issuedAt,
      String issuedBy) {
    this.receiptNumber = number.text();
    this.unitCode = number.unitCode();
    this.receiptYear = number.year();
    this.seqNo = number.sequence();
    this.requestNumber = requestNumber;
    this.amount = amount;
    this.method = method;
    this.paymentId = paymentId;
    this.billingCode = billingCode;
    this.ntpn = ntpn;
    this.productKinds = productKinds;
    this.zeroTariffBasis = zeroTariffBasis;
    this.issuedAt = issuedAt;
    this.issuedBy = issuedBy;
  }

  Receipt toReceipt() {
    return new Receipt(
        id, receiptNumber, requestNumber, unitCode, amount, method, paymentId, billingCode, ntpn, productKinds,
        zeroTariffBasis, issuedAt, issuedBy);
  }
}
