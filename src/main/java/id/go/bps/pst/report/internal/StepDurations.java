package id.go.bps.pst.report.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * Where the time of a sale goes: the duration of each step of the main process from Camunda's
 * history (HistoryService, historic activity instances of every version of the process), for the
 * steps that finished in the period. Tasks, system steps, waits for a message or a timer and
 * sub-processes count; gateways, start and end events do not (they take no time).
 *
 * <p>Median: the middle value, or the mean of the two middle values (whole milliseconds, half up).
 * 90th percentile: nearest rank, the smallest duration that at least 90% of the durations do not exceed
 * (the value at rank ceil(0.9 n) in ascending order). Runs as the logged-in user, so Camunda's
 * authorizations and tenant checks apply.
 */
@Component
class StepDurations {

  static final String PROCESS_KEY = "penjualan-produk-statistik";
  static final Set<String> SKIPPED_TYPES = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
      "eventBasedGateway", "startEvent", "noneEndEvent", "terminateEndEvent", "messageStartEvent",
      "errorEndEvent", "escalationEndEvent", "cancelEndEvent", "compensationEndEvent", "signalEndEvent",
      "messageEndEvent", "intermediateNoneThrowEvent", "intermediateEscalationThrowEvent", "multiInstanceBody");
  private static final int PAGE = 2000;

  private final HistoryService history;
  private final RepositoryService repository;
  private final id.go.bps.pst.common.UnitDirectory units;

  StepDurations(HistoryService history, RepositoryService repository, id.go.bps.pst.common.UnitDirectory units) {
    this.history = history;
    this.repository = repository;
    this.units = units;
  }

  record Step(String activityId, String name, String type, int count, Duration median, Duration p90, Duration mean,
      Duration max, Duration total) {}

  record Result(ReportPeriod period, List<Step> steps, int instances) {}

  /**
   * The steps of the scope's units' instances (by tenant id; instances without tenant, from before units,
   * are the default unit's).
   */
  Result of(ReportPeriod period) {
    return of(period, id.go.bps.pst.identity.ReportScopes.only(units.defaultUnit()));
  }

  Result of(ReportPeriod period, id.go.bps.pst.identity.ReportScope scope) {
    List<String> unitCodes = scope.codes();
    String defaultUnitCode = units.defaultUnit().code();
    Instant from = period.start();
    Instant to = period.end();
    Map<String, List<HistoricActivityInstance>> byActivity = new LinkedHashMap<>();
    Set<String> instances = new java.util.HashSet<>();
    List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS_KEY).orderByProcessDefinitionVersion().desc().list();
    for (ProcessDefinition definition : definitions) {
      for (boolean withoutTenant : unitCodes.contains(defaultUnitCode) ? List.of(false, true) : List.of(false))
      for (int first = 0; ; first += PAGE) {
        var query = history.createHistoricActivityInstanceQuery()
            .processDefinitionId(definition.getId()).finished()
            .finishedAfter(Date.from(from)).finishedBefore(Date.from(to));
        if (withoutTenant) {
          query.withoutTenantId();
        } else {
          query.tenantIdIn(unitCodes.toArray(String[]::new));
        }
        List<HistoricActivityInstance> page = query.orderByHistoricActivityInstanceId().asc().listPage(first, PAGE);
        for (HistoricActivityInstance a : page) {
          if (SKIPPED_TYPES.contains(a.getActivityType()) || a.getEndTime() == null
              || !a.getEndTime().toInstant().isBefore(to) || a.getEndTime().toInstant().isBefore(from)) {
            continue;
          }
          byActivity.computeIfAbsent(a.getActivityId(), k -> new ArrayList<>()).add(a);
          instances.add(a.getProcessInstanceId());
        }
        if (page.size() < PAGE) {
          break;
        }
      }
    }
    List<Step> steps = new ArrayList<>();
    for (List<HistoricActivityInstance> list : byActivity.values()) {
      HistoricActivityInstance newest = list.stream()
          .max(Comparator.comparing(HistoricActivityInstance::getEndTime)).orElseThrow();
      List<Long> millis = list.stream().map(StepDurations::millis).sorted().toList();
      long sum = millis.stream().mapToLong(Long::longValue).sum();
      steps.add(new Step(newest.getActivityId(),
          newest.getActivityName() == null ? newest.getActivityId() : newest.getActivityName(),
          newest.getActivityType(), millis.size(), Duration.ofMillis(median(millis)),
          Duration.ofMillis(percentile(millis, 90)), Duration.ofMillis(Math.round((double) sum / millis.size())),
          Duration.ofMillis(millis.get(millis.size() - 1)), Duration.ofMillis(sum)));
    }
    steps.sort(Comparator.comparing(Step::median).reversed().thenComparing(Step::name));
    return new Result(period, steps, instances.size());
  }

  private static long millis(HistoricActivityInstance a) {
    if (a.getDurationInMillis() != null) {
      return a.getDurationInMillis();
    }
    return a.getEndTime().getTime() - a.getStartTime().getTime();
  }

  /** Sorted ascending, not empty. */
  static long median(List<Long> sorted) {
    int n = sorted.size();
    if (n % 2 == 1) {
      return sorted.get(n / 2);
    }
    long a = sorted.get(n / 2 - 1);
    long b = sorted.get(n / 2);
    return Math.floorDiv(a + b + 1, 2);
  }

  /** Nearest rank: the value at rank ceil(p/100 * n), 1-based, of the ascending list. */
  static long percentile(List<Long> sorted, int p) {
    int n = sorted.size();
    int rank = (p * n + 99) / 100;
    return sorted.get(Math.max(1, Math.min(n, rank)) - 1);
  }
}
