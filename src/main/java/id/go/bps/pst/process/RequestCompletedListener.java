package id.go.bps.pst.process;

import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.RequestStatus;
import id.go.bps.pst.visit.QueueService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Step 20: the visitor is done; the request is closed. */
@Component("requestCompletedListener")
class RequestCompletedListener implements ExecutionListener {

  private final OrderService orders;
  private final QueueService queue;
  private final UnitProperties unit;

  RequestCompletedListener(OrderService orders, QueueService queue, UnitProperties unit) {
    this.orders = orders;
    this.queue = queue;
    this.unit = unit;
  }

  @Override
  public void notify(DelegateExecution execution) {
    orders.changeStatus(Vars.str(execution, ProcessKeys.REQUEST_NUMBER), RequestStatus.COMPLETED, null,
        Actors.of(execution));
    queue.requestEnded(Vars.str(execution, ProcessKeys.REQUEST_NUMBER), unit.zoneId());
  }
}
