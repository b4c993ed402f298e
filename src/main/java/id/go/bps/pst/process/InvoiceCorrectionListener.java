package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.visit.GuestBookValidator;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Step 11: the officer's correction of the cart, of the visitor's name and institution and, for microdata, of the
 * occupation and address printed on the usage agreement (kept in the order record, never in the engine); the
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
    // the agreement's occupation and address (microdata, personal data): out of the engine whatever happens next
    String occupation = Vars.strOrEmpty(task, TermsValidationListener.OCCUPATION).strip();
    String address = Vars.strOrEmpty(task, TermsValidationListener.ADDRESS).strip();
    task.removeVariable(TermsValidationListener.OCCUPATION);
    task.removeVariable(TermsValidationListener.ADDRESS);
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
    // blank keeps what is recorded; only a sale whose agreement names them (microdata, recorded in the terms step)
    if ((!occupation.isEmpty() || !address.isEmpty()) && orders.get(requestNumber).agreementParticularsRecorded()) {
      (occupation.isEmpty() ? java.util.Optional.<String>empty() : TermsValidationListener.occupationProblem(occupation))
          .or(() -> address.isEmpty() ? java.util.Optional.empty() : TermsValidationListener.addressProblem(address))
          .ifPresent(problem -> {
            throw new FormValidationException(problem);
          });
      orders.correctAgreementParticulars(requestNumber, occupation, address, Actors.of(task));
    }
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
