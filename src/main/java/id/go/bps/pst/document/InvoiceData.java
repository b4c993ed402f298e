package id.go.bps.pst.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on an invoice. The process glue maps the order and the tariff quote into it.
 *
 * @param invoiceNumber the number to print, or null to let this module allocate one
 * @param maskedIdentity the visitor's identity number, already masked (e.g. 6503********0001)
 * @param billingCode 15-digit SIMPONI billing code when the visitor pays at a bank, else null
 * @param paymentInstructions extra payment instructions to print, may be null
 */
public record InvoiceData(
    String requestNumber,
    String invoiceNumber,
    Instant issuedAt,
    LocalDate validUntil,
    String visitorName,
    String institution,
    String maskedIdentity,
    List<InvoiceLine> lines,
    long total,
    String legalBasis,
    boolean zeroTariff,
    String zeroTariffBasis,
    String billingCode,
    Instant billingExpiresAt,
    String paymentInstructions) implements DocumentData {

  @Override
  public DocumentKind kind() {
    return DocumentKind.INVOICE;
  }

  @Override
  public String number() {
    return invoiceNumber;
  }


  public InvoiceData {
    Objects.requireNonNull(requestNumber, "requestNumber");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(validUntil, "validUntil");
    Objects.requireNonNull(visitorName, "visitorName");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an invoice needs at least one line");
    }
    long sum = lines.stream().mapToLong(InvoiceLine::amount).sum();
    if (sum != total) {
      throw new IllegalArgumentException("invoice total " + total + " differs from the sum of lines " + sum);
    }
    if (zeroTariff && (total != 0 || zeroTariffBasis == null || zeroTariffBasis.isBlank())) {
      throw new IllegalArgumentException("a zero-tariff invoice needs total 0 and its basis");
    }
    if (billingCode != null && (!billingCode.matches("\\d{15}") || billingExpiresAt == null)) {
      throw new IllegalArgumentException("a billing code has 15 digits and an expiry");
    }
  }
}
