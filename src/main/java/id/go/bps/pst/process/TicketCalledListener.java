package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.RequestStatus;
import id.go.bps.pst.visit.QueueService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Step 4 done: the officer called the ticket to a counter; the counter session starts and this
 * officer owns the sale's counter tasks from now on (assigned, no Claim: see {@link TaskLifecycle}).
 */
@Component("ticketCalledListener")
class TicketCalledListener implements ExecutionListener, ReadsFormFields {

  /** Read from the task's form ({@link ReadsFormFields}). */
  static final String COUNTER = "counterName";

  private final QueueService queue;
  private final OrderService orders;

  TicketCalledListener(QueueService queue, OrderService orders) {
    this.queue = queue;
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return; // the step was interrupted (timer, cancellation), not completed: nothing to check
    }
    String counter = Vars.strOrEmpty(task, COUNTER);
    if (!queue.counters().contains(counter)) {
      throw new FormValidationException("Pilih loket tempat Anda melayani dari daftar.");
    }
    String requestNumber = SaleRecord.requestNumber(task);
    String officer = Actors.of(task);
    queue.markCalled(requestNumber, officer, counter);
    orders.serveAt(requestNumber, officer, counter);
    orders.changeStatus(requestNumber, RequestStatus.IN_SERVICE, "Dilayani di " + counter, officer);
    task.setVariable(TaskLifecycle.SERVING_OFFICER, officer);
  }

  @Override
  public java.util.Set<String> formFields() {
    return java.util.Set.of(COUNTER);
  }
}
