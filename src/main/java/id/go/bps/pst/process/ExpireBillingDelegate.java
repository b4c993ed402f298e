package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.payment.BillingPort;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Billing expiry: the code is void, so a late bank notification for it is refused. */
@Component("expireBillingDelegate")
class ExpireBillingDelegate implements JavaDelegate {

  private final BillingPort billing;
  private final OrderService orders;

  ExpireBillingDelegate(BillingPort billing, OrderService orders) {
    this.billing = billing;
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String requestNumber = SaleRecord.requestNumber(execution);
    billing.findLatest(requestNumber).ifPresent(code -> {
      billing.expire(code.code());
      orders.log(requestNumber, "system", "BILLING_EXPIRED", "Kode billing " + code.code() + " kedaluwarsa");
    });
  }
}
