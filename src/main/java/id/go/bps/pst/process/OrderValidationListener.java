package id.go.bps.pst.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Step 5: the cart must be priceable before the task completes (unknown product or variable, zero
 * quantity... stay in the form with a message), and the purpose of use must be stated.
 */
@Component("orderValidationListener")
class OrderValidationListener implements ExecutionListener, ReadsFormFields {

  /** Read from the task's form ({@link ReadsFormFields}). */
  static final String PURPOSE = "purpose";

  private final Pricing pricing;

  OrderValidationListener(Pricing pricing) {
    this.pricing = pricing;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return; // the step was interrupted (timer, cancellation), not completed: nothing to check
    }
    check(task, pricing);
  }

  static void check(DelegateExecution task, Pricing pricing) {
    if (Vars.strOrEmpty(task, PURPOSE).length() < 5) {
      throw new FormValidationException("Tuliskan keperluan penggunaan produk (paling sedikit 5 karakter).");
    }
    pricing.quote(task);
  }

  @Override
  public java.util.Set<String> formFields() {
    return java.util.Set.of(PURPOSE);
  }
}
