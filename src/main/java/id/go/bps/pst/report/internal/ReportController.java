package id.go.bps.pst.report.internal;

import id.go.bps.pst.common.CsvTable;

import id.go.bps.pst.common.CodeLabels;
import id.go.bps.pst.common.IndonesianFormat;
import id.go.bps.pst.identity.StaffNames;
import id.go.bps.pst.payment.Payment;
import id.go.bps.pst.payment.Receipt;
import id.go.bps.pst.payment.ReceiptMethod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The supervisor's reports with charts (ECharts, drawn in the browser from the locally served webjar)
 * and CSV: the index {@code /laporan}, the queue, sales and PNBP, and where the time of a sale goes.
 * Every page has the period picker (default: this month).
 */
@Controller
class ReportController {

  private final ReportPages pages;
  private final QueuePerformance queue;
  private final SalesFigures sales;
  private final StepDurations steps;
  private final RequestMappingHandlerMapping mappings;
  private final StaffNames staff;

  ReportController(ReportPages pages, QueuePerformance queue, SalesFigures sales, StepDurations steps,
      @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
      RequestMappingHandlerMapping mappings, StaffNames staff) {
    this.staff = staff;
    this.pages = pages;
    this.queue = queue;
    this.sales = sales;
    this.steps = steps;
    this.mappings = mappings;
  }

  @GetMapping({"/laporan", "/laporan/"})
  String index(Model model) {
    pages.requireReader();
    pages.common(model, "/laporan", "Laporan", null);
    model.addAttribute("complaintsAvailable", mapped("/laporan/pengaduan"));
    return "report/index";
  }

  /** True when some controller serves the path (the complaints report comes from another module). */
  private boolean mapped(String path) {
    return mappings.getHandlerMethods().keySet().stream()
        .anyMatch(info -> info.getPatternValues().contains(path));
  }

  // ---- queue ------------------------------------------------------------------------------------

  @GetMapping("/laporan/kinerja-antrian")
  String queue(PeriodQuery query, Model model) {
    pages.requireReader();
    ReportPeriod period = pages.period(query);
    QueuePerformance.Result r = queue.of(period, pages.scope());
    pages.common(model, "/laporan/kinerja-antrian", "Kinerja antrian", period);
    model.addAttribute("r", r);
    List<String> days = new ArrayList<>();
    List<Object> share = new ArrayList<>();
    List<Object> waitMinutes = new ArrayList<>();
    List<Object> serviceMinutes = new ArrayList<>();
    List<Object> tickets = new ArrayList<>();
    for (QueuePerformance.Figures f : r.byDay()) {
      days.add(shortDay(LocalDate.parse(f.key())));
      share.add(f.withinStandardPercent() == null ? null : f.withinStandardPercent().setScale(1, RoundingMode.HALF_UP));
      waitMinutes.add(minutes(f.averageStandardWait()));
      serviceMinutes.add(minutes(f.averageServiceTime()));
      tickets.add(f.tickets());
    }
    model.addAttribute("chartDays", Map.of("labels", days, "share", share, "wait", waitMinutes,
        "service", serviceMinutes, "tickets", tickets));
    // officers by name and user id ("Siti Rahmawati (petugas1)"); the CSV keeps the user id alone
    Map<String, String> officerNames = new LinkedHashMap<>();
    r.byOfficer().forEach(f -> officerNames.put(f.key(), staff.label(f.key())));
    model.addAttribute("officerNames", officerNames);
    Map<String, Object> officers = groupChart(r.byOfficer());
    officers.put("labels", List.copyOf(officerNames.values()));
    model.addAttribute("chartOfficers", officers);
    model.addAttribute("chartCounters", groupChart(r.byCounter()));
    return "report/queue";
  }

  @GetMapping("/laporan/kinerja-antrian.csv")
  ResponseEntity<byte[]> queueCsv(PeriodQuery query) {
    pages.requireReader();
    ReportPeriod period = pages.period(query);
    QueuePerformance.Result r = queue.of(period, pages.scope());
    CsvTable csv = new CsvTable().row("Kelompok", "Tanggal/petugas/loket", "Nomor antrian", "Dipanggil",
        "Dilayani", "Tidak hadir", "Diukur", "Sesuai standar", "Persen sesuai standar",
        "Rata-rata tunggu (detik)", "Rata-rata tunggu menurut standar (detik)", "Rata-rata layanan (detik)");
    csvRow(csv, "Total", pages.format().date(period.start()) + " s.d. " + IndonesianFormat.date(period.to()), r.total());
    r.byDay().forEach(f -> csvRow(csv, "Hari", IndonesianFormat.date(LocalDate.parse(f.key())), f));
    r.byOfficer().forEach(f -> csvRow(csv, "Petugas", f.key(), f));
    r.byCounter().forEach(f -> csvRow(csv, "Loket", f.key(), f));
    return csv.download("kinerja-antrian" + pages.scope().fileSuffix() + "-" + period.from() + "-" + period.to() + ".csv");
  }

  private static void csvRow(CsvTable csv, String group, String key, QueuePerformance.Figures f) {
    csv.row(group, key, f.tickets(), f.called(), f.served(), f.noShows(), f.measured(), f.withinStandard(),
        f.withinStandardPercent() == null ? "" : IndonesianFormat.decimal(f.withinStandardPercent(), 1),
        seconds(f.averageWait()), seconds(f.averageStandardWait()), seconds(f.averageServiceTime()));
  }

  private static Map<String, Object> groupChart(List<QueuePerformance.Figures> groups) {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("labels", groups.stream().map(QueuePerformance.Figures::key).toList());
    chart.put("wait", groups.stream().map(f -> minutes(f.averageStandardWait())).toList());
    chart.put("service", groups.stream().map(f -> minutes(f.averageServiceTime())).toList());
    chart.put("share", groups.stream().map(f -> f.withinStandardPercent() == null ? null
        : f.withinStandardPercent().setScale(1, RoundingMode.HALF_UP)).toList());
    return chart;
  }

  // ---- sales and PNBP ---------------------------------------------------------------------------

  @GetMapping("/laporan/penjualan")
  String sales(PeriodQuery query, Model model) {
    pages.requireReader();
    ReportPeriod period = pages.period(query);
    SalesFigures.Result r = sales.of(period, pages.scope());
    pages.common(model, "/laporan/penjualan", "Penjualan dan PNBP", period);
    model.addAttribute("r", r);
    model.addAttribute("methods", ReceiptMethod.values());
    boolean monthly = r.byMonth().size() > 2;
    List<SalesFigures.Bucket> series = monthly ? r.byMonth() : r.byDay();
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("labels", series.stream().map(b -> monthly ? IndonesianFormat.month(YearMonth.parse(b.key()))
        : shortDay(LocalDate.parse(b.key()))).toList());
    for (ReceiptMethod m : ReceiptMethod.values()) {
      chart.put(m.name(), series.stream().map(b -> b.receipts().get(m).amount()).toList());
      chart.put(m.name() + "_count", series.stream().map(b -> b.receipts().get(m).count()).toList());
    }
    chart.put("received", series.stream().map(SalesFigures.Bucket::received).toList());
    chart.put("names", java.util.Arrays.stream(ReceiptMethod.values())
        .collect(java.util.stream.Collectors.toMap(Enum::name, m -> CodeLabels.label(m.name()))));
    model.addAttribute("chartSeries", chart);
    model.addAttribute("seriesTitle", monthly ? "per bulan" : "per hari");
    model.addAttribute("chartKinds", Map.of(
        "labels", r.byKind().stream().map(k -> CodeLabels.label(k.kind())).toList(),
        "amount", r.byKind().stream().map(SalesFigures.Kind::amount).toList(),
        "lines", r.byKind().stream().map(SalesFigures.Kind::lines).toList()));
    return "report/sales";
  }

  @GetMapping("/laporan/penjualan.csv")
  ResponseEntity<byte[]> salesCsv(PeriodQuery query) {
    pages.requireReader();
    ReportPeriod period = pages.period(query);
    SalesFigures.Result r = sales.of(period, pages.scope());
    IndonesianFormat fmt = pages.format();
    CsvTable csv = new CsvTable().row("Bagian", "Waktu", "Nomor kuitansi", "Nomor permintaan", "Metode",
        "Jenis produk", "NTPN", "Oleh", "Jumlah (Rp)", "Keterangan");
    for (Receipt k : r.receipts()) {
      csv.row("Kuitansi", fmt.dateTime(k.issuedAt()), k.receiptNumber(), k.requestNumber(),
          CodeLabels.label(k.method().name()), new CodeLabels().of(k.productKinds()), k.ntpn(), k.issuedBy(),
          k.amount(), k.zeroTariffBasis());
    }
    for (Payment p : r.payments()) {
      csv.row("Pembayaran", fmt.dateTime(p.paidAt()), "", p.requestNumber(), CodeLabels.label(p.method().name()), "",
          p.ntpn(), p.receivedBy() != null ? p.receivedBy() : p.bank(), p.amount(), p.ntb() != null ? "NTB " + p.ntb()
              : p.reference() != null ? "Referensi " + p.reference() : "");
    }
    for (SalesFigures.Kind k : r.byKind()) {
      csv.row("Jenis produk", IndonesianFormat.date(period.from()) + " s.d. " + IndonesianFormat.date(period.to()), "",
          "", "", CodeLabels.label(k.kind()), "", "", k.amount(),
          k.lines() + " baris, jumlah " + k.quantity() + ", " + k.zeroTariffLines() + " baris Rp0");
    }
    for (SalesFigures.Mismatch m : r.mismatches()) {
      csv.row("Tidak cocok", IndonesianFormat.date(m.day()), m.reference(), m.requestNumber(),
          CodeLabels.label(m.kind()), "", "", "", m.amount(), m.description());
    }
    return csv.download("penjualan-pnbp" + pages.scope().fileSuffix() + "-" + period.from() + "-" + period.to() + ".csv");
  }

  // ---- where the time goes ----------------------------------------------------------------------

  @GetMapping("/laporan/waktu-langkah")
  String steps(PeriodQuery query, Model model) {
    pages.requireReader();
    ReportPeriod period = pages.period(query);
    StepDurations.Result r = steps.of(period, pages.scope());
    pages.common(model, "/laporan/waktu-langkah", "Waktu per langkah proses", period);
    model.addAttribute("r", r);
    List<StepDurations.Step> top = new ArrayList<>(r.steps().stream().limit(15).toList());
    java.util.Collections.reverse(top); // the chart draws bottom-up: the slowest on top
    model.addAttribute("chartSteps", Map.of(
        "labels", top.stream().map(StepDurations.Step::name).toList(),
        "median", top.stream().map(s -> minutes(s.median())).toList(),
        "p90", top.stream().map(s -> minutes(s.p90())).toList(),
        "medianText", top.stream().map(s -> IndonesianFormat.durationWords(s.median())).toList(),
        "p90Text", top.stream().map(s -> IndonesianFormat.durationWords(s.p90())).toList()));
    return "report/steps";
  }

  @GetMapping("/laporan/waktu-langkah.csv")
  ResponseEntity<byte[]> stepsCsv(PeriodQuery query) {
    pages.requireReader();
    ReportPeriod period = pages.period(query);
    StepDurations.Result r = steps.of(period, pages.scope());
    CsvTable csv = new CsvTable().row("Langkah", "Jenis", "Kode elemen", "Jumlah selesai", "Median (detik)",
        "Persentil 90 (detik)", "Rata-rata (detik)", "Terlama (detik)");
    for (StepDurations.Step s : r.steps()) {
      csv.row(s.name(), CodeLabels.label(s.type()), s.activityId(), s.count(), secondsExact(s.median()),
          secondsExact(s.p90()), secondsExact(s.mean()), secondsExact(s.max()));
    }
    return csv.download("waktu-langkah" + pages.scope().fileSuffix() + "-" + period.from() + "-" + period.to() + ".csv");
  }

  // ---- helpers ----------------------------------------------------------------------------------

  static String shortDay(LocalDate day) {
    return day.getDayOfMonth() + " " + IndonesianFormat.monthName(day.getMonthValue()).substring(0, 3);
  }

  static BigDecimal minutes(Duration d) {
    return d == null ? null : BigDecimal.valueOf(d.toMillis()).divide(BigDecimal.valueOf(60_000), 2, RoundingMode.HALF_UP);
  }

  static Object seconds(Duration d) {
    return d == null ? "" : d.toSeconds();
  }

  /** Whole seconds, half up (CSV cells stay plain integers whatever the spreadsheet's locale). */
  static Object secondsExact(Duration d) {
    return d == null ? "" : BigDecimal.valueOf(d.toMillis()).divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP);
  }
}
