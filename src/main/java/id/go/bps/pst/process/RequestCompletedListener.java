package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.RequestStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Step 20: the visitor is done; the request is closed. */
@Component("requestCompletedListener")
class RequestCompletedListener implements ExecutionListener {

  private final OrderService orders;

  RequestCompletedListener(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution execution) {
    orders.changeStatus(Vars.str(execution, ProcessKeys.REQUEST_NUMBER), RequestStatus.COMPLETED, null,
        Actors.of(execution));
  }
}
