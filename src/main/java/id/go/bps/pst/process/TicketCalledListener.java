package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.RequestStatus;
import id.go.bps.pst.visit.QueueService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Step 4 done: the officer called the ticket; the counter session starts. */
@Component("ticketCalledListener")
class TicketCalledListener implements ExecutionListener {

  private final QueueService queue;
  private final OrderService orders;
  private final Pricing pricing;

  TicketCalledListener(QueueService queue, OrderService orders, Pricing pricing) {
    this.queue = queue;
    this.orders = orders;
    this.pricing = pricing;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return; // the step was interrupted (timer, cancellation), not completed: nothing to check
    }
    String requestNumber = Vars.str(task, ProcessKeys.REQUEST_NUMBER);
    String officer = Actors.of(task);
    queue.markCalled(requestNumber, officer, Vars.strOrEmpty(task, "counterName"));
    orders.changeStatus(requestNumber, RequestStatus.IN_SERVICE,
        "Dilayani di " + Vars.strOrEmpty(task, "counterName"), officer);
    Vars.json(task, "productOptions", pricing.productOptions());
  }
}
