package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Step 17: the visitor's check of receipt and product: accept or ask for a correction (with a reason). */
@Component("productReviewListener")
class ProductReviewListener implements ExecutionListener, ReadsFormFields {

  /** Read from the task's form ({@link ReadsFormFields}). */
  static final String DECISION = "productReview";

  private final OrderService orders;

  ProductReviewListener(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return;
    }
    String decision = Vars.str(task, DECISION);
    if (!"OK".equals(decision) && !"CORRECTION".equals(decision)) {
      throw new FormValidationException("Pilih hasil pemeriksaan kuitansi dan produk.");
    }
    String detail = null;
    if ("CORRECTION".equals(decision)) {
      detail = Vars.strOrEmpty(task, "productCorrectionReason");
      if (detail.length() < 5) {
        throw new FormValidationException("Tuliskan bagian yang perlu diperbaiki (paling sedikit 5 karakter).");
      }
    }
    // the officer's answer to an earlier correction was shown above this form: a further correction gets an
    // empty answer field, not this one again (the audit trail keeps it)
    task.removeVariable("productCorrectionResult");
    if ("OK".equals(decision)) {
      orders.recordProductAccepted(SaleRecord.requestNumber(task), Actors.of(task));
    } else {
      orders.log(SaleRecord.requestNumber(task), Actors.of(task), "PRODUCT_REVIEW_" + decision, detail);
    }
  }

  @Override
  public java.util.Set<String> formFields() {
    return java.util.Set.of(DECISION);
  }
}
