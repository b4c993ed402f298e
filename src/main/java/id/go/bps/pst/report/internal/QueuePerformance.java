package id.go.bps.pst.report.internal;

import id.go.bps.pst.identity.ReportScope;
import id.go.bps.pst.identity.ReportScopes;
import id.go.bps.pst.visit.QueueReport;
import id.go.bps.pst.visit.QueueReportService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The queue over a period, per day, per officer and per counter, from the visit module's daily queue
 * report (same definitions: waiting time = called - arrived; standard wait = called - clock start;
 * service time = session end - called; a ticket is measured when called, or when never called but its
 * clock ran past the standard). Averages are exact means rounded half up to whole seconds; the share
 * within the standard is within / measured in percent.
 */
@Component
class QueuePerformance {

  private final QueueReportService queueReports;
  private final id.go.bps.pst.common.UnitDirectory units;

  QueuePerformance(QueueReportService queueReports, id.go.bps.pst.common.UnitDirectory units) {
    this.queueReports = queueReports;
    this.units = units;
  }

  /** The default unit's queue. */
  Result of(ReportPeriod period) {
    return of(period, ReportScopes.only(units.defaultUnit()));
  }

  record Figures(String key, int tickets, int called, int served, int noShows, int measured, int withinStandard,
      Duration averageWait, Duration averageStandardWait, Duration averageServiceTime) {

    /** The day, for the per-day figures (key = ISO date). */
    public LocalDate day() {
      return LocalDate.parse(key);
    }

    public BigDecimal withinStandardPercent() {
      return measured == 0 ? null
          : BigDecimal.valueOf(100L * withinStandard).divide(BigDecimal.valueOf(measured), 4, RoundingMode.HALF_UP);
    }
  }

  record Result(ReportPeriod period, Duration standard, Figures total, List<Figures> byDay, List<Figures> byOfficer,
      List<Figures> byCounter) {}

  /** The queue of the scope's units (each unit's own service days). */
  Result of(ReportPeriod period, ReportScope scope) {
    List<QueueReport.Row> all = new ArrayList<>();
    List<Figures> byDay = new ArrayList<>();
    Duration standard = null;
    boolean several = scope.units().size() > 1;
    for (LocalDate day : period.days()) {
      QueueReport report = queueReports.report(scope.units(), day);
      standard = report.standard();
      all.addAll(report.tickets());
      byDay.add(figures(day.toString(), report.tickets()));
    }
    return new Result(period, standard, figures("", all), byDay,
        grouped(all, r -> Objects.toString(r.ticket().calledBy(), "")),
        grouped(all, r -> r.ticket().counterName() == null ? ""
            : (several ? r.ticket().unitCode() + " " : "") + r.ticket().counterName()));
  }

  /** Called tickets grouped by officer or counter (never-called tickets have neither). */
  private static List<Figures> grouped(List<QueueReport.Row> rows, Function<QueueReport.Row, String> key) {
    Map<String, List<QueueReport.Row>> groups = new TreeMap<>();
    rows.stream().filter(r -> r.ticket().calledAt() != null && !key.apply(r).isEmpty())
        .forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
    return groups.entrySet().stream().map(e -> figures(e.getKey(), e.getValue())).toList();
  }

  static Figures figures(String key, List<QueueReport.Row> rows) {
    int called = (int) rows.stream().filter(r -> r.ticket().calledAt() != null).count();
    int noShows = (int) rows.stream().filter(r -> r.ticket().noShow()).count();
    return new Figures(key, rows.size(), called, called - noShows, noShows,
        (int) rows.stream().filter(QueueReport.Row::measured).count(),
        (int) rows.stream().filter(QueueReport.Row::withinStandard).count(),
        mean(rows, QueueReport.Row::waitingTime), mean(rows, QueueReport.Row::standardWait),
        mean(rows, QueueReport.Row::serviceTime));
  }

  static Duration mean(List<QueueReport.Row> rows, Function<QueueReport.Row, Duration> field) {
    List<Duration> values = rows.stream().map(field).filter(Objects::nonNull).toList();
    if (values.isEmpty()) {
      return null;
    }
    BigDecimal totalMillis = BigDecimal.valueOf(values.stream().mapToLong(Duration::toMillis).sum());
    long seconds = totalMillis.divide(BigDecimal.valueOf(1000L * values.size()), 0, RoundingMode.HALF_UP).longValue();
    return Duration.ofSeconds(seconds);
  }
}
