package id.go.bps.pst.payment.internal;

import id.go.bps.pst.common.CsvTable;
import id.go.bps.pst.payment.Payment;
import id.go.bps.pst.payment.Receipt;
import id.go.bps.pst.payment.ReconciliationReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The reconciliation as CSV ({@link CsvTable}: RFC 4180, CRLF, formula-safe, UTF-8): one flat table whose first column names
 * the section, so that a spreadsheet can filter and sum it. Amounts are whole rupiah without separators.
 */
final class ReconciliationCsv {

  static final List<String> HEADER = List.of(
      "bagian", "waktu_wita", "nomor_kuitansi", "nomor_permintaan", "metode", "jumlah", "ntpn", "ntb", "bank",
      "kanal", "kode_billing", "jenis_produk", "keterangan");

  private ReconciliationCsv() {}

  /** The table, for a download ({@link CsvTable#download}: UTF-8 with a BOM, like every report CSV). */
  static CsvTable table(ReconciliationReport report) {
    ReportFormat fmt = new ReportFormat(report.zone());
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (Receipt r : report.receipts()) {
      rows.add(row("KUITANSI", fmt.time(r.issuedAt()), r.receiptNumber(), r.requestNumber(), r.method().name(),
          r.amount(), r.ntpn(), null, null, null, r.billingCode(), r.productKinds(),
          r.zeroTariffBasis() == null ? null : "Dasar tarif Rp0: " + r.zeroTariffBasis()));
    }
    for (Payment p : report.cashPayments()) {
      rows.add(row("TUNAI", fmt.time(p.paidAt()), null, p.requestNumber(), p.method().name(), p.amount(), null,
          null, null, null, null, null, "Diterima oleh " + p.receivedBy()));
    }
    for (Payment p : report.bankPayments()) {
      rows.add(row("BANK", fmt.time(p.paidAt()), null, p.requestNumber(), p.method().name(), p.amount(), p.ntpn(),
          p.ntb(), p.bank(), p.channel(), p.billingCode(), null, null));
    }
    for (Payment p : report.transferPayments()) {
      rows.add(row("TRANSFER", fmt.time(p.paidAt()), null, p.requestNumber(), p.method().name(), p.amount(), null,
          p.reference(), null, null, null, null, "Diverifikasi oleh " + p.receivedBy() + "; diterima "
              + id.go.bps.pst.common.Rupiah.format(p.amountReceived() == null ? p.amount() : p.amountReceived())
              + (p.surplus() > 0 ? "; " + report.surplusRefundStatus(p.requestNumber()) : "")));
    }
    for (ReconciliationReport.Total t : report.receiptTotalsByMethod()) {
      rows.add(row("TOTAL_KUITANSI_PER_METODE", null, null, null, t.key(), t.amount(), null, null, null, null,
          null, null, t.count() + " kuitansi"));
    }
    for (ReconciliationReport.Total t : report.receiptTotalsByProductKind()) {
      rows.add(row("TOTAL_KUITANSI_PER_PRODUK", null, null, null, null, t.amount(), null, null, null, null, null,
          t.key(), t.count() + " kuitansi"));
    }
    rows.add(row("TOTAL", null, null, null, null, report.receiptTotal(), null, null, null, null, null, null,
        "Total kuitansi"));
    rows.add(row("TOTAL", null, null, null, "CASH", report.cashTotal(), null, null, null, null, null, null,
        "Total penerimaan tunai"));
    rows.add(row("TOTAL", null, null, null, "BANK", report.bankTotal(), null, null, null, null, null, null,
        "Total penerimaan bank"));
    rows.add(row("TOTAL", null, null, null, "TRANSFER", report.transferTotal(), null, null, null, null, null, null,
        "Total transfer dari luar negeri"));
    rows.add(row("TOTAL", null, null, null, null, report.paymentTotal(), null, null, null, null, null, null,
        "Total penerimaan"));
    for (ReconciliationReport.Mismatch m : report.mismatches()) {
      rows.add(row("TIDAK_COCOK", null, m.reference(), m.requestNumber(), m.kind().name(), m.amount(), null, null,
          null, null, null, null, m.description()));
    }
    for (ReconciliationReport.RefusedNotification n : report.refusedNotifications()) {
      rows.add(row("NOTIFIKASI_DITOLAK", fmt.time(n.receivedAt()), null, null, n.reason(),
          n.amount(), null, null, null, null, n.billingCode(), null, "HTTP " + n.httpStatus() + ": " + n.message()));
    }
    CsvTable out = new CsvTable();
    rows.forEach(out::row);
    return out;
  }

  private static List<String> row(String section, String time, String receiptNumber, String requestNumber,
      String method, Long amount, String ntpn, String ntb, String bank, String channel, String billingCode,
      String productKinds, String note) {
    List<String> row = new ArrayList<>(HEADER.size());
    row.add(section);
    row.add(time);
    row.add(receiptNumber);
    row.add(requestNumber);
    row.add(method);
    row.add(amount == null ? null : Long.toString(amount));
    row.add(ntpn);
    row.add(ntb);
    row.add(bank);
    row.add(channel);
    row.add(billingCode);
    row.add(productKinds);
    row.add(note);
    return row;
  }
}
