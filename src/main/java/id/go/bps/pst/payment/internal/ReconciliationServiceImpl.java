package id.go.bps.pst.payment.internal;

import id.go.bps.pst.payment.Payment;
import id.go.bps.pst.payment.PaymentMethod;
import id.go.bps.pst.payment.Receipt;
import id.go.bps.pst.payment.ReceiptMethod;
import id.go.bps.pst.payment.ReconciliationReport;
import id.go.bps.pst.payment.ReconciliationReport.Mismatch;
import id.go.bps.pst.payment.ReconciliationReport.MismatchKind;
import id.go.bps.pst.payment.ReconciliationReport.RefusedNotification;
import id.go.bps.pst.payment.ReconciliationReport.Total;
import id.go.bps.pst.payment.ReconciliationService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily reconciliation. Receipts count on the local day they were issued; payments on the local
 * day the money was received (cash: when recorded; bank: the bank's payment time). A receipt and its
 * payment are matched by request number whatever day each fell on.
 */
@Service
class ReconciliationServiceImpl implements ReconciliationService {

  /** Key of receipts that name no product kind. */
  static final String NO_PRODUCT_KIND = "(tidak disebutkan)";

  private final ReceiptRepository receipts;
  private final PaymentRepository payments;
  private final NotificationLogRepository notifications;
  private final PaymentProperties properties;
  private final RefundDecisionRepository refunds;

  ReconciliationServiceImpl(
      ReceiptRepository receipts, PaymentRepository payments, NotificationLogRepository notifications,
      PaymentProperties properties, RefundDecisionRepository refunds) {
    this.refunds = refunds;
    this.receipts = receipts;
    this.payments = payments;
    this.notifications = notifications;
    this.properties = properties;
  }

  @Override
  @Transactional(readOnly = true)
  public ReconciliationReport report(LocalDate day) {
    return report(day, properties.getZone(), null, null);
  }

  @Override
  @Transactional(readOnly = true)
  public ReconciliationReport report(LocalDate day, ZoneId zone, java.util.Collection<String> unitCodes,
      String defaultUnitCode) {
    java.util.function.Predicate<String> ofRequest = number -> unitCodes == null
        || unitCodes.contains(number == null ? defaultUnitCode : id.go.bps.pst.common.RequestNumbers.unitCode(number));
    Instant from = day.atStartOfDay(zone).toInstant();
    Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();

    List<Receipt> dayReceipts = receipts.findByIssuedAtGreaterThanEqualAndIssuedAtLessThanOrderByIssuedAtAscIdAsc(from, to)
        .stream().map(ReceiptEntity::toReceipt).filter(r -> ofRequest.test(r.requestNumber())).toList();
    List<Payment> cash = payments(PaymentMethod.CASH, from, to).stream()
        .filter(p -> ofRequest.test(p.requestNumber())).toList();
    List<Payment> bank = payments(PaymentMethod.BANK, from, to).stream()
        .filter(p -> ofRequest.test(p.requestNumber())).toList();
    List<Payment> transfer = payments(PaymentMethod.TRANSFER, from, to).stream()
        .filter(p -> ofRequest.test(p.requestNumber())).toList();

    List<Total> byMethod = new ArrayList<>();
    for (ReceiptMethod method : ReceiptMethod.values()) {
      List<Receipt> of = dayReceipts.stream().filter(r -> r.method() == method).toList();
      byMethod.add(new Total(method.name(), of.size(), sum(of, Receipt::amount)));
    }
    Map<String, List<Receipt>> byKind = dayReceipts.stream()
        .collect(Collectors.groupingBy(
            r -> r.productKinds() == null ? NO_PRODUCT_KIND : r.productKinds(), TreeMap::new, Collectors.toList()));
    List<Total> byProductKind = byKind.entrySet().stream()
        .map(e -> new Total(e.getKey(), e.getValue().size(), sum(e.getValue(), Receipt::amount)))
        .toList();

    List<Mismatch> mismatches = new ArrayList<>();
    mismatches.addAll(paymentsWithoutReceipt(Stream.of(cash, bank, transfer).flatMap(List::stream).toList()));
    mismatches.addAll(receiptsNotMatchingPayments(dayReceipts));

    List<RefusedNotification> refused = notifications
        .findByOutcomeAndReceivedAtGreaterThanEqualAndReceivedAtLessThanOrderByReceivedAtAscIdAsc(
            NotificationOutcome.Result.REFUSED.name(), from, to)
        .stream()
        .filter(n -> ofRequest.test(n.requestNumber()))
        .map(n -> new RefusedNotification(
            n.receivedAt(), n.reason(), n.httpStatus(), n.message(), n.billingCode(), n.amount()))
        .toList();

    return new ReconciliationReport(
        day, zone, from, to, dayReceipts, cash, bank, transfer, byMethod, byProductKind,
        sum(dayReceipts, Receipt::amount), sum(cash, Payment::amount), sum(bank, Payment::amount),
        sum(transfer, Payment::amount), mismatches, refused, surplusRefunds(transfer));
  }

  /** The refund status of each surplus among the report's transfers (already limited to the reader's units). */
  private Map<String, String> surplusRefunds(List<Payment> transfers) {
    List<String> numbers = transfers.stream().filter(p -> p.surplus() > 0).map(Payment::requestNumber).toList();
    if (numbers.isEmpty()) {
      return Map.of();
    }
    List<PaymentEntity> withSurplus = payments.findByRequestNumberIn(numbers);
    Map<String, id.go.bps.pst.payment.RefundDecision> decided = refunds
        .findByRequestNumberInAndCause(withSurplus.stream().map(p -> p.toPayment().requestNumber()).toList(),
            id.go.bps.pst.payment.RefundCause.TRANSFER_SURPLUS)
        .stream().map(RefundDecisionEntity::toDecision)
        .collect(Collectors.toMap(id.go.bps.pst.payment.RefundDecision::requestNumber, Function.identity()));
    Map<String, String> status = new TreeMap<>();
    for (PaymentEntity p : withSurplus) {
      String number = p.toPayment().requestNumber();
      status.put(number, RefundServiceImpl.status(p, java.util.Optional.ofNullable(decided.get(number))));
    }
    return status;
  }

  private List<Payment> payments(PaymentMethod method, Instant from, Instant to) {
    return payments.findByMethodAndPaidAtGreaterThanEqualAndPaidAtLessThanOrderByPaidAtAscIdAsc(method, from, to)
        .stream().map(PaymentEntity::toPayment).toList();
  }

  private List<Mismatch> paymentsWithoutReceipt(List<Payment> dayPayments) {
    if (dayPayments.isEmpty()) {
      return List.of();
    }
    Set<String> withReceipt = new HashSet<>();
    receipts.findByRequestNumberIn(dayPayments.stream().map(Payment::requestNumber).toList())
        .forEach(r -> withReceipt.add(r.toReceipt().requestNumber()));
    List<Payment> without = dayPayments.stream().filter(p -> !withReceipt.contains(p.requestNumber())).toList();
    Map<String, String> cancelled = cancelledRequests(without);
    return without.stream()
        .map(p -> cancelled.containsKey(p.requestNumber())
            ? new Mismatch(MismatchKind.PAYMENT_OF_CANCELLED_REQUEST, p.requestNumber(), reference(p), p.amount(),
                "Permintaan dibatalkan; pembayaran " + methodWords(p) + " ini tidak dibuatkan kuitansi. Pengembalian: "
                    + cancelled.get(p.requestNumber()) + ".")
            : new Mismatch(MismatchKind.PAYMENT_WITHOUT_RECEIPT, p.requestNumber(), reference(p), p.amount(),
                "Pembayaran " + methodWords(p) + " belum dibuatkan kuitansi."))
        .toList();
  }

  private static String reference(Payment p) {
    return switch (p.method()) {
      case BANK -> "NTPN " + p.ntpn();
      case CASH -> "TUNAI";
      case TRANSFER -> "TRANSFER " + p.reference();
    };
  }

  private static String methodWords(Payment p) {
    return switch (p.method()) {
      case BANK -> "bank";
      case CASH -> "tunai";
      case TRANSFER -> "transfer dari luar negeri";
    };
  }

  /**
   * Of payments without a receipt, those of a cancelled request — the bank's money came after the cancellation (its
   * notification was accepted for a refund), or the refund of a cancelled request was decided: where the refund
   * stands, by request.
   */
  private Map<String, String> cancelledRequests(List<Payment> without) {
    if (without.isEmpty()) {
      return Map.of();
    }
    Map<String, String> status = new TreeMap<>();
    for (Payment p : without) {
      if (p.billingCode() != null && notifications.findByBillingCodeOrderByIdAsc(p.billingCode()).stream()
          .anyMatch(n -> NotificationReason.ACCEPTED_FOR_REFUND.name().equals(n.reason()))) {
        status.put(p.requestNumber(), "menunggu keputusan koordinator");
      }
    }
    refunds.findByRequestNumberInAndCause(without.stream().map(Payment::requestNumber).toList(),
            id.go.bps.pst.payment.RefundCause.CANCELLED_AFTER_PAYMENT)
        .stream().map(RefundDecisionEntity::toDecision)
        .forEach(d -> status.put(d.requestNumber(), d.decision() == id.go.bps.pst.payment.RefundDecision.Decision.APPROVED
            ? "disetujui dikembalikan (" + d.decidedBy() + ")"
            : "tidak dikembalikan (" + d.decidedBy() + ")" + (d.note() == null ? "" : ": " + d.note())));
    return status;
  }

  private List<Mismatch> receiptsNotMatchingPayments(List<Receipt> dayReceipts) {
    if (dayReceipts.isEmpty()) {
      return List.of();
    }
    Map<String, Payment> paymentByRequest = payments
        .findByRequestNumberIn(dayReceipts.stream().map(Receipt::requestNumber).toList())
        .stream().map(PaymentEntity::toPayment)
        .collect(Collectors.toMap(Payment::requestNumber, Function.identity()));
    List<Mismatch> found = new ArrayList<>();
    for (Receipt r : dayReceipts) {
      Payment p = paymentByRequest.get(r.requestNumber());
      if (r.method() == ReceiptMethod.ZERO_TARIFF) {
        if (p != null) {
          found.add(new Mismatch(
              MismatchKind.METHOD_DIFFERS, r.requestNumber(), r.receiptNumber(), p.amount(),
              "Kuitansi tarif Rp0, tetapi ada pembayaran tercatat."));
        }
        continue;
      }
      if (p == null) {
        found.add(new Mismatch(
            MismatchKind.RECEIPT_WITHOUT_PAYMENT, r.requestNumber(), r.receiptNumber(), r.amount(),
            "Kuitansi tanpa pembayaran yang tercatat."));
        continue;
      }
      if (p.amount() != r.amount()) {
        found.add(new Mismatch(
            MismatchKind.AMOUNT_DIFFERS, r.requestNumber(), r.receiptNumber(), r.amount() - p.amount(),
            "Jumlah kuitansi " + id.go.bps.pst.common.Rupiah.format(r.amount()) + " berbeda dari pembayaran " + id.go.bps.pst.common.Rupiah.format(p.amount())
                + "."));
      }
      if (!p.method().name().equals(r.method().name())) {
        found.add(new Mismatch(
            MismatchKind.METHOD_DIFFERS, r.requestNumber(), r.receiptNumber(), r.amount(),
            "Metode kuitansi berbeda dari metode pembayaran."));
      }
    }
    return found;
  }

  private static <T> long sum(List<T> items, java.util.function.ToLongFunction<T> amount) {
    long total = 0;
    for (T item : items) {
      total = Math.addExact(total, amount.applyAsLong(item));
    }
    return total;
  }
}
