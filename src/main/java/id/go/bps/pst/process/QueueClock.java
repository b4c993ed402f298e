package id.go.bps.pst.process;

import id.go.bps.pst.common.UnitDirectory;
import id.go.bps.pst.visit.QueueService;
import id.go.bps.pst.visit.Ticket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * The queue standard as the waiting sale checks it from its own timers (step 4, {@code SubProcess_Queue}):
 * the queue stores when a ticket's clock started ({@link QueueService}, in the transaction of the officer
 * whose counter session ended), and the sale reads it only when one of its timers fires, in that timer
 * job's transaction. Nothing reaches a waiting sale from another officer's step, so calling a visitor
 * never conflicts with the clock of the visitor ahead.
 *
 * <p>The first timer runs the standard from arrival: the clock never starts before arrival, so it fires
 * at the earliest moment the standard can be exceeded. The gateway after it asks {@link #exceeded} (the
 * clock started and clock start + standard has passed: escalate) and {@link #cannotStart} (no clock, and
 * none can start any more: stop measuring); otherwise a second timer waits {@link #remaining}, the
 * earliest moment the deadline can be reached, and the gateway asks again. Used in the model as
 * {@code ${queueClock.exceeded(execution)}}, {@code ${queueClock.remaining(execution)}}, and as the
 * gateway's start listener {@code ${queueClock}}, which sets the due date of the waiting tasks whose
 * property is {@code due=queueWait} once the clock runs.
 */
@Component("queueClock")
public class QueueClock implements ExecutionListener {

  /** Where the clock stands for a waiting sale. */
  enum State {
    /** The clock started and the standard has run out. */
    EXCEEDED,
    /** The clock started, the standard runs. */
    RUNNING,
    /** No clock yet: somebody ahead is still waiting or at a counter. */
    NOT_STARTED,
    /** No clock, and none can start: the ticket's queue day is over, it left the queue, or there is none. */
    CANNOT_START
  }

  private static final Duration SHORTEST_WAIT = Duration.ofSeconds(1);

  private final QueueService queue;
  private final UnitDirectory units;
  private final Clock clock;

  QueueClock(QueueService queue, UnitDirectory units, Clock clock) {
    this.queue = queue;
    this.units = units;
    this.clock = clock;
  }

  /** The ticket's clock started and its start plus the standard is now or past. */
  public boolean exceeded(DelegateExecution execution) {
    return state(execution) == State.EXCEEDED;
  }

  /** The ticket has no clock and none can start any more: the check stops, without an escalation. */
  public boolean cannotStart(DelegateExecution execution) {
    return state(execution) == State.CANNOT_START;
  }

  /**
   * How long to wait before checking again, as an ISO-8601 duration: until clock start + standard when
   * the clock runs (whole seconds, rounded up), the whole standard when it has not started yet (it
   * cannot end sooner: a clock that starts now runs the whole standard).
   */
  public String remaining(DelegateExecution execution) {
    Duration standard = standard(execution);
    Optional<Instant> deadline = ticket(execution).flatMap(t -> t.standardDeadline(standard));
    if (deadline.isEmpty()) {
      return standard.toString();
    }
    Duration left = Duration.between(clock.instant(), deadline.get());
    Duration whole = Duration.ofSeconds(left.getSeconds() + (left.getNano() > 0 ? 1 : 0));
    return (whole.compareTo(SHORTEST_WAIT) < 0 ? SHORTEST_WAIT : whole).toString();
  }

  /**
   * At the check (in the timer job's transaction): once the clock runs, the sale's open tasks whose model
   * property is {@code due=queueWait} are due at clock start + standard. A task created after the clock
   * started got that due date when it was created ({@link TaskLifecycle}); unchanged due dates are not
   * written again.
   */
  @Override
  public void notify(DelegateExecution execution) {
    Duration standard = standard(execution);
    Optional<Instant> deadline = ticket(execution).flatMap(t -> t.standardDeadline(standard));
    if (deadline.isEmpty()) {
      return;
    }
    BpmnModelInstance model = execution.getBpmnModelInstance();
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
      ModelElementInstance element = model.getModelElementById(task.getTaskDefinitionKey());
      if (element instanceof BaseElement e && ServiceStandards.QUEUE_WAIT.equals(ModelProperties.get(e, ModelProperties.DUE))
          && !sameSecond(task.getDueDate(), deadline.get())) {
        task.setDueDate(Date.from(deadline.get()));
        tasks.saveTask(task);
      }
    }
  }

  State state(DelegateExecution execution) {
    Optional<Ticket> ticket = ticket(execution);
    if (ticket.isEmpty()) {
      return State.CANNOT_START;
    }
    Instant now = clock.instant();
    Optional<Instant> deadline = ticket.get().standardDeadline(standard(execution));
    if (deadline.isPresent()) {
      return deadline.get().isAfter(now) ? State.RUNNING : State.EXCEEDED;
    }
    LocalDate today = LocalDate.ofInstant(now, units.require(ticket.get().unitCode()).zoneId());
    return ticket.get().clockMayStillStart(today) ? State.NOT_STARTED : State.CANNOT_START;
  }

  private Optional<Ticket> ticket(DelegateExecution execution) {
    return queue.byRequest(SaleRecord.requestNumber(execution));
  }

  /** The standard of the model this sale follows (the analyst's literal duration on the first timer). */
  private static Duration standard(DelegateExecution execution) {
    return ServiceStandards.in(execution.getBpmnModelInstance(), ServiceStandards.QUEUE_WAIT)
        .orElseThrow(() -> new IllegalStateException("The model " + execution.getProcessDefinitionId()
            + " has no timer with standard=" + ServiceStandards.QUEUE_WAIT));
  }

  private static boolean sameSecond(Date due, Instant deadline) {
    return due != null && Math.abs(due.getTime() - deadline.toEpochMilli()) < 1000;
  }
}
