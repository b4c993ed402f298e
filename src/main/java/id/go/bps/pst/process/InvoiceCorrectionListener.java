package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Step 11: the officer's correction of the cart and of the visitor's name and institution; the
 * corrected cart must be priceable, and what was done is recorded.
 */
@Component("invoiceCorrectionListener")
class InvoiceCorrectionListener implements ExecutionListener, ReadsFormFields {

  /** Read from the task's form ({@link ReadsFormFields}). */
  static final String RESULT = "correctionResult";

  private final Pricing pricing;
  private final OrderService orders;

  InvoiceCorrectionListener(Pricing pricing, OrderService orders) {
    this.pricing = pricing;
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return;
    }
    OrderValidationListener.check(task, pricing);
    String name = Vars.strOrEmpty(task, "visitorName");
    if (name.length() < 2) {
      throw new FormValidationException("Nama pengguna layanan wajib diisi.");
    }
    if (Vars.strOrEmpty(task, RESULT).length() < 5) {
      throw new FormValidationException("Tuliskan apa yang diperbaiki (paling sedikit 5 karakter).");
    }
    String requestNumber = SaleRecord.requestNumber(task);
    orders.correctVisitor(requestNumber, name, Vars.strOrEmpty(task, "institution"), Actors.of(task));
    orders.recordInvoiceCorrectionAnswered(requestNumber, Vars.str(task, RESULT), Actors.of(task));
  }

  @Override
  public java.util.Set<String> formFields() {
    return java.util.Set.of(RESULT);
  }
}
