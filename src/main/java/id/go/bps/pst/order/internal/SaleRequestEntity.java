package id.go.bps.pst.order.internal;

import id.go.bps.pst.order.IdentityType;
import id.go.bps.pst.order.OrderLine;
import id.go.bps.pst.order.OrderPricing;
import id.go.bps.pst.order.RequestStatus;
import id.go.bps.pst.order.SaleRequest;
import id.go.bps.pst.order.SaleRequestSummary;
import id.go.bps.pst.order.Visitor;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/**
 * The stored sale request (permintaan): one visitor's purchase, with its lines (the cart). Only the order
 * module sees it; other modules get an immutable {@link SaleRequest} snapshot ({@link #toRecord()}).
 */
@Entity
@Table(name = "pst_sale_request")
public class SaleRequestEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_number", nullable = false, unique = true)
  private String requestNumber;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "visitor_name", nullable = false)
  private String visitorName;

  @Column(name = "visitor_email", nullable = false)
  private String visitorEmail;

  @Column(name = "visitor_phone")
  private String visitorPhone;

  @Enumerated(EnumType.STRING)
  @Column(name = "identity_type", nullable = false)
  private IdentityType identityType;

  /** Personal data: never logged, never put into process variables (only its masked form). */
  @Column(name = "identity_number", nullable = false)
  private String identityNumber;

  private String institution;

  /** The payer on the receipt when corrected (step 18); null: the visitor's name. */
  @Column(name = "receipt_payer", length = 200)
  private String receiptPayer;

  /** For the usage agreement (microdata); personal data, never logged. */
  @Column(name = "visitor_occupation", length = 200)
  private String visitorOccupation;

  /** For the usage agreement (microdata); personal data, never logged. */
  @Column(name = "visitor_address", length = 500)
  private String visitorAddress;

  @Column(name = "user_category", nullable = false)
  private String userCategory;

  private String purpose;

  private boolean commercial;

  @Column(name = "ticket_number")
  private String ticketNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RequestStatus status;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "schedule_code")
  private String scheduleCode;

  @Column(name = "legal_basis")
  private String legalBasis;

  @Column(name = "total_amount")
  private Long totalAmount;

  @Column(name = "zero_tariff")
  private boolean zeroTariff;

  @Column(name = "zero_tariff_may_apply")
  private boolean zeroTariffMayApply;

  @Column(name = "zero_tariff_basis")
  private String zeroTariffBasis;

  @Column(name = "zero_tariff_requested")
  private boolean zeroTariffRequested;

  @Column(name = "zero_tariff_approved")
  private boolean zeroTariffApproved;

  @Column(name = "serving_officer")
  private String servingOfficer;

  @Column(name = "counter_name")
  private String counterName;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "row_version")
  private int rowVersion;

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("lineNo")
  private List<OrderLineEntity> lines = new ArrayList<>();

  protected SaleRequestEntity() {}

  public SaleRequestEntity(String requestNumber, String unitCode, Visitor visitor, String ticketNumber, Instant now) {
    this.requestNumber = requestNumber;
    this.unitCode = unitCode;
    this.visitorName = visitor.name();
    this.visitorEmail = visitor.email();
    this.visitorPhone = visitor.phone();
    this.identityType = visitor.identityType();
    this.identityNumber = visitor.identityNumber();
    this.institution = visitor.institution();
    this.userCategory = visitor.userCategory();
    this.ticketNumber = ticketNumber;
    this.status = RequestStatus.REGISTERED;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /**
   * Whether the order already holds exactly this pricing: the same lines (products, choices, prices,
   * explanations), schedule, legal basis, total, zero tariff, purpose and commercial use.
   */
  public boolean pricedAs(OrderPricing pricing) {
    return totalAmount != null && totalAmount == pricing.total() && zeroTariff == pricing.zeroTariff()
        && commercial == pricing.commercial() && java.util.Objects.equals(purpose, pricing.purpose())
        && java.util.Objects.equals(scheduleCode, pricing.scheduleCode())
        && java.util.Objects.equals(legalBasis, pricing.legalBasis())
        && lines.stream().map(OrderLineEntity::toRecord).toList().equals(pricing.lines());
  }

  /** Removes the cart's lines; true if there were any. */
  public boolean clearLines() {
    boolean had = !lines.isEmpty();
    lines.clear();
    return had;
  }

  public void addLines(List<OrderLine> newLines) {
    for (OrderLine line : newLines) {
      OrderLineEntity entity = new OrderLineEntity(line);
      entity.attachTo(this);
      lines.add(entity);
    }
  }

  public void changeStatus(RequestStatus newStatus, String reason, Instant now) {
    this.status = newStatus;
    this.statusReason = reason;
    this.updatedAt = now;
  }

  public void updateVisitor(String name, String institution, Instant now) {
    this.visitorName = name;
    this.institution = institution;
    this.updatedAt = now;
  }

  public void setOrderTerms(String purpose, boolean commercial) {
    this.purpose = purpose;
    this.commercial = commercial;
  }

  public void setPricing(String scheduleCode, String legalBasis, long totalAmount, boolean zeroTariff, Instant now) {
    this.scheduleCode = scheduleCode;
    this.legalBasis = legalBasis;
    this.totalAmount = totalAmount;
    this.zeroTariff = zeroTariff;
    this.updatedAt = now;
  }

  public void setZeroTariffEligibility(boolean mayApply, String basis, Instant now) {
    this.zeroTariffMayApply = mayApply;
    this.zeroTariffBasis = basis;
    this.updatedAt = now;
  }

  /** The payer printed on the receipt: the corrected name, else the visitor's. */
  public String receiptPayerName() { return receiptPayer != null ? receiptPayer : visitorName; }

  public String visitorOccupation() { return visitorOccupation; }

  public String visitorAddress() { return visitorAddress; }

  public void setAgreementParticulars(String occupation, String address, Instant now) {
    this.visitorOccupation = occupation;
    this.visitorAddress = address;
    this.updatedAt = now;
  }

  public void setReceiptPayer(String payer, Instant now) {
    this.receiptPayer = payer;
    this.updatedAt = now;
  }

  public void setZeroTariffRequested(boolean requested, Instant now) {
    this.zeroTariffRequested = requested;
    this.updatedAt = now;
  }

  public void setZeroTariffApproved(boolean approved, Instant now) {
    this.zeroTariffApproved = approved;
    this.updatedAt = now;
  }

  public void serveAt(String officer, String counter, Instant now) {
    this.servingOfficer = officer;
    this.counterName = counter;
    this.updatedAt = now;
  }

  public void linkProcessInstance(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public String getRequestNumber() { return requestNumber; }
  public boolean isZeroTariffRequested() { return zeroTariffRequested; }
  /** Rp0 applies: the DMN found the party eligible, the visitor asked for it and the officer approved it. */
  public boolean isZeroTariffGranted() { return zeroTariffMayApply && zeroTariffRequested && zeroTariffApproved; }
  public String getZeroTariffBasis() { return zeroTariffBasis; }

  /** The request as other modules see it: an immutable snapshot, with its lines (read them loaded). */
  public SaleRequest toRecord() {
    return new SaleRequest(requestNumber, unitCode, processInstanceId, visitorName, visitorEmail, visitorPhone,
        identityType, identityNumber, institution, userCategory, purpose, commercial, ticketNumber, status,
        statusReason, scheduleCode, legalBasis, totalAmount, zeroTariff, zeroTariffMayApply, zeroTariffBasis,
        zeroTariffRequested, zeroTariffApproved, servingOfficer, counterName,
        visitorOccupation != null && visitorAddress != null, createdAt, updatedAt, lines.stream().map(OrderLineEntity::toRecord).toList());
  }

  /** The request without its lines (lists): does not touch the lazy lines. */
  public SaleRequestSummary toSummary() {
    return new SaleRequestSummary(requestNumber, unitCode, visitorName, institution, status, totalAmount, createdAt);
  }

  @Override
  public String toString() {
    return "SaleRequestEntity[" + requestNumber + ", " + status + "]";
  }
}
