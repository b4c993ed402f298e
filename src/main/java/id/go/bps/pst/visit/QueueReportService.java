package id.go.bps.pst.visit;

import id.go.bps.pst.common.Unit;
import id.go.bps.pst.common.UnitDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The daily queue report for the supervisor and auditors (see {@link QueueReport} for definitions). */
@Service
@Transactional(readOnly = true)
public class QueueReportService {

  private final QueueService queue;
  private final UnitDirectory units;
  private final Clock clock;

  QueueReportService(QueueService queue, UnitDirectory units, Clock clock) {
    this.queue = queue;
    this.units = units;
    this.clock = clock;
  }

  /** The default unit's queue of the day. */
  public QueueReport report(LocalDate day) {
    return report(List.of(units.defaultUnit()), day);
  }

  /**
   * The queue of the day of these units (each unit's own service day; times in the first unit's zone).
   * With several units, counters are named with their unit's code ("6501 Loket 1"), as counters of two
   * units may share a name.
   */
  public QueueReport report(List<Unit> of, LocalDate day) {
    Duration standard = queue.serviceStandard();
    Instant now = clock.instant();
    boolean several = of.size() > 1;
    List<QueueReport.Row> rows = of.stream().flatMap(u -> queue.day(u.code(), day).stream())
        .map(t -> row(t, standard, now)).toList();
    Map<String, List<QueueReport.Row>> groups = new LinkedHashMap<>();
    rows.stream().filter(r -> r.ticket().calledAt() != null)
        .sorted(Comparator.comparing((QueueReport.Row r) -> counter(r.ticket(), several))
            .thenComparing(r -> Objects.toString(r.ticket().calledBy(), "")))
        .forEach(r -> groups.computeIfAbsent(counter(r.ticket(), several) + "\u0000"
            + Objects.toString(r.ticket().calledBy(), ""), k -> new ArrayList<>()).add(r));
    List<QueueReport.Summary> byCounter = groups.values().stream()
        .map(g -> summary(several ? counter(g.get(0).ticket(), true) : g.get(0).ticket().counterName(),
            g.get(0).ticket().calledBy(), g)).toList();
    return new QueueReport(day, of.get(0).zoneId(), standard, rows, summary(null, null, rows), byCounter);
  }

  private static String counter(Ticket t, boolean withUnit) {
    String name = Objects.toString(t.counterName(), "");
    return withUnit ? t.unitCode() + " " + name : name;
  }

  private static QueueReport.Row row(Ticket t, Duration standard, Instant now) {
    Duration standardWait = t.standardWait();
    boolean called = t.calledAt() != null;
    boolean breachedUncalled = !called && t.clockStartedAt() != null
        && Duration.between(t.clockStartedAt(), t.finishedAt() != null ? t.finishedAt() : now).compareTo(standard) > 0;
    boolean measured = called || breachedUncalled;
    boolean within = called && standardWait.compareTo(standard) <= 0;
    return new QueueReport.Row(t, t.waitingTime(), standardWait, t.serviceTime(), measured, within);
  }

  private static QueueReport.Summary summary(String counter, String officer, List<QueueReport.Row> rows) {
    int called = (int) rows.stream().filter(r -> r.ticket().calledAt() != null).count();
    int noShows = (int) rows.stream().filter(r -> r.ticket().noShow()).count();
    int served = called - noShows;
    return new QueueReport.Summary(counter, officer, rows.size(), called, served, noShows, rows.size() - called,
        (int) rows.stream().filter(QueueReport.Row::measured).count(),
        (int) rows.stream().filter(QueueReport.Row::withinStandard).count(),
        average(rows, QueueReport.Row::waitingTime), average(rows, QueueReport.Row::standardWait),
        rows.stream().map(QueueReport.Row::standardWait).filter(Objects::nonNull).max(Comparator.naturalOrder())
            .orElse(null),
        average(rows, QueueReport.Row::serviceTime));
  }

  private static Duration average(List<QueueReport.Row> rows, Function<QueueReport.Row, Duration> field) {
    List<Duration> values = rows.stream().map(field).filter(Objects::nonNull).toList();
    if (values.isEmpty()) {
      return null;
    }
    long totalMillis = values.stream().mapToLong(Duration::toMillis).sum();
    return Duration.ofSeconds(Math.round(totalMillis / 1000.0 / values.size()));
  }
}
