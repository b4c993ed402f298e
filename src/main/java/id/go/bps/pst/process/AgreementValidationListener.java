package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Step 14: the signed, stamped usage agreement was handed to the officer. */
@Component("agreementValidationListener")
class AgreementValidationListener implements ExecutionListener {

  private final OrderService orders;

  AgreementValidationListener(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return;
    }
    if (!Vars.bool(task, "agreementSigned") || !Vars.bool(task, "dutyStampAffixed")) {
      throw new FormValidationException(
          "Konfirmasikan bahwa perjanjian sudah ditandatangani, bermeterai, dan diserahkan kepada petugas PST.");
    }
    orders.log(SaleRecord.requestNumber(task), Actors.of(task), "AGREEMENT_SIGNED",
        "Perjanjian penggunaan data ditandatangani dan bermeterai");
  }
}
