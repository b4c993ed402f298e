package id.go.bps.pst.ops.internal;

import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.visit.QueueLoad;
import id.go.bps.pst.visit.QueueService;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gauges read at scrape time, each cached for {@code pst.ops.metrics-cache} (default 10 s):
 * <ul>
 *   <li>{@code pst_jobs_failed}: jobs without retries left (each one an incident in Cockpit);</li>
 *   <li>{@code pst_jobs_due}: jobs due now and not yet done (a growing number means the job executors
 *       do not keep up or are stopped);</li>
 *   <li>{@code pst_incidents_open}: open incidents;</li>
 *   <li>{@code pst_queue_waiting{unit}}, {@code pst_queue_wait_longest_seconds{unit}},
 *       {@code pst_queue_wait_mean_seconds{unit}}: today's queue of the unit.</li>
 * </ul>
 * Every node reads the same shared database, so in Prometheus take {@code max} over instances, not
 * {@code sum}.
 */
@Component
class EngineAndQueueMetrics implements MeterBinder {

  record EngineCounts(long failedJobs, long dueJobs, long openIncidents) {}

  private final CachedValue<EngineCounts> engineCounts;
  private final CachedValue<QueueLoad> queueLoad;
  private final String unit;

  EngineAndQueueMetrics(ProcessEngine engine, QueueService queue, UnitProperties unit, Clock clock,
      @Value("${pst.ops.metrics-cache:10s}") Duration cache) {
    this.unit = unit.code();
    this.engineCounts = new CachedValue<>(() -> new EngineCounts(
        engine.getManagementService().createJobQuery().noRetriesLeft().count(),
        engine.getManagementService().createJobQuery().executable().count(),
        engine.getRuntimeService().createIncidentQuery().count()), cache, clock, new EngineCounts(0, 0, 0));
    this.queueLoad = new CachedValue<>(() -> queue.load(unit.code(), unit.zoneId()), cache, clock,
        new QueueLoad(unit.code(), 0, Duration.ZERO, Duration.ZERO));
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("pst.jobs.failed", engineCounts, c -> c.get().failedJobs())
        .description("Camunda jobs without retries left (incidents), whole cluster").register(registry);
    Gauge.builder("pst.jobs.due", engineCounts, c -> c.get().dueJobs())
        .description("Camunda jobs due now and not yet executed, whole cluster").register(registry);
    Gauge.builder("pst.incidents.open", engineCounts, c -> c.get().openIncidents())
        .description("Open Camunda incidents, whole cluster").register(registry);
    Gauge.builder("pst.queue.waiting", queueLoad, q -> q.get().waiting())
        .description("Queue tickets of today waiting to be called").tag("unit", unit).register(registry);
    TimeGauge.builder("pst.queue.wait.longest", queueLoad, TimeUnit.MILLISECONDS,
            q -> q.get().longestWait().toMillis())
        .description("Longest wait so far of a ticket still waiting").tag("unit", unit).register(registry);
    TimeGauge.builder("pst.queue.wait.mean", queueLoad, TimeUnit.MILLISECONDS, q -> q.get().meanWait().toMillis())
        .description("Mean wait so far of the tickets still waiting").tag("unit", unit).register(registry);
  }
}
