package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Steps 5 and 11: the cart must be priceable before the task completes (unknown product or
 * variable, zero quantity... stay in the form with a message). At a correction, the visitor's
 * corrected name and institution are stored too.
 */
@Component("orderValidationListener")
class OrderValidationListener implements ExecutionListener {

  private final Pricing pricing;
  private final OrderService orders;

  OrderValidationListener(Pricing pricing, OrderService orders) {
    this.pricing = pricing;
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return; // the step was interrupted (timer, cancellation), not completed: nothing to check
    }
    if (Vars.strOrEmpty(task, "purpose").length() < 5) {
      throw new FormValidationException("Tuliskan keperluan penggunaan produk (paling sedikit 5 karakter).");
    }
    pricing.quote(task);
    if ("Task_HandleInvoiceCorrection".equals(task.getCurrentActivityId())) {
      String name = Vars.strOrEmpty(task, "visitorName");
      if (name.length() < 2) {
        throw new FormValidationException("Nama pengguna layanan wajib diisi.");
      }
      String requestNumber = Vars.str(task, ProcessKeys.REQUEST_NUMBER);
      orders.correctVisitor(requestNumber, name, Vars.strOrEmpty(task, "institution"), Actors.of(task));
      orders.log(requestNumber, Actors.of(task), "INVOICE_CORRECTION_HANDLED", Vars.str(task, "correctionResult"));
    }
  }
}
