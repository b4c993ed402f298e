package id.go.bps.pst.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Billing codes, cash, Rp0 receipts and refund decisions through the public services. */
class CashBillingReceiptTest extends PaymentIntegrationTest {

  @Autowired
  RefundService refundService;

  @Test
  void billingCodeHasFifteenDigitsAndIsValidSevenDaysToTheMinute() {
    clock.set(Instant.parse("2026-09-22T07:21:16.789Z"));
    String requestNumber = newRequestNumber();
    Billing billing = billingPort.issue(new BillingRequest(requestNumber, "6503", "Pengguna Uji", 95_000, List.of(
        new BillingLine("425411", "Publikasi tercetak", 45_000), new BillingLine(null, "Peta WKS", 50_000))));

    assertThat(billing.code()).matches("[1-9][0-9]{14}");
    assertThat(billing.issuedAt()).isEqualTo(Instant.parse("2026-09-22T07:21:16Z"));
    assertThat(billing.expiresAt()).isEqualTo(Instant.parse("2026-09-29T07:21:16Z"));
    assertThat(billing.status()).isEqualTo(BillingStatus.ACTIVE);
    assertThat(billing.lines()).extracting(BillingLine::accountCode).containsExactly("425411", "425411");

    clock.set(Instant.parse("2026-09-29T07:21:15Z"));
    assertThat(billingPort.find(billing.code()).orElseThrow().status()).isEqualTo(BillingStatus.ACTIVE);
    clock.set(Instant.parse("2026-09-29T07:21:16Z"));
    assertThat(billingPort.find(billing.code()).orElseThrow().status()).isEqualTo(BillingStatus.EXPIRED);
  }

  @Test
  void billingCodesAreUniqueAndANewOneSupersedesTheOld() {
    String requestNumber = newRequestNumber();
    Billing first = issueBilling(requestNumber, 80_000);
    Billing second = issueBilling(requestNumber, 80_000);

    assertThat(second.code()).isNotEqualTo(first.code());
    assertThat(billingPort.find(first.code()).orElseThrow().status()).isEqualTo(BillingStatus.CANCELLED);
    assertThat(billingPort.find(second.code()).orElseThrow().status()).isEqualTo(BillingStatus.ACTIVE);
  }

  @Test
  void invalidBillingRequestsAreRefused() {
    String requestNumber = newRequestNumber();
    assertThatThrownBy(() -> billingPort.issue(new BillingRequest(requestNumber, "6503", "Pengguna Uji", 0, List.of())))
        .isInstanceOf(PaymentException.class).hasMessageContaining("Rp0");
    assertThatThrownBy(() -> billingPort.issue(new BillingRequest(requestNumber, "6503", "Pengguna Uji", 100_000,
        List.of(new BillingLine(null, "Data mikro", 90_000)))))
        .isInstanceOf(PaymentException.class).hasMessageContaining("Rp90.000").hasMessageContaining("Rp100.000");
  }

  @Test
  void cashWithAWrongAmountIsRefused() {
    String requestNumber = newRequestNumber();

    assertThatThrownBy(() -> paymentService.recordCash(requestNumber, 70_000, 100_000, "bendahara1"))
        .isInstanceOf(PaymentException.class)
        .hasMessageContaining("Rp100.000")
        .hasMessageContaining("Rp70.000")
        .hasMessageContaining("harus sama dengan jumlah tagihan");
    assertThatThrownBy(() -> paymentService.recordCash(requestNumber, 70_000, 60_000, "bendahara1"))
        .isInstanceOf(PaymentException.class);
    assertNoPayment(requestNumber);
  }

  @Test
  void cashIsRecordedOnceAndVoidsTheBillingCode() throws Exception {
    clock.set(Instant.now().minusSeconds(60));
    String requestNumber = newRequestNumber();
    Billing billing = issueBilling(requestNumber, 70_000);
    startWaitingProcess(requestNumber);
    clock.reset();

    Payment payment = paymentService.recordCash(requestNumber, 70_000, 70_000, "bendahara1");
    assertThat(payment.method()).isEqualTo(PaymentMethod.CASH);
    assertThat(payment.amount()).isEqualTo(70_000);
    assertThat(payment.receivedBy()).isEqualTo("bendahara1");
    assertThat(payment.billingCode()).isNull();
    assertThat(paymentService.findPayment(requestNumber)).contains(payment);
    assertThat(billingPort.find(billing.code()).orElseThrow().status()).isEqualTo(BillingStatus.CANCELLED);

    assertThatThrownBy(() -> paymentService.recordCash(requestNumber, 70_000, 70_000, "bendahara2"))
        .isInstanceOf(PaymentException.class).hasMessageContaining("sudah dibayar");
    HttpResponse<String> bank = postSigned(body(billing.code(), 70_000, Instant.now(), newNtpn()));
    assertThat(bank.statusCode()).isEqualTo(422);
    assertThat(bank.body()).contains("CANCELLED_CODE");
  }

  @Test
  void cashAgainstAnInvoiceOfAnotherAmountIsRefused() {
    String requestNumber = newRequestNumber();
    issueBilling(requestNumber, 70_000);
    assertThatThrownBy(() -> paymentService.recordCash(requestNumber, 60_000, 60_000, "bendahara1"))
        .isInstanceOf(PaymentException.class).hasMessageContaining("kode billing");
  }

  @Test
  void receiptForCashCarriesTheNextNumberAndIsIdempotent() {
    String requestNumber = newRequestNumber();
    paymentService.recordCash(requestNumber, 150_000, 150_000, "bendahara1");
    Receipt receipt = receiptService.issue(
        IssueReceipt.forPayment(requestNumber, "6503", 150_000, "publication, microdata", "bendahara1"));

    assertThat(receipt.receiptNumber()).matches("KW-6503-\\d{4}-\\d{6}");
    assertThat(receipt.method()).isEqualTo(ReceiptMethod.CASH);
    assertThat(receipt.productKinds()).isEqualTo("MICRODATA, PUBLICATION");
    assertThat(receipt.paymentId()).isNotNull();
    assertThat(receiptService.issue(
        IssueReceipt.forPayment(requestNumber, "6503", 150_000, "microdata", "bendahara1"))).isEqualTo(receipt);
    assertThat(receiptService.findByReceiptNumber(receipt.receiptNumber())).contains(receipt);
    assertThatThrownBy(() -> receiptService.issue(
        IssueReceipt.forPayment(requestNumber, "6503", 10_000, null, "bendahara1")))
        .isInstanceOf(PaymentException.class).hasMessageContaining(receipt.receiptNumber());
  }

  @Test
  void receiptNeedsAPaymentOfTheSameAmount() {
    String unpaid = newRequestNumber();
    assertThatThrownBy(() -> receiptService.issue(IssueReceipt.forPayment(unpaid, "6503", 50_000, null, "b1")))
        .isInstanceOf(PaymentException.class).hasMessageContaining("Belum ada pembayaran");
    String paid = newRequestNumber();
    paymentService.recordCash(paid, 50_000, 50_000, "b1");
    assertThatThrownBy(() -> receiptService.issue(IssueReceipt.forPayment(paid, "6503", 40_000, null, "b1")))
        .isInstanceOf(PaymentException.class).hasMessageContaining("tidak sama");
    assertThatThrownBy(() -> receiptService.issue(
        new IssueReceipt(paid, "6503", 50_000, ReceiptMethod.BANK, null, null, "b1")))
        .isInstanceOf(PaymentException.class).hasMessageContaining("tunai");
  }

  @Test
  void zeroTariffReceiptHasNoBillingAndNoPayment() {
    String requestNumber = newRequestNumber();
    Receipt receipt = receiptService.issue(IssueReceipt.zeroTariff(
        requestNumber, "6503", "PP 7/2015: kegiatan pendidikan (mahasiswa)", "MICRODATA", "bendahara1"));

    assertThat(receipt.amount()).isZero();
    assertThat(receipt.method()).isEqualTo(ReceiptMethod.ZERO_TARIFF);
    assertThat(receipt.paymentId()).isNull();
    assertThat(receipt.billingCode()).isNull();
    assertThat(receipt.zeroTariffBasis()).contains("PP 7/2015");
    assertNoPayment(requestNumber);

    assertThatThrownBy(() -> receiptService.issue(
        IssueReceipt.zeroTariff(newRequestNumber(), "6503", " ", null, "bendahara1")))
        .isInstanceOf(PaymentException.class).hasMessageContaining("Dasar tarif Rp0");
    assertThatThrownBy(() -> receiptService.issue(
        IssueReceipt.forPayment(newRequestNumber(), "6503", 0, null, "bendahara1")))
        .isInstanceOf(PaymentException.class).hasMessageContaining("tarif Rp0");
  }

  @Test
  void refundDecisionIsRecordedOnceForAPaidRequest() {
    String unpaid = newRequestNumber();
    assertThatThrownBy(() -> refundService.record(unpaid, RefundDecision.Decision.APPROVED, null, "kepala"))
        .isInstanceOf(PaymentException.class).hasMessageContaining("belum dibayar");

    String requestNumber = newRequestNumber();
    paymentService.recordCash(requestNumber, 200_000, 200_000, "bendahara1");
    assertThatThrownBy(() -> refundService.record(requestNumber, "REJECTED", "", "kepala"))
        .isInstanceOf(PaymentException.class).hasMessageContaining("Alasan penolakan");
    assertThatThrownBy(() -> refundService.record(requestNumber, "MAYBE", "x", "kepala"))
        .isInstanceOf(PaymentException.class);

    RefundDecision decision = refundService.record(requestNumber, "approved", "Data belum diserahkan", "kepala");
    assertThat(decision.decision()).isEqualTo(RefundDecision.Decision.APPROVED);
    assertThat(decision.paidAmount()).isEqualTo(200_000);
    assertThat(decision.decidedBy()).isEqualTo("kepala");
    assertThat(refundService.find(requestNumber)).contains(decision);
    assertThatThrownBy(() -> refundService.record(requestNumber, RefundDecision.Decision.REJECTED, "x", "kepala"))
        .isInstanceOf(PaymentException.class).hasMessageContaining("sudah dicatat");
  }

  @Test
  void expiringAPaidBillingLeavesItPaid() throws Exception {
    String requestNumber = newRequestNumber();
    Billing billing = issueBilling(requestNumber, 30_000);
    startWaitingProcess(requestNumber);
    assertThat(postSigned(body(billing.code(), 30_000, Instant.now(), newNtpn())).statusCode()).isEqualTo(200);
    assertThat(billingPort.expire(billing.code()).status()).isEqualTo(BillingStatus.PAID);
    assertThatThrownBy(() -> billingPort.expire("123456789012345")).isInstanceOf(PaymentException.class);
    assertThat(Duration.between(billing.issuedAt(), billing.expiresAt())).isEqualTo(Duration.ofDays(7));
  }
}
