package id.go.bps.pst.payment;

import java.util.List;

/**
 * What the process asks the billing system for: one billing per invoice (version) of a request.
 *
 * @param requestNumber the sale request number (the process business key)
 * @param unitCode the BPS unit code (kode satker), e.g. {@code 6503}
 * @param payerName the depositor (wajib setor) as it appears on the billing
 * @param amount total in whole rupiah; must be positive (a Rp0 request gets no billing) and equal the sum of the lines
 * @param lines the billing lines
 */
public record BillingRequest(
    String requestNumber, String unitCode, String payerName, long amount, List<BillingLine> lines) {

  public BillingRequest {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }
}
