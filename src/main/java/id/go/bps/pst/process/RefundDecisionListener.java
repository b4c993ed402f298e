package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.common.Rupiah;
import id.go.bps.pst.payment.PaymentException;
import id.go.bps.pst.payment.RefundCause;
import id.go.bps.pst.payment.RefundDecision;
import id.go.bps.pst.payment.RefundService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The supervisor's refund decision (cancellation after payment, late bank payment, transfer surplus) is recorded,
 * never implied.
 */
@Component("refundDecisionListener")
class RefundDecisionListener implements ExecutionListener, ReadsFormFields {

  /** Read from the task's form ({@link ReadsFormFields}). */
  static final String DECISION = "refundDecision";

  private final RefundService refunds;
  private final OrderService orders;

  RefundDecisionListener(RefundService refunds, OrderService orders) {
    this.refunds = refunds;
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return; // the step was interrupted (timer, cancellation), not completed: nothing to check
    }
    String decision = Vars.str(task, DECISION);
    if (!"APPROVED".equals(decision) && !"REJECTED".equals(decision)) {
      throw new FormValidationException("Pilih keputusan pengembalian pembayaran.");
    }
    String note = Vars.strOrEmpty(task, "refundNote");
    if (note.length() < 5) {
      throw new FormValidationException("Tuliskan dasar keputusan (paling sedikit 5 karakter).");
    }
    String requestNumber = Vars.str(task, ProcessKeys.REQUEST_NUMBER);
    // the cause is set by the system when it starts the refund process (a completion may carry only the form's
    // fields); the amount is read from the payment row by the refund service
    RefundCause cause = RefundCause.TRANSFER_SURPLUS.name().equals(Vars.str(task, LatePaymentRefund.CAUSE))
        ? RefundCause.TRANSFER_SURPLUS : RefundCause.CANCELLED_AFTER_PAYMENT;
    RefundDecision recorded;
    try {
      recorded = refunds.record(requestNumber, cause, decision, note, Actors.of(task));
    } catch (PaymentException e) {
      throw new FormValidationException(e.getMessage());
    }
    orders.log(requestNumber, Actors.of(task), "REFUND_" + decision, cause == RefundCause.TRANSFER_SURPLUS
        ? "Pengembalian kelebihan transfer " + Rupiah.format(recorded.paidAmount()) + ": " + note : note);
  }

  @Override
  public java.util.Set<String> formFields() {
    return java.util.Set.of(DECISION);
  }
}
