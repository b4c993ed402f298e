package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Step 10: the visitor's check of invoice, sample and agreement: accept, ask for a correction (with a reason) or cancel. */
@Component("invoiceReviewListener")
class InvoiceReviewListener implements ExecutionListener, ReadsFormFields {

  /** Read from the task's form ({@link ReadsFormFields}). */
  static final String DECISION = "invoiceReview";

  private final OrderService orders;

  InvoiceReviewListener(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return;
    }
    String decision = Vars.str(task, DECISION);
    if (!"OK".equals(decision) && !"CORRECTION".equals(decision) && !"CANCEL".equals(decision)) {
      throw new FormValidationException("Pilih hasil pemeriksaan invoice.");
    }
    String detail = null;
    if ("CORRECTION".equals(decision)) {
      detail = Vars.strOrEmpty(task, "correctionReason");
      if (detail.length() < 5) {
        throw new FormValidationException("Tuliskan bagian yang perlu diperbaiki (paling sedikit 5 karakter).");
      }
    } else if ("CANCEL".equals(decision)) {
      detail = Vars.strOrEmpty(task, ProcessKeys.CANCEL_NOTE);
    }
    orders.log(SaleRecord.requestNumber(task), Actors.of(task), "INVOICE_REVIEW_" + decision, detail);
  }

  @Override
  public java.util.Set<String> formFields() {
    return java.util.Set.of(DECISION);
  }
}
