package id.go.bps.pst.process;

import id.go.bps.pst.common.ProductType;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.SaleRequest;
import id.go.bps.pst.payment.PaymentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the model's gateways ask about a sale, answered from our own records (the order, its priced
 * lines, the payment) and never from process variables, which a caller of the engine's API could
 * set. Used in conditions as {@code ${saleRecord.zeroTariff(execution)}}.
 */
@Component("saleRecord")
public class SaleRecord {

  private final OrderService orders;
  private final PaymentService payments;

  SaleRecord(OrderService orders, PaymentService payments) {
    this.orders = orders;
    this.payments = payments;
  }

  /** The priced order totals Rp0 (an approved zero tariff): no payment is due. */
  public boolean zeroTariff(DelegateExecution execution) {
    SaleRequest request = request(execution);
    if (request.totalAmount() == null) {
      throw new IllegalStateException("Permintaan " + request.requestNumber() + " belum dihitung tarifnya.");
    }
    return request.totalAmount() == 0;
  }

  /** The order holds at least one microdata line (sample, usage agreement). */
  public boolean hasMicrodata(DelegateExecution execution) {
    return request(execution).hasProductType(ProductType.MICRODATA);
  }

  /** A payment is recorded for the sale (cash or bank). */
  public boolean paid(DelegateExecution execution) {
    return payments.findPayment(requestNumber(execution)).isPresent();
  }

  private SaleRequest request(DelegateExecution execution) {
    return orders.get(requestNumber(execution));
  }

  static String requestNumber(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    return key != null ? key : Vars.str(execution, ProcessKeys.REQUEST_NUMBER);
  }
}
