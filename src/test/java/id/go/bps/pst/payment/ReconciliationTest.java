package id.go.bps.pst.payment;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.TestSql;
import id.go.bps.pst.payment.ReconciliationReport.Mismatch;
import id.go.bps.pst.payment.ReconciliationReport.MismatchKind;
import id.go.bps.pst.payment.ReconciliationReport.Total;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A scripted day with mixed payments: the report, the page and the CSV add up exactly. */
class ReconciliationTest extends PaymentIntegrationTest {

  private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

  @Autowired
  ReconciliationService reconciliation;

  private LocalDate day;

  @Test
  void scriptedDayWithMixedPaymentsAddsUpExactly() throws Exception {
    // H2 is fresh per run; on a shared MariaDB database a random future day keeps earlier runs out
    // (before 2038: MariaDB 10.11 TIMESTAMP ends on 2038-01-19)
    day = onMariaDb()
        ? LocalDate.of(2027, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 3_900))
        : LocalDate.of(2026, 11, 18);

    // F: cash on the evening before, receipt in the morning of the day
    String f = newRequestNumber();
    at(day.minusDays(1), LocalTime.of(23, 50));
    paymentService.recordCash(f, 40_000, 40_000, "bendahara1");
    at(LocalTime.of(8, 5));
    receiptService.issue(IssueReceipt.forPayment(f, "6503", 40_000, "PUBLICATION", "bendahara1"));

    // C and D: billing codes issued just after midnight, paid at the bank during the day
    at(LocalTime.of(0, 10));
    String c = newRequestNumber();
    String d = newRequestNumber();
    Billing billingC = issueBilling(c, 70_000);
    Billing billingD = issueBilling(d, 200_000);
    startWaitingProcess(c);
    startWaitingProcess(d);

    // A and B: cash with receipts
    String a = newRequestNumber();
    at(LocalTime.of(8, 30));
    paymentService.recordCash(a, 50_000, 50_000, "bendahara1");
    at(LocalTime.of(8, 31));
    receiptService.issue(IssueReceipt.forPayment(a, "6503", 50_000, "publication", "bendahara1"));
    String b = newRequestNumber();
    at(LocalTime.of(9, 0));
    paymentService.recordCash(b, 125_000, 125_000, "bendahara2");
    at(LocalTime.of(9, 1));
    receiptService.issue(IssueReceipt.forPayment(b, "6503", 125_000, "PUBLICATION,MICRODATA", "bendahara2"));

    // a refused notification (wrong amount) for C, then C paid and receipted
    at(LocalTime.of(9, 30));
    String ntpnC = newNtpn();
    assertThat(postSigned(body(billingC.code(), 7_000, at(LocalTime.of(9, 29)), ntpnC)).statusCode()).isEqualTo(422);
    at(LocalTime.of(10, 0));
    assertThat(postSigned(body(billingC.code(), 70_000, at(LocalTime.of(9, 59)), ntpnC)).statusCode()).isEqualTo(200);
    postSigned(body(billingC.code(), 70_000, at(LocalTime.of(9, 59)), ntpnC)); // replay, not refused
    at(LocalTime.of(10, 30));
    receiptService.issue(IssueReceipt.forPayment(c, "6503", 70_000, "MICRODATA", "bendahara1"));

    // D paid at the bank, no receipt yet
    at(LocalTime.of(11, 0));
    String ntpnD = newNtpn();
    assertThat(postSigned(body(billingD.code(), 200_000, at(LocalTime.of(10, 58)), ntpnD)).statusCode()).isEqualTo(200);

    // E: Rp0
    String e = newRequestNumber();
    at(LocalTime.of(12, 0));
    receiptService.issue(IssueReceipt.zeroTariff(e, "6503", "PP 7/2015 (penelitian mahasiswa)", "MICRODATA", "bendahara1"));

    // X: a receipt without any payment (e.g. typed in from a paper book), inserted directly
    String x = newRequestNumber();
    long seq = ThreadLocalRandom.current().nextLong(100_000, 999_999);
    TestSql.update(jdbc, "insert into pst_receipt (receipt_number, unit_code, receipt_year, seq_no, request_number, amount, "
            + "method, issued_at, issued_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        "KW-0001-" + day.getYear() + "-" + seq, "0001", day.getYear(), seq, x, 30_000, "CASH",
        java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(at(LocalTime.of(13, 0)), java.time.ZoneOffset.UTC)),
        "bendahara1");

    // G: cash in the last minute of the day, no receipt; H: cash just after midnight (next day)
    String g = newRequestNumber();
    at(LocalTime.of(23, 59, 30));
    paymentService.recordCash(g, 35_000, 35_000, "bendahara2");
    String h = newRequestNumber();
    at(day.plusDays(1), LocalTime.of(0, 0, 10));
    paymentService.recordCash(h, 45_000, 45_000, "bendahara2");
    clock.reset();

    ReconciliationReport report = reconciliation.report(day);

    assertThat(report.from()).isEqualTo(day.atStartOfDay(WITA).toInstant());
    assertThat(report.receipts()).extracting(Receipt::requestNumber).containsExactly(f, a, b, c, e, x);
    assertThat(report.receiptTotal()).isEqualTo(315_000);
    assertThat(report.receiptTotalsByMethod()).containsExactly(
        new Total("CASH", 4, 245_000), new Total("BANK", 1, 70_000), new Total("TRANSFER", 0, 0),
        new Total("ZERO_TARIFF", 1, 0));
    assertThat(report.receiptTotalsByProductKind()).containsExactly(
        new Total("(tidak disebutkan)", 1, 30_000),
        new Total("MICRODATA", 2, 70_000),
        new Total("MICRODATA, PUBLICATION", 1, 125_000),
        new Total("PUBLICATION", 2, 90_000));
    assertThat(report.cashPayments()).extracting(Payment::requestNumber).containsExactly(a, b, g);
    assertThat(report.cashTotal()).isEqualTo(210_000);
    assertThat(report.bankPayments()).extracting(Payment::requestNumber).containsExactly(c, d);
    assertThat(report.bankPayments()).extracting(Payment::ntpn).containsExactly(ntpnC, ntpnD);
    assertThat(report.bankTotal()).isEqualTo(270_000);
    assertThat(report.paymentTotal()).isEqualTo(480_000);
    assertThat(report.mismatches()).extracting(Mismatch::kind, Mismatch::requestNumber, Mismatch::amount)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(MismatchKind.PAYMENT_WITHOUT_RECEIPT, d, 200_000L),
            org.assertj.core.groups.Tuple.tuple(MismatchKind.PAYMENT_WITHOUT_RECEIPT, g, 35_000L),
            org.assertj.core.groups.Tuple.tuple(MismatchKind.RECEIPT_WITHOUT_PAYMENT, x, 30_000L));
    assertThat(report.refusedNotifications()).singleElement().satisfies(n -> {
      assertThat(n.reason()).isEqualTo("WRONG_AMOUNT");
      assertThat(n.billingCode()).isEqualTo(billingC.code());
      assertThat(n.amount()).isEqualTo(7_000L);
    });
    // the same sums, from the parts
    assertThat(report.receiptTotalsByMethod().stream().mapToLong(Total::amount).sum()).isEqualTo(report.receiptTotal());
    assertThat(report.receiptTotalsByProductKind().stream().mapToLong(Total::amount).sum())
        .isEqualTo(report.receiptTotal());

    assertCsvAddsUp();
    assertPageShowsTotals();
  }

  @Autowired
  RefundService refunds;

  /**
   * The bank took the money after the sale was cancelled (its code closed): the treasurer's reconciliation says so
   * and where the refund stands, instead of asking for a receipt no one may issue; names, not user ids.
   */
  @Test
  void paymentOfACancelledRequestIsNotAskedForAReceipt() throws Exception {
    day = onMariaDb()
        ? LocalDate.of(2027, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 3_900))
        : LocalDate.of(2026, 11, 19);
    String cancelled = newRequestNumber();
    at(LocalTime.of(8, 0));
    Billing billing = issueBilling(cancelled, 60_000);
    billingPort.cancel(billing.code());
    String cash = newRequestNumber();
    at(LocalTime.of(8, 30));
    paymentService.recordCash(cash, 25_000, 25_000, "bendahara1");
    at(LocalTime.of(9, 0));
    HttpResponse<String> late = postSigned(body(billing.code(), 60_000, at(LocalTime.of(8, 55)), newNtpn()));
    assertThat(late.statusCode()).isEqualTo(200);
    assertThat(late.body()).contains("ACCEPTED_FOR_REFUND");
    clock.reset();

    assertThat(reconciliation.report(day).mismatches())
        .extracting(Mismatch::kind, Mismatch::requestNumber, Mismatch::amount, Mismatch::description)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(MismatchKind.PAYMENT_OF_CANCELLED_REQUEST, cancelled, 60_000L,
                "Permintaan dibatalkan; pembayaran bank ini tidak dibuatkan kuitansi. Pengembalian: menunggu "
                    + "keputusan koordinator."),
            org.assertj.core.groups.Tuple.tuple(MismatchKind.PAYMENT_WITHOUT_RECEIPT, cash, 25_000L,
                "Pembayaran tunai belum dibuatkan kuitansi."));
    String page = get("/laporan/rekonsiliasi?tanggal=" + day).body();
    assertThat(page).contains("Pembayaran untuk permintaan yang dibatalkan", "Pengembalian: menunggu keputusan",
        "Siti Rahmawati (bendahara1)").doesNotContain("PAYMENT_OF_CANCELLED_REQUEST");

    refunds.record(cancelled, RefundCause.CANCELLED_AFTER_PAYMENT, RefundDecision.Decision.APPROVED, null,
        "supervisor1");
    assertThat(reconciliation.report(day).mismatches()).filteredOn(m -> m.requestNumber().equals(cancelled))
        .singleElement().satisfies(m -> assertThat(m.description()).endsWith(
            "Pengembalian: disetujui dikembalikan (supervisor1)."));
  }

  private void assertCsvAddsUp() throws Exception {
    HttpResponse<String> response = get("/laporan/rekonsiliasi.csv?tanggal=" + day);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("rekonsiliasi-" + day + ".csv");
    // UTF-8 with a BOM, like every report CSV (Excel opens it right)
    assertThat(response.body()).startsWith("\uFEFF");
    List<String[]> rows = new ArrayList<>();
    for (String line : response.body().substring(1).split("\r\n")) {
      rows.add(parseCsvLine(line));
    }
    assertThat(rows.get(0)[0]).isEqualTo("bagian");
    assertThat(sum(rows, "KUITANSI", null)).isEqualTo(315_000);
    assertThat(sum(rows, "TUNAI", null)).isEqualTo(210_000);
    assertThat(sum(rows, "BANK", null)).isEqualTo(270_000);
    assertThat(sum(rows, "TOTAL_KUITANSI_PER_METODE", null)).isEqualTo(315_000);
    assertThat(sum(rows, "TOTAL_KUITANSI_PER_PRODUK", null)).isEqualTo(315_000);
    assertThat(sum(rows, "TOTAL", "CASH")).isEqualTo(210_000);
    assertThat(sum(rows, "TOTAL", "BANK")).isEqualTo(270_000);
    assertThat(rows.stream().filter(r -> r[0].equals("TIDAK_COCOK")).count()).isEqualTo(3);
    assertThat(rows.stream().filter(r -> r[0].equals("NOTIFIKASI_DITOLAK")).count()).isEqualTo(1);
    assertThat(rows.stream().filter(r -> r[0].equals("BANK")).map(r -> r[6])).allMatch(n -> n.length() == 16);
  }

  private void assertPageShowsTotals() throws Exception {
    HttpResponse<String> page = get("/laporan/rekonsiliasi?tanggal=" + day);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Rekonsiliasi penerimaan PNBP harian")
        .contains("Rp315.000")
        .contains("Rp210.000")
        .contains("Rp270.000")
        .contains("Rp480.000")
        .contains("Pembayaran tanpa kuitansi")
        .contains("Jumlah tidak sesuai") // the refused notification's reason, labelled (code WRONG_AMOUNT)
        .doesNotContain("WRONG_AMOUNT", "ZERO_TARIFF");
  }

  private HttpResponse<String> get(String path) throws Exception {
    String basic = java.util.Base64.getEncoder().encodeToString("bendahara1:bendahara1".getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Basic " + basic).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static long sum(List<String[]> rows, String section, String method) {
    return rows.stream()
        .filter(r -> r[0].equals(section) && (method == null || r[4].equals(method)))
        .mapToLong(r -> Long.parseLong(r[5]))
        .sum();
  }

  /** RFC 4180 line without embedded line breaks. */
  private static String[] parseCsvLine(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    cells.add(cell.toString());
    return cells.toArray(String[]::new);
  }

  private Instant at(LocalTime time) {
    return at(day, time);
  }

  private Instant at(LocalDate date, LocalTime time) {
    Instant instant = date.atTime(time).atZone(WITA).toInstant();
    clock.set(instant);
    return instant;
  }
}
