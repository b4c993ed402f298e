package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.payment.RefundService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Cancellation after payment: the supervisor's refund decision is recorded, never implied. */
@Component("refundDecisionListener")
class RefundDecisionListener implements ExecutionListener {

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
    String decision = Vars.str(task, "refundDecision");
    if (!"APPROVED".equals(decision) && !"REJECTED".equals(decision)) {
      throw new FormValidationException("Pilih keputusan pengembalian pembayaran.");
    }
    String note = Vars.strOrEmpty(task, "refundNote");
    if (note.length() < 5) {
      throw new FormValidationException("Tuliskan dasar keputusan (paling sedikit 5 karakter).");
    }
    String requestNumber = Vars.str(task, ProcessKeys.REQUEST_NUMBER);
    refunds.record(requestNumber, decision, note, Actors.of(task));
    orders.log(requestNumber, Actors.of(task), "REFUND_" + decision, note);
  }
}
