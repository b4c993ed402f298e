package id.go.bps.pst.payment;

import java.time.Instant;

/**
 * A receipt (kuitansi) record. The PDF is made by the document module from this record.
 *
 * @param id the record id
 * @param receiptNumber e.g. {@code KW-6503-2026-000001}: gapless per unit and year
 * @param requestNumber the sale request (one receipt per request)
 * @param unitCode the unit (kode satker)
 * @param amount whole rupiah; 0 for {@link ReceiptMethod#ZERO_TARIFF}
 * @param method cash, bank or Rp0
 * @param paymentId the payment it acknowledges ({@code null} for Rp0)
 * @param billingCode the billing code paid (bank only)
 * @param ntpn the NTPN (bank only)
 * @param productKinds the kinds of products sold, as given by the caller (e.g. {@code MICRODATA, PUBLICATION})
 * @param zeroTariffBasis the legal basis of a Rp0 tariff (Rp0 only)
 * @param issuedAt when it was issued (UTC)
 * @param issuedBy the treasurer's user id
 */
public record Receipt(
    Long id,
    String receiptNumber,
    String requestNumber,
    String unitCode,
    long amount,
    ReceiptMethod method,
    Long paymentId,
    String billingCode,
    String ntpn,
    String productKinds,
    String zeroTariffBasis,
    Instant issuedAt,
    String issuedBy) {}
