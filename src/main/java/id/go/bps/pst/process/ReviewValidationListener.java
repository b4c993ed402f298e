package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Steps 10 and 17: the visitor's check of the invoice/documents or of the receipt/product. A
 * correction needs a reason; a cancellation is recorded with its note.
 */
@Component("reviewValidationListener")
class ReviewValidationListener implements ExecutionListener {

  private final OrderService orders;

  ReviewValidationListener(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return; // the step was interrupted (timer, cancellation), not completed: nothing to check
    }
    boolean invoice = "Task_ReviewInvoice".equals(task.getCurrentActivityId());
    String decision = Vars.str(task, invoice ? "invoiceReview" : "productReview");
    String reasonVar = invoice ? "correctionReason" : "productCorrectionReason";
    if (decision == null || !(decision.equals("OK") || decision.equals("CORRECTION")
        || (invoice && decision.equals("CANCEL")))) {
      throw new FormValidationException("Pilih hasil pemeriksaan.");
    }
    if (decision.equals("CORRECTION") && Vars.strOrEmpty(task, reasonVar).length() < 5) {
      throw new FormValidationException("Tuliskan bagian yang perlu diperbaiki (paling sedikit 5 karakter).");
    }
    String detail = switch (decision) {
      case "CORRECTION" -> Vars.str(task, reasonVar);
      case "CANCEL" -> Vars.strOrEmpty(task, ProcessKeys.CANCEL_NOTE);
      default -> null;
    };
    orders.log(Vars.str(task, ProcessKeys.REQUEST_NUMBER), Actors.of(task),
        (invoice ? "INVOICE_REVIEW_" : "PRODUCT_REVIEW_") + decision, detail);
  }
}
