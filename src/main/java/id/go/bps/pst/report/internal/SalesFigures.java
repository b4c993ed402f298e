package id.go.bps.pst.report.internal;

import id.go.bps.pst.common.ProductType;
import id.go.bps.pst.common.Unit;
import id.go.bps.pst.common.UnitDirectory;
import id.go.bps.pst.identity.ReportScope;
import java.time.ZoneId;
import id.go.bps.pst.order.OrderLine;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.SaleRequest;
import id.go.bps.pst.payment.Payment;
import id.go.bps.pst.payment.Receipt;
import id.go.bps.pst.payment.ReceiptMethod;
import id.go.bps.pst.payment.ReconciliationReport;
import id.go.bps.pst.payment.ReconciliationService;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Sales and PNBP over a period. A sale counts on the local day its receipt (kuitansi) was issued:
 * that is when it is concluded, Rp0 sales included. Its value by product kind comes from the order
 * lines of the request. PNBP received counts on the day the money came in (cash: recorded by the
 * treasurer; bank: the bank's payment time). Both are reconciled day by day with the payment module's
 * daily reconciliation (receipt and payment matched by request number whatever day each fell on),
 * plus a check that each receipt equals the sum of its request's lines.
 */
@Component
class SalesFigures {

  /** The report's product groups: kinds with formats split by format, the others as they are. */
  static final List<String> KINDS = java.util.stream.Stream.of(ProductType.values())
      .flatMap(t -> t.reportGroups().stream()).toList();

  private final ReconciliationService reconciliation;
  private final OrderService orders;
  private final UnitDirectory units;

  SalesFigures(ReconciliationService reconciliation, OrderService orders, UnitDirectory units) {
    this.reconciliation = reconciliation;
    this.orders = orders;
    this.units = units;
  }

  record Amount(long count, long amount) {
    Amount plus(long amountToAdd) {
      return new Amount(count + 1, Math.addExact(amount, amountToAdd));
    }

    static final Amount NONE = new Amount(0, 0);
  }

  /** One day or month: receipts per method, and money received. */
  record Bucket(String key, Map<ReceiptMethod, Amount> receipts, long cashReceived, long bankReceived,
      long transferReceived) {
    /** The day of a per-day bucket (key = ISO date). */
    public LocalDate day() {
      return LocalDate.parse(key);
    }

    /** The month of a per-month bucket (key = ISO year-month). */
    public YearMonth month() {
      return YearMonth.parse(key);
    }

    public long receiptCount() {
      return receipts.values().stream().mapToLong(Amount::count).sum();
    }

    public long receiptTotal() {
      return receipts.values().stream().mapToLong(Amount::amount).sum();
    }

    public long received() {
      return cashReceived + bankReceived + transferReceived;
    }
  }

  /** A kind of product: lines sold, quantity, value; and how many of those lines were at Rp0. */
  record Kind(String kind, long lines, long quantity, long amount, long zeroTariffLines) {}

  /** Something that does not reconcile. */
  record Mismatch(LocalDate day, String kind, String requestNumber, String reference, long amount,
      String description) {}

  record Result(ReportPeriod period, List<Bucket> byDay, List<Bucket> byMonth, Bucket total, List<Kind> byKind,
      List<Receipt> receipts, List<Payment> payments, List<Mismatch> mismatches) {

    public long zeroTariffSales() {
      return total.receipts().get(ReceiptMethod.ZERO_TARIFF).count();
    }
  }

  /** The default unit's sales. */
  Result of(ReportPeriod period) {
    return of(period, id.go.bps.pst.identity.ReportScopes.only(units.defaultUnit()));
  }

  /**
   * The sales of the scope's units: each unit's receipts and payments on its own local days (a WIB unit's
   * day is not a WITA unit's), added up day by day.
   */
  Result of(ReportPeriod period, ReportScope scope) {
    List<Receipt> receipts = new ArrayList<>();
    List<Payment> payments = new ArrayList<>();
    List<Bucket> byDay = new ArrayList<>();
    List<Mismatch> mismatches = new ArrayList<>();
    Map<String, ZoneId> zones = new java.util.HashMap<>();
    scope.units().forEach(u -> zones.put(u.code(), u.zoneId()));
    Map<ZoneId, List<String>> byZone = scope.units().stream().collect(Collectors.groupingBy(Unit::zoneId,
        java.util.LinkedHashMap::new, Collectors.mapping(Unit::code, Collectors.toList())));
    String defaultUnit = units.defaultUnit().code();
    for (LocalDate day : period.days()) {
      List<Receipt> dayReceipts = new ArrayList<>();
      long cash = 0;
      long bank = 0;
      long transfer = 0;
      // units of one zone share their local day: one reconciliation per zone (at most WIB, WITA, WIT), not per unit
      for (Map.Entry<ZoneId, List<String>> zone : byZone.entrySet()) {
        ReconciliationReport r = reconciliation.report(day, zone.getKey(), zone.getValue(), defaultUnit);
        dayReceipts.addAll(r.receipts());
        payments.addAll(r.cashPayments());
        payments.addAll(r.bankPayments());
        payments.addAll(r.transferPayments());
        cash += r.cashTotal();
        bank += r.bankTotal();
        transfer += r.transferTotal();
        r.mismatches().forEach(m -> mismatches.add(new Mismatch(day, m.kind().name(), m.requestNumber(),
            m.reference(), m.amount(), m.description())));
      }
      receipts.addAll(dayReceipts);
      byDay.add(bucket(day.toString(), dayReceipts, cash, bank, transfer));
    }
    Map<String, SaleRequest> requests = orders.findAll(receipts.stream().map(Receipt::requestNumber).toList())
        .stream().collect(Collectors.toMap(SaleRequest::requestNumber, Function.identity()));
    Map<String, long[]> kinds = new LinkedHashMap<>();
    KINDS.forEach(k -> kinds.put(k, new long[4]));
    for (Receipt receipt : receipts) {
      SaleRequest request = requests.get(receipt.requestNumber());
      if (request == null) {
        continue;
      }
      long linesTotal = 0;
      for (OrderLine line : request.lines()) {
        long amount = line.amount() == null ? 0 : line.amount();
        long[] k = kinds.computeIfAbsent(kind(line), x -> new long[4]);
        k[0]++;
        k[1] += line.quantity();
        k[2] = Math.addExact(k[2], amount);
        if (amount == 0) {
          k[3]++;
        }
        linesTotal += amount;
      }
      if (linesTotal != receipt.amount()) {
        LocalDate day = LocalDate.ofInstant(receipt.issuedAt(), zones.getOrDefault(receipt.unitCode(), period.zone()));
        mismatches.add(new Mismatch(day, "TOTAL_DIFFERS", receipt.requestNumber(), receipt.receiptNumber(),
            receipt.amount() - linesTotal, "Kuitansi " + id.go.bps.pst.common.Rupiah.format(receipt.amount())
                + " berbeda dari jumlah rincian pesanan " + id.go.bps.pst.common.Rupiah.format(linesTotal) + "."));
      }
    }
    List<Kind> byKind = kinds.entrySet().stream()
        .map(e -> new Kind(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();

    List<Bucket> byMonth = new ArrayList<>();
    for (YearMonth month : period.months()) {
      List<Receipt> of = receipts.stream().filter(r -> YearMonth.from(r.issuedAt()
          .atZone(zones.getOrDefault(r.unitCode(), period.zone()))).equals(month)).toList();
      long cash = payments.stream().filter(p -> p.method().name().equals("CASH")
          && YearMonth.from(p.paidAt().atZone(zoneOf(p, zones, period))).equals(month)).mapToLong(Payment::amount).sum();
      long bank = payments.stream().filter(p -> p.method().name().equals("BANK")
          && YearMonth.from(p.paidAt().atZone(zoneOf(p, zones, period))).equals(month)).mapToLong(Payment::amount).sum();
      long transfer = payments.stream().filter(p -> p.method().name().equals("TRANSFER")
          && YearMonth.from(p.paidAt().atZone(zoneOf(p, zones, period))).equals(month)).mapToLong(Payment::amount).sum();
      byMonth.add(bucket(month.toString(), of, cash, bank, transfer));
    }
    Bucket total = bucket("", receipts, byDay.stream().mapToLong(Bucket::cashReceived).sum(),
        byDay.stream().mapToLong(Bucket::bankReceived).sum(), byDay.stream().mapToLong(Bucket::transferReceived).sum());
    return new Result(period, byDay, byMonth, total, byKind, receipts, payments, mismatches);
  }

  private static ZoneId zoneOf(Payment payment, Map<String, ZoneId> zones, ReportPeriod period) {
    String unit = id.go.bps.pst.common.RequestNumbers.unitCode(payment.requestNumber());
    return unit == null ? period.zone() : zones.getOrDefault(unit, period.zone());
  }

  static String kind(OrderLine line) {
    return line.productType().reportGroup(line.productFormat());
  }

  private static Bucket bucket(String key, List<Receipt> receipts, long cash, long bank, long transfer) {
    Map<ReceiptMethod, Amount> byMethod = new EnumMap<>(ReceiptMethod.class);
    for (ReceiptMethod m : ReceiptMethod.values()) {
      byMethod.put(m, Amount.NONE);
    }
    for (Receipt r : receipts) {
      byMethod.merge(r.method(), Amount.NONE.plus(r.amount()),
          (a, b) -> new Amount(a.count() + b.count(), Math.addExact(a.amount(), b.amount())));
    }
    return new Bucket(key, byMethod, cash, bank, transfer);
  }
}
