package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.RequestStatus;
import id.go.bps.pst.payment.PaymentException;
import id.go.bps.pst.payment.PaymentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Step 13a: the treasurer records the cash; it must equal the invoice total (change is not PNBP). */
@Component("cashPaymentListener")
class CashPaymentListener implements ExecutionListener {

  private final PaymentService payments;
  private final OrderService orders;

  CashPaymentListener(PaymentService payments, OrderService orders) {
    this.payments = payments;
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return; // the step was interrupted (timer, cancellation), not completed: nothing to check
    }
    String requestNumber = Vars.str(task, ProcessKeys.REQUEST_NUMBER);
    String treasurer = Actors.of(task);
    try {
      payments.recordCash(requestNumber, Vars.lng(task, ProcessKeys.ORDER_TOTAL), Vars.lng(task, "cashAmount"),
          treasurer);
    } catch (PaymentException e) {
      throw new FormValidationException(e.getMessage());
    }
    task.setVariable("paymentMethod", "CASH");
    task.setVariable(ProcessKeys.PAID, true);
    orders.changeStatus(requestNumber, RequestStatus.PAID, "Dibayar tunai kepada bendahara", treasurer);
  }
}
