package id.go.bps.pst.process;

import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.visit.QueueService;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends a request cleanly: status CANCELLED with a reason a person can read. */
@Component("cancelRequestDelegate")
class CancelRequestDelegate implements JavaDelegate {

  static final Map<String, String> REASONS = Map.of(
      "TERMS_DECLINED", "Pengguna layanan tidak menyetujui ketentuan PNBP",
      "DOCUMENTS_REJECTED", "Dokumen persyaratan tidak memenuhi",
      "INVOICE_EXPIRED", "Invoice kedaluwarsa sebelum diperiksa pengguna layanan",
      "VISITOR_CANCELLED", "Dibatalkan oleh pengguna layanan",
      "BILLING_EXPIRED", "Kode billing kedaluwarsa dan pengguna layanan membatalkan",
      "CANCELLATION_REQUESTED", "Permintaan pembatalan");

  private final OrderService orders;
  private final QueueService queue;
  private final UnitProperties unit;
  private final id.go.bps.pst.payment.BillingPort billing;

  CancelRequestDelegate(OrderService orders, QueueService queue, UnitProperties unit,
      id.go.bps.pst.payment.BillingPort billing) {
    this.billing = billing;
    this.orders = orders;
    this.queue = queue;
    this.unit = unit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = Vars.str(execution, ProcessKeys.CANCEL_CODE);
    if (code == null) {
      code = "CANCELLATION_REQUESTED"; // the visitor's cancellation message (event sub-process)
    }
    String note = Vars.strOrEmpty(execution, ProcessKeys.CANCEL_NOTE);
    String reason = REASONS.getOrDefault(code, code) + (note.isEmpty() ? "" : ": " + note);
    execution.setVariable(ProcessKeys.CANCEL_CODE, code);
    execution.setVariable(ProcessKeys.CANCEL_REASON, reason);
    String requestNumber = SaleRecord.requestNumber(execution);
    String actor = Vars.str(execution, "cancelledBy");
    // the money side closes too: an unpaid billing code can no longer be paid at a bank
    billing.findLatest(requestNumber).filter(b -> b.isActive()).ifPresent(b -> {
      billing.cancel(b.code());
      orders.log(requestNumber, "system", "BILLING_CANCELLED", "Kode billing " + b.code() + " dinonaktifkan");
    });
    orders.cancel(requestNumber, reason, actor != null ? actor : Actors.of(execution));
    queue.requestEnded(requestNumber, unit.zoneId()); // leaves the queue, or its counter session ends
  }
}
