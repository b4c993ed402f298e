package id.go.bps.pst.document;

import java.time.Instant;
import java.util.Objects;

/**
 * The receipt (kuitansi) the treasurer gives the visitor.
 *
 * @param receiptNumber the number to print, or null to let this module allocate the next number of
 *     the unit and year (gapless, allocated in the same transaction that stores the receipt)
 * @param ntpn state revenue transaction number; required when paid by bank
 * @param place where the receipt is made (the unit's city by default when null)
 */
public record ReceiptData(
    String receiptNumber,
    String requestNumber,
    String payerName,
    long amount,
    String forPayment,
    PaymentMethod paymentMethod,
    String ntpn,
    String place,
    Instant date,
    String treasurerName,
    String zeroTariffBasis) implements DocumentData {

  @Override
  public DocumentKind kind() {
    return DocumentKind.RECEIPT;
  }

  @Override
  public String number() {
    return receiptNumber;
  }


  public ReceiptData {
    Objects.requireNonNull(requestNumber, "requestNumber");
    Objects.requireNonNull(payerName, "payerName");
    Objects.requireNonNull(forPayment, "forPayment");
    Objects.requireNonNull(paymentMethod, "paymentMethod");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(treasurerName, "treasurerName");
    if (amount < 0 || amount > Terbilang.MAX) {
      throw new IllegalArgumentException("receipt amount out of range");
    }
    if (paymentMethod == PaymentMethod.BANK && (ntpn == null || !ntpn.matches("[0-9A-Za-z]{16}"))) {
      throw new IllegalArgumentException("a bank payment needs its 16-character NTPN");
    }
    if (paymentMethod == PaymentMethod.ZERO_TARIFF
        && (amount != 0 || zeroTariffBasis == null || zeroTariffBasis.isBlank())) {
      throw new IllegalArgumentException("a zero-tariff receipt needs amount 0 and its basis");
    }
    if (paymentMethod != PaymentMethod.ZERO_TARIFF && amount == 0) {
      throw new IllegalArgumentException("a paid receipt needs a positive amount");
    }
  }
}
