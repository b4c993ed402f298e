package id.go.bps.pst.ops.internal;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health of Camunda's job executor (contributor {@code jobExecutor}, part of the readiness group):
 * DOWN when it should run but is not active; UNKNOWN when this node runs without one by configuration;
 * UP otherwise. Details (staff only): lock owner, jobs due now and jobs without retries (failed),
 * counted across the cluster with two count queries.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealthIndicator extends AbstractHealthIndicator {

  private final ProcessEngine engine;

  JobExecutorHealthIndicator(ProcessEngine engine) {
    super("Camunda job executor health check failed");
    this.engine = engine;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    JobExecutor jobExecutor = configuration.getJobExecutor();
    boolean enabled = configuration.isJobExecutorActivate();
    boolean active = jobExecutor != null && jobExecutor.isActive();
    if (active) {
      builder.up();
    } else if (enabled) {
      builder.down();
    } else {
      builder.unknown().withDetail("reason", "job execution is switched off on this node");
    }
    ManagementService management = engine.getManagementService();
    builder.withDetail("active", active)
        .withDetail("lockOwner", jobExecutor == null ? "" : jobExecutor.getLockOwner())
        .withDetail("jobsDue", management.createJobQuery().executable().count())
        .withDetail("jobsFailed", management.createJobQuery().noRetriesLeft().count());
  }
}
