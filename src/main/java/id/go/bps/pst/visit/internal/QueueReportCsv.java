package id.go.bps.pst.visit.internal;

import id.go.bps.pst.common.CsvTable;
import id.go.bps.pst.visit.QueueReport;
import java.time.Duration;

/**
 * The queue report as CSV ({@link CsvTable}: RFC 4180, CRLF, formula-safe): one line per ticket with times in
 * local time and durations in whole seconds, then the summary lines per counter and officer.
 */
final class QueueReportCsv {

  private QueueReportCsv() {}

  /** The table, for a download ({@link CsvTable#download}: UTF-8 with a BOM, like every report CSV). */
  static CsvTable table(QueueReport report) {
    QueueReportFormat fmt = new QueueReportFormat(report.zone());
    CsvTable out = new CsvTable();
    out.row( "tanggal", "nomor_antrian", "nomor_permintaan", "status", "datang", "jam_mulai", "dipanggil",
        "selesai", "loket", "petugas", "panggil_ulang", "tunggu_detik", "tunggu_standar_detik", "layanan_detik",
        "diukur", "sesuai_standar");
    for (QueueReport.Row r : report.tickets()) {
      var t = r.ticket();
      out.row(report.day().toString(), t.ticketNumber(), nz(t.requestNumber()), t.status().name(),
          fmt.time(t.arrivedAt()), fmt.time(t.clockStartedAt()), fmt.time(t.calledAt()), fmt.time(t.finishedAt()),
          nz(t.counterName()), nz(t.calledBy()), String.valueOf(t.recallCount()), seconds(r.waitingTime()),
          seconds(r.standardWait()), seconds(r.serviceTime()), r.measured() ? "ya" : "tidak",
          r.measured() ? (r.withinStandard() ? "ya" : "tidak") : "");
    }
    out.row();
    out.row("ringkasan", "loket", "petugas", "tiket", "dipanggil", "dilayani", "tidak_hadir", "belum_dipanggil",
        "diukur", "sesuai_standar", "persen_sesuai_standar", "rata_tunggu_detik", "rata_tunggu_standar_detik",
        "maks_tunggu_standar_detik", "rata_layanan_detik");
    summary(out, "total", report.total());
    report.byCounterAndOfficer().forEach(s -> summary(out, "loket_petugas", s));
    return out;
  }

  private static void summary(CsvTable out, String kind, QueueReport.Summary s) {
    Double p = s.withinStandardPercent();
    out.row(kind, nz(s.counter()), nz(s.officer()), String.valueOf(s.tickets()), String.valueOf(s.called()),
        String.valueOf(s.served()), String.valueOf(s.noShows()), String.valueOf(s.notCalled()),
        String.valueOf(s.measured()), String.valueOf(s.withinStandard()), p == null ? "" : p.toString(),
        seconds(s.averageWait()), seconds(s.averageStandardWait()), seconds(s.maxStandardWait()),
        seconds(s.averageServiceTime()));
  }

  private static String seconds(Duration d) {
    return d == null ? "" : String.valueOf(d.toSeconds());
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
