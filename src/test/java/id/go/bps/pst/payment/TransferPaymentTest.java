package id.go.bps.pst.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Transfers from abroad, verified by the treasurer: {@link PaymentService#recordTransfer} and what follows it. */
class TransferPaymentTest extends PaymentIntegrationTest {

  @Autowired
  ReconciliationService reconciliation;

  @Test
  void transferOfTheInvoiceIsRecordedWithReferenceProofAndWhoAndWhen() {
    String requestNumber = newRequestNumber();
    Instant before = Instant.now().minusSeconds(1);
    Payment payment = paymentService.recordTransfer(requestNumber, 120_000, 120_000, " FT26335ABC ", 41L, "bendahara1");

    assertThat(payment.method()).isEqualTo(PaymentMethod.TRANSFER);
    assertThat(payment.amount()).isEqualTo(120_000);
    assertThat(payment.amountReceived()).isEqualTo(120_000);
    assertThat(payment.surplus()).isZero();
    assertThat(payment.reference()).isEqualTo("FT26335ABC");
    assertThat(payment.proofUploadId()).isEqualTo(41L);
    assertThat(payment.receivedBy()).isEqualTo("bendahara1");
    assertThat(payment.paidAt()).isAfter(before);
    assertThat(payment.ntpn()).isNull();
    assertThat(payment.billingCode()).isNull();
    assertThat(paymentService.findPayment(requestNumber)).contains(payment);

    // until the receipt is issued the day's reconciliation names it
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Makassar"));
    assertThat(reconciliation.report(today).mismatches()).anySatisfy(m -> {
      assertThat(m.requestNumber()).isEqualTo(requestNumber);
      assertThat(m.kind()).isEqualTo(ReconciliationReport.MismatchKind.PAYMENT_WITHOUT_RECEIPT);
      assertThat(m.reference()).isEqualTo("TRANSFER FT26335ABC");
      assertThat(m.description()).contains("transfer dari luar negeri");
    });
    ReconciliationReport day = reconciliation.report(today);
    assertThat(day.transferPayments()).contains(payment);
    assertThat(day.transferTotal()).isGreaterThanOrEqualTo(120_000);
    assertThat(day.paymentTotal()).isEqualTo(day.cashTotal() + day.bankTotal() + day.transferTotal());
    assertThat(day.cashPayments()).doesNotContain(payment);
    assertThat(day.bankPayments()).doesNotContain(payment);
    Receipt receipt = receiptService.issue(IssueReceipt.forPayment(requestNumber, "6503", 120_000, "publication",
        "bendahara1"));
    assertThat(receipt.method()).isEqualTo(ReceiptMethod.TRANSFER);
    assertThat(receipt.paymentId()).isEqualTo(payment.id());
    assertThat(reconciliation.report(today).mismatches()).noneMatch(m -> m.requestNumber().equals(requestNumber));
    assertThat(reconciliation.report(today).receiptTotalsByMethod()).anySatisfy(t -> {
      assertThat(t.key()).isEqualTo("TRANSFER");
      assertThat(t.count()).isPositive();
    });
  }

  @Test
  void lessThanTheInvoiceIsNotAPayment() {
    String requestNumber = newRequestNumber();
    assertThatThrownBy(() -> paymentService.recordTransfer(requestNumber, 120_000, 105_000, "FT1", 1L, "bendahara1"))
        .isInstanceOf(PaymentException.class)
        .hasMessageContaining("Rp105.000").hasMessageContaining("kurang dari tagihan (Rp120.000)");
    assertThat(paymentService.findPayment(requestNumber)).isEmpty();
  }

  @Test
  void aSurplusIsKeptBesideTheInvoiceAmount() {
    String requestNumber = newRequestNumber();
    Payment payment = paymentService.recordTransfer(requestNumber, 120_000, 130_500, "FT2", 2L, "bendahara1");
    assertThat(payment.amount()).isEqualTo(120_000);
    assertThat(payment.amountReceived()).isEqualTo(130_500);
    assertThat(payment.surplus()).isEqualTo(10_500);
    // the receipt is for the invoice (the PNBP), not for what arrived
    assertThatThrownBy(() -> receiptService.issue(IssueReceipt.forPayment(requestNumber, "6503", 130_500, null, "b1")))
        .isInstanceOf(PaymentException.class);
    assertThat(receiptService.issue(IssueReceipt.forPayment(requestNumber, "6503", 120_000, null, "b1")).amount())
        .isEqualTo(120_000);
  }

  @Autowired
  RefundService refunds;

  @Test
  void aSurplusOpensItsRefundDecisionOnceForTheSurplusWithItsCause() throws Exception {
    String requestNumber = newRequestNumber();
    paymentService.recordTransfer(requestNumber, 120_000, 130_500, "FT3", 3L, "bendahara1");
    assertThat(refunds.surplusRefundStatus(requestNumber)).get().asString().contains("belum diajukan");
    // no decision before it is opened: the supervisor decides only what our records put in front of her
    assertThatThrownBy(() -> refunds.record(requestNumber, RefundCause.TRANSFER_SURPLUS, "APPROVED", "ok", "sup1"))
        .isInstanceOf(PaymentException.class).hasMessageContaining("tidak mempunyai kelebihan transfer");

    // two concurrent openings (a retried completion, a second treasurer): one opens it, with the surplus
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var start = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.Callable<java.util.Optional<Long>> open = () -> {
        start.await();
        return refunds.openSurplusRefund(requestNumber);
      };
      var first = pool.submit(open);
      var second = pool.submit(open);
      start.countDown();
      assertThat(java.util.List.of(first.get(), second.get()))
          .containsExactlyInAnyOrder(java.util.Optional.of(10_500L), java.util.Optional.empty());
    } finally {
      pool.shutdown();
    }
    assertThat(refunds.openSurplusRefund(requestNumber)).isEmpty(); // a retry later opens nothing either
    assertThat(refunds.surplusRefundStatus(requestNumber)).get().asString().contains("menunggu keputusan");
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Makassar"));
    assertThat(reconciliation.report(today).surplusRefundStatus(requestNumber))
        .contains("kelebihan transfer Rp10.500", "menunggu keputusan");

    RefundDecision decision = refunds.record(requestNumber, RefundCause.TRANSFER_SURPLUS, "APPROVED",
        "Dikembalikan ke rekening pengirim", "supervisor1");
    assertThat(decision.cause()).isEqualTo(RefundCause.TRANSFER_SURPLUS);
    assertThat(decision.paidAmount()).isEqualTo(10_500); // the surplus from the payment row, not the payment
    assertThat(refunds.find(requestNumber, RefundCause.TRANSFER_SURPLUS)).contains(decision);
    assertThat(refunds.find(requestNumber)).isEmpty(); // no decision on the payment itself
    assertThatThrownBy(() -> refunds.record(requestNumber, RefundCause.TRANSFER_SURPLUS, "REJECTED", "lagi", "s2"))
        .isInstanceOf(PaymentException.class).hasMessageContaining("kelebihan transfer").hasMessageContaining("sudah dicatat");
    assertThat(reconciliation.report(today).surplusRefundStatus(requestNumber))
        .contains("disetujui dikembalikan", "supervisor1");

    // the request may still be cancelled: the decision on the whole payment is a separate one
    RefundDecision cancelled = refunds.record(requestNumber, "APPROVED", "Dibatalkan", "supervisor1");
    assertThat(cancelled.cause()).isEqualTo(RefundCause.CANCELLED_AFTER_PAYMENT);
    assertThat(cancelled.paidAmount()).isEqualTo(120_000);
  }

  @Test
  void withoutASurplusThereIsNoSurplusRefund() {
    String requestNumber = newRequestNumber();
    paymentService.recordTransfer(requestNumber, 120_000, 120_000, "FT4", 4L, "bendahara1");
    assertThat(refunds.openSurplusRefund(requestNumber)).isEmpty();
    assertThat(refunds.surplusRefundStatus(requestNumber)).isEmpty();
  }

  @Test
  void referenceAndTreasurerAreRequiredAndRp0NeedsNoTransfer() {
    String requestNumber = newRequestNumber();
    assertThatThrownBy(() -> paymentService.recordTransfer(requestNumber, 50_000, 50_000, " ", 1L, "bendahara1"))
        .isInstanceOf(PaymentException.class).hasMessageContaining("Referensi bank wajib diisi");
    assertThatThrownBy(() -> paymentService.recordTransfer(requestNumber, 50_000, 50_000, "X".repeat(65), 1L, "b1"))
        .isInstanceOf(PaymentException.class).hasMessageContaining("maksimal 64");
    assertThatThrownBy(() -> paymentService.recordTransfer(requestNumber, 50_000, 50_000, "FT3", 1L, null))
        .isInstanceOf(PaymentException.class).hasMessageContaining("bendahara");
    assertThatThrownBy(() -> paymentService.recordTransfer(requestNumber, 0, 0, "FT3", 1L, "bendahara1"))
        .isInstanceOf(PaymentException.class).hasMessageContaining("Rp0");
    assertThat(paymentService.findPayment(requestNumber)).isEmpty();
  }

  @Test
  void aTransferIsRecordedOnceAndVoidsAnActiveBillingCode() throws Exception {
    clock.set(Instant.now().minusSeconds(60));
    String requestNumber = newRequestNumber();
    Billing billing = issueBilling(requestNumber, 70_000);
    clock.reset();

    paymentService.recordTransfer(requestNumber, 70_000, 70_000, "FT4", 4L, "bendahara1");
    assertThat(billingPort.find(billing.code()).orElseThrow().status()).isEqualTo(BillingStatus.CANCELLED);
    assertThatThrownBy(() -> paymentService.recordTransfer(requestNumber, 70_000, 70_000, "FT4", 4L, "bendahara2"))
        .isInstanceOf(PaymentException.class).hasMessageContaining("sudah dibayar");
    assertThatThrownBy(() -> paymentService.recordCash(requestNumber, 70_000, 70_000, "bendahara2"))
        .isInstanceOf(PaymentException.class).hasMessageContaining("sudah dibayar");
    HttpResponse<String> bank = postSigned(body(billing.code(), 70_000, Instant.now(), newNtpn()));
    assertThat(bank.statusCode()).isEqualTo(422);
  }
}
