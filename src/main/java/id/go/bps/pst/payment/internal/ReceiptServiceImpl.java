package id.go.bps.pst.payment.internal;

import id.go.bps.pst.payment.IssueReceipt;
import id.go.bps.pst.payment.Payment;
import id.go.bps.pst.payment.PaymentException;
import id.go.bps.pst.payment.Receipt;
import id.go.bps.pst.payment.ReceiptMethod;
import id.go.bps.pst.payment.ReceiptService;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ReceiptServiceImpl implements ReceiptService {

  private final ReceiptRepository receipts;
  private final PaymentRepository payments;
  private final ReceiptNumberServiceImpl numbers;
  private final PaymentProperties properties;
  private final PaymentClock clock;

  ReceiptServiceImpl(
      ReceiptRepository receipts, PaymentRepository payments, ReceiptNumberServiceImpl numbers,
      PaymentProperties properties, PaymentClock clock) {
    this.receipts = receipts;
    this.payments = payments;
    this.numbers = numbers;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Receipt issue(IssueReceipt command) {
    if (command == null) {
      throw new PaymentException("Data kuitansi wajib diisi.");
    }
    String requestNumber = Checks.requestNumber(command.requestNumber());
    String unitCode = Checks.unitCode(command.unitCode());
    String issuedBy = Checks.required(command.issuedBy(), "Penerbit kuitansi (bendahara)", 64);
    String productKinds = normaliseProductKinds(command.productKinds());

    Optional<ReceiptEntity> existing = receipts.findByRequestNumber(requestNumber);
    if (existing.isPresent()) {
      Receipt receipt = existing.get().toReceipt();
      boolean sameMethod = command.method() == null || command.method() == receipt.method();
      if (receipt.amount() == command.amount() && sameMethod) {
        return receipt;
      }
      throw new PaymentException(
          "Kuitansi untuk permintaan " + requestNumber + " sudah diterbitkan (" + receipt.receiptNumber() + ").");
    }

    Payment payment = payments.findByRequestNumber(requestNumber).map(PaymentEntity::toPayment).orElse(null);
    ReceiptMethod method;
    String zeroTariffBasis = null;
    if (command.method() == ReceiptMethod.ZERO_TARIFF) {
      if (command.amount() != 0) {
        throw new PaymentException("Kuitansi tarif Rp0 harus bernilai Rp0.");
      }
      if (payment != null) {
        throw new PaymentException(
            "Permintaan " + requestNumber + " sudah memiliki pembayaran; kuitansi Rp0 tidak dapat diterbitkan.");
      }
      zeroTariffBasis = Checks.required(command.zeroTariffBasis(), "Dasar tarif Rp0", 300);
      method = ReceiptMethod.ZERO_TARIFF;
    } else {
      if (command.amount() <= 0) {
        throw new PaymentException("Kuitansi Rp0 harus diterbitkan dengan metode tarif Rp0 beserta dasarnya.");
      }
      if (payment == null) {
        throw new PaymentException(
            "Belum ada pembayaran tercatat untuk permintaan " + requestNumber
                + "; kuitansi diterbitkan setelah pembayaran diterima.");
      }
      if (payment.amount() != command.amount()) {
        throw new PaymentException(
            "Jumlah kuitansi (" + id.go.bps.pst.common.Rupiah.format(command.amount()) + ") tidak sama dengan pembayaran yang tercatat ("
                + id.go.bps.pst.common.Rupiah.format(payment.amount()) + ").");
      }
      method = ReceiptMethod.valueOf(payment.method().name());
      if (command.method() != null && command.method() != method) {
        throw new PaymentException(
            "Metode pada kuitansi tidak sama dengan pembayaran yang tercatat (" + label(method) + ").");
      }
    }

    Instant now = clock.now();
    int year = now.atZone(properties.getZone()).getYear();
    ReceiptNumber number = numbers.take(unitCode, year);
    ReceiptEntity receipt = new ReceiptEntity(
        number, requestNumber, command.amount(), method, payment == null ? null : payment.id(),
        payment == null ? null : payment.billingCode(), payment == null ? null : payment.ntpn(), productKinds,
        zeroTariffBasis, now, issuedBy);
    return receipts.saveAndFlush(receipt).toReceipt();
  }

  /** {@code "publication, microdata,PUBLICATION"} becomes {@code "MICRODATA, PUBLICATION"}. */
  static String normaliseProductKinds(String productKinds) {
    if (productKinds == null || productKinds.isBlank()) {
      return null;
    }
    String normalised = Arrays.stream(productKinds.split("[,;+]"))
        .map(s -> s.strip().toUpperCase(Locale.ROOT))
        .filter(s -> !s.isEmpty())
        .distinct()
        .sorted()
        .collect(Collectors.joining(", "));
    if (normalised.length() > 200) {
      throw new PaymentException("Daftar jenis produk terlalu panjang (maksimal 200 karakter).");
    }
    return normalised.isEmpty() ? null : normalised;
  }

  static String label(ReceiptMethod method) {
    return switch (method) {
      case CASH -> "tunai";
      case BANK -> "bank";
      case TRANSFER -> "transfer dari luar negeri";
      case ZERO_TARIFF -> "tarif Rp0";
    };
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Receipt> findByRequestNumber(String requestNumber) {
    return requestNumber == null
        ? Optional.empty()
        : receipts.findByRequestNumber(requestNumber.strip()).map(ReceiptEntity::toReceipt);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Receipt> findByReceiptNumber(String receiptNumber) {
    return receiptNumber == null
        ? Optional.empty()
        : receipts.findByReceiptNumber(receiptNumber.strip()).map(ReceiptEntity::toReceipt);
  }
}
