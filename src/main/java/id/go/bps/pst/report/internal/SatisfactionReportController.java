package id.go.bps.pst.report.internal;

import id.go.bps.pst.common.CsvTable;

import id.go.bps.pst.common.CodeLabels;
import id.go.bps.pst.common.IndonesianFormat;
import id.go.bps.pst.rating.MonthlyIndex;
import id.go.bps.pst.rating.SatisfactionIndex;
import id.go.bps.pst.rating.SurveyResponse;
import id.go.bps.pst.rating.SurveyService;
import id.go.bps.pst.rating.SurveySummary;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The satisfaction survey (SKM, PermenPANRB 14/2017) for a period: the index and grade, per element,
 * respondents by source, officer-entered responses counted apart, the visitors' comments, and the
 * trend (index per month). The trend covers the months of the period, or the twelve months ending
 * with it when the period is shorter than three months.
 */
@Controller
class SatisfactionReportController {

  private final ReportPages pages;
  private final SurveyService surveys;

  SatisfactionReportController(ReportPages pages, SurveyService surveys) {
    this.pages = pages;
    this.surveys = surveys;
  }

  @GetMapping("/laporan/skm")
  String page(PeriodQuery query, @RequestParam(name = "layanan", required = false) String service, Model model) {
    pages.requireReader();
    ReportPeriod period = pages.period(query);
    String filter = service == null || service.isBlank() || !surveys.services().containsKey(service) ? null : service;
    SurveySummary summary = surveys.summary(pages.scope().codes(), period.start(), period.end(), filter);
    List<MonthlyIndex> trend = trend(period, filter);
    pages.common(model, "/laporan/skm", "Survei Kepuasan Masyarakat (SKM)", period);
    model.addAttribute("s", summary);
    model.addAttribute("services", surveys.services());
    model.addAttribute("service", filter);
    model.addAttribute("trend", trend);
    model.addAttribute("chartElements", Map.of(
        "labels", summary.index().elements().stream().map(e -> e.element().code()).toList(),
        "names", summary.index().elements().stream().map(e -> e.element().label()).toList(),
        "values", summary.index().elements().stream().map(SatisfactionIndex.Element::displayedMean).toList()));
    Map<String, Object> chartTrend = new LinkedHashMap<>();
    chartTrend.put("labels", trend.stream().map(m -> IndonesianFormat.month(m.month())).toList());
    chartTrend.put("values", trend.stream().map(m -> m.index().displayedIndex()).toList());
    chartTrend.put("respondents", trend.stream().map(m -> m.index().respondents()).toList());
    model.addAttribute("chartTrend", chartTrend);
    return "report/satisfaction";
  }

  @GetMapping("/laporan/skm.csv")
  ResponseEntity<byte[]> csv(PeriodQuery query, @RequestParam(name = "layanan", required = false) String service) {
    pages.requireReader();
    ReportPeriod period = pages.period(query);
    String filter = service == null || service.isBlank() || !surveys.services().containsKey(service) ? null : service;
    IndonesianFormat fmt = pages.format();
    SurveySummary s = surveys.summary(pages.scope().codes(), period.start(), period.end(), filter);
    CsvTable csv = new CsvTable();
    csv.row("Unit", pages.scope().label());
    csv.row("Periode", period.label());
    csv.row("Layanan", filter == null ? "Semua layanan" : surveys.services().get(filter));
    csv.row("Responden (dihitung)", s.index().respondents());
    csv.row("Diisikan petugas (tidak dihitung)", s.assisted());
    csv.row("Nilai IKM (1-4)", IndonesianFormat.decimal(s.index().displayedIkm(), 2));
    csv.row("Indeks kepuasan (25-100)", IndonesianFormat.decimal(s.index().displayedIndex(), 2));
    csv.row("Mutu pelayanan", s.index().grade() == null ? "-" : s.index().grade().name() + " (" + s.index().grade().label() + ")");
    csv.row();
    csv.row("Unsur", "Nama unsur", "Jumlah nilai", "Nilai rata-rata (1-4)", "Nilai konversi (x25)");
    for (SatisfactionIndex.Element e : s.index().elements()) {
      csv.row(e.element().code(), e.element().label(), e.sum(), IndonesianFormat.decimal(e.displayedMean(), 2),
          IndonesianFormat.decimal(e.displayedConverted(), 2));
    }
    csv.row();
    csv.row("Waktu", "Layanan", "Sumber", "Nomor permintaan", "Diisikan petugas", "Minta tindak lanjut", "Saran/masukan");
    for (SurveyResponse r : surveys.responses(pages.scope().codes(), period.start(), period.end(), filter)) {
      csv.row(fmt.dateTime(r.answeredAt()), surveys.services().getOrDefault(r.service(), r.service()),
          CodeLabels.label(r.source().name()), r.requestNumber(), r.assisted() ? "Ya (" + r.assistedBy() + ")" : "Tidak",
          r.followUpRequested() ? "Ya" : "Tidak", r.comment());
    }
    return csv.download("skm" + pages.scope().fileSuffix() + "-" + period.from() + "-" + period.to() + ".csv");
  }

  private List<MonthlyIndex> trend(ReportPeriod period, String service) {
    List<YearMonth> months = period.months();
    YearMonth last = months.get(months.size() - 1);
    YearMonth first = months.size() >= 3 ? months.get(0) : last.minusMonths(11);
    return surveys.monthly(pages.scope().codes(), first, last, period.zone(), service);
  }
}
