package id.go.bps.pst.payment;

/**
 * The command to issue a receipt.
 *
 * @param requestNumber the sale request
 * @param unitCode the unit (kode satker), 4 digits
 * @param amount the invoice total in whole rupiah; 0 with {@link ReceiptMethod#ZERO_TARIFF}
 * @param method {@code null} to take the method of the recorded payment; {@code ZERO_TARIFF} for Rp0;
 *     {@code CASH}/{@code BANK} to assert the method of the recorded payment
 * @param productKinds the kinds of products sold, comma separated (e.g. {@code MICRODATA,PUBLICATION}),
 *     used for the reconciliation totals; may be {@code null}
 * @param zeroTariffBasis the Rp0 basis (required for Rp0, ignored otherwise)
 * @param issuedBy the treasurer's user id
 */
public record IssueReceipt(
    String requestNumber,
    String unitCode,
    long amount,
    ReceiptMethod method,
    String productKinds,
    String zeroTariffBasis,
    String issuedBy) {

  /** A receipt for a paid request; the method, NTPN and billing code come from the recorded payment. */
  public static IssueReceipt forPayment(
      String requestNumber, String unitCode, long amount, String productKinds, String issuedBy) {
    return new IssueReceipt(requestNumber, unitCode, amount, null, productKinds, null, issuedBy);
  }

  /** A Rp0 receipt with its basis. */
  public static IssueReceipt zeroTariff(
      String requestNumber, String unitCode, String zeroTariffBasis, String productKinds, String issuedBy) {
    return new IssueReceipt(
        requestNumber, unitCode, 0, ReceiptMethod.ZERO_TARIFF, productKinds, zeroTariffBasis, issuedBy);
  }
}
