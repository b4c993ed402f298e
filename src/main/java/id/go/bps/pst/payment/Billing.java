package id.go.bps.pst.payment;

import java.time.Instant;
import java.util.List;

/**
 * A billing code (kode billing) as issued by the {@link BillingPort}.
 *
 * @param code 15 digits, the payment reference at the bank
 * @param requestNumber the sale request it bills
 * @param amount total in whole rupiah
 * @param issuedAt when it was issued (UTC, whole seconds)
 * @param expiresAt when it stops being payable (issuedAt + the configured validity, 7 days by default)
 * @param status the effective status at the time this record was read: an unpaid billing past its
 *     expiry reads {@link BillingStatus#EXPIRED} even before the process voids it
 * @param unitCode the unit (kode satker)
 * @param payerName the depositor (wajib setor)
 * @param lines the billing lines
 */
public record Billing(
    String code,
    String requestNumber,
    long amount,
    Instant issuedAt,
    Instant expiresAt,
    BillingStatus status,
    String unitCode,
    String payerName,
    List<BillingLine> lines) {

  public Billing {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /** True when a bank payment for this billing can still be accepted. */
  public boolean isActive() {
    return status == BillingStatus.ACTIVE;
  }
}
