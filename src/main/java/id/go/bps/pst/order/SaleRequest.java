package id.go.bps.pst.order;

import id.go.bps.pst.common.IdentityMask;
import id.go.bps.pst.common.ProductType;
import java.time.Instant;
import java.util.List;

/**
 * A sale request (permintaan) as other modules see it: one visitor's purchase with its lines (the cart), an
 * immutable snapshot taken when {@link OrderService} returned it. A change made through {@code OrderService}
 * afterwards is not in it: ask {@code OrderService} again.
 *
 * @param identityNumber personal data: never logged, never put into process variables (only
 *     {@link #maskedIdentityNumber()}); {@link #toString()} leaves it out, as it leaves out e-mail and phone
 * @param totalAmount whole rupiah; null until the order is priced
 * @param lines the priced lines, in line order (empty until priced)
 */
public record SaleRequest(
    String requestNumber,
    String unitCode,
    String processInstanceId,
    String visitorName,
    String visitorEmail,
    String visitorPhone,
    IdentityType identityType,
    String identityNumber,
    String institution,
    String userCategory,
    String purpose,
    boolean commercial,
    String ticketNumber,
    RequestStatus status,
    String statusReason,
    String scheduleCode,
    String legalBasis,
    Long totalAmount,
    boolean zeroTariff,
    boolean zeroTariffMayApply,
    String zeroTariffBasis,
    boolean zeroTariffRequested,
    boolean zeroTariffApproved,
    String servingOfficer,
    String counterName,
    boolean agreementParticularsRecorded,
    Instant createdAt,
    Instant updatedAt,
    List<OrderLine> lines) {

  public SaleRequest {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /** The identity number as it may be shown or logged. */
  public String maskedIdentityNumber() {
    return IdentityMask.mask(identityNumber);
  }

  /** Rp0 applies: the DMN found the party eligible, the visitor asked for it and the officer approved it. */
  public boolean zeroTariffGranted() {
    return zeroTariffMayApply && zeroTariffRequested && zeroTariffApproved;
  }

  /** True once the order is priced and has at least one line of that kind. */
  public boolean hasProductType(ProductType productType) {
    return lines.stream().anyMatch(l -> productType == l.productType());
  }

  /** Without personal data: no identity number (masked only), e-mail, phone or visitor name. */
  @Override
  public String toString() {
    return "SaleRequest[" + requestNumber + ", unit " + unitCode + ", " + status + ", " + identityType + " "
        + maskedIdentityNumber() + ", total " + totalAmount + ", " + lines.size() + " line(s)]";
  }
}
