package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.visit.GuestBookValidator;
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
    String name = Vars.strOrEmpty(task, "visitorName").strip();
    String institution = Vars.strOrEmpty(task, "institution").strip();
    // the guest book's own rules: a name it refuses (markup, digits) cannot be written in by a correction
    GuestBookValidator.nameProblem(name).or(() -> GuestBookValidator.institutionProblem(institution))
        .ifPresent(problem -> {
          throw new FormValidationException(problem);
        });
    if (Vars.strOrEmpty(task, RESULT).length() < 5) {
      throw new FormValidationException("Tuliskan apa yang diperbaiki (paling sedikit 5 karakter).");
    }
    String requestNumber = SaleRecord.requestNumber(task);
    orders.correctVisitor(requestNumber, name, institution, Actors.of(task));
    orders.recordInvoiceCorrectionAnswered(requestNumber, Vars.str(task, RESULT), Actors.of(task));
    // recorded (audit trail, mail, portal): the next round starts from empty forms on both sides, not with this
    // round's answer, decision and reason offered again
    task.removeVariable(RESULT);
    task.removeVariable("invoiceReview");
    task.removeVariable("correctionReason");
  }

  @Override
  public java.util.Set<String> formFields() {
    return java.util.Set.of(RESULT);
  }
}
