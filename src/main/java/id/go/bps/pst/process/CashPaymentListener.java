package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.RequestStatus;
import id.go.bps.pst.order.SaleRequest;
import id.go.bps.pst.payment.PaymentException;
import id.go.bps.pst.payment.PaymentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Step 13a: the treasurer confirms that the cash received equals the amount due, which comes from
 * the priced order (change is not PNBP). Nothing is typed: the amount is the record's.
 */
@Component("cashPaymentListener")
class CashPaymentListener implements ExecutionListener, ReadsFormFields {

  /** Read from the task's form ({@link ReadsFormFields}). */
  static final String CASH_RECEIVED = "cashReceived";

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
    if (!Vars.bool(task, CASH_RECEIVED)) {
      throw new FormValidationException("Centang bahwa uang tunai sebesar tagihan sudah diterima.");
    }
    SaleRequest request = orders.get(SaleRecord.requestNumber(task));
    String treasurer = Actors.of(task);
    try {
      payments.recordCash(request.requestNumber(), request.totalAmount(), request.totalAmount(), treasurer);
    } catch (PaymentException e) {
      throw new FormValidationException(e.getMessage());
    }
    orders.changeStatus(request.requestNumber(), RequestStatus.PAID, "Dibayar tunai kepada bendahara", treasurer);
  }

  @Override
  public java.util.Set<String> formFields() {
    return java.util.Set.of(CASH_RECEIVED);
  }
}
