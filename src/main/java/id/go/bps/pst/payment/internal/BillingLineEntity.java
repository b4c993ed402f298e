package id.go.bps.pst.payment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "pst_billing_line")
class BillingLineEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "billing_id", nullable = false)
  private BillingEntity billing;

  @Column(name = "line_no", nullable = false)
  private int lineNo;

  @Column(name = "account_code", nullable = false, length = 10)
  private String accountCode;

  @Column(nullable = false, length = 500)
  private String description;

  @Column(nullable = false)
  private long amount;

  protected BillingLineEntity() {}

  BillingLineEntity(BillingEntity billing, int lineNo, String accountCode, String description, long amount) {
    this.billing = billing;
    this.lineNo = lineNo;
    this.accountCode = accountCode;
    this.description = description;
    this.amount = amount;
  }

  String accountCode() {
    return accountCode;
  }

  String description() {
    return description;
  }

  long amount() {
    return amount;
  }
}
