package id.go.bps.pst.ops.internal;

import id.go.bps.pst.common.UnitProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.spring.boot.starter.event.TaskEvent;
import org.springframework.stereotype.Component;
import id.go.bps.pst.common.AfterCommit;
import org.springframework.context.event.EventListener;

/**
 * Counts completed user tasks per task definition key ({@code pst_tasks_completed_total{task,process,unit}}).
 * Fed by the task events that the Camunda starter publishes to Spring ({@code camunda.bpm.eventing.task},
 * on by default) and counted only after the engine's transaction committed, so a completion refused
 * by a form check is not counted. Adds no database statement.
 */
@Component
class TaskCompletionMetrics {

  static final String NAME = "pst.tasks.completed";

  private final MeterRegistry registry;
  private final String unit;

  TaskCompletionMetrics(MeterRegistry registry, UnitProperties unit) {
    this.registry = registry;
    this.unit = unit.code();
  }

  @EventListener(condition = "#event.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
  void completed(TaskEvent event) {
    // counted after the commit (a completion refused by a form check is not counted), without being a
    // transactional listener that Spring Modulith's event registry would record (AfterCommit)
    String task = String.valueOf(event.getTaskDefinitionKey());
    String process = processKey(event.getProcessDefinitionId());
    AfterCommit.run(() -> count(task, process));
  }

  private void count(String task, String process) {
    Counter.builder(NAME)
        .description("User tasks completed, per task definition")
        .tag("task", task)
        .tag("process", process)
        .tag("unit", unit)
        .register(registry)
        .increment();
  }

  /** "key:version:id" to "key"; standalone tasks have no process. */
  static String processKey(String processDefinitionId) {
    if (processDefinitionId == null) {
      return "";
    }
    int colon = processDefinitionId.indexOf(':');
    return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
  }
}
