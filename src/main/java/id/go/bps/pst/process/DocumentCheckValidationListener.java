package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Steps 8-9: the officer's verdict on the documents; the officer's approval of Rp0 is recorded. */
@Component("documentCheckValidationListener")
class DocumentCheckValidationListener implements ExecutionListener {

  private static final Set<String> VERDICTS = Set.of("COMPLETE", "INCOMPLETE", "REJECT");
  private final OrderService orders;

  DocumentCheckValidationListener(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return; // the step was interrupted (timer, cancellation), not completed: nothing to check
    }
    String verdict = Vars.str(task, "documentCheck");
    if (verdict == null || !VERDICTS.contains(verdict)) {
      throw new FormValidationException("Pilih hasil pemeriksaan dokumen.");
    }
    String note = Vars.strOrEmpty(task, "documentCheckNote");
    if (!"COMPLETE".equals(verdict) && note.length() < 5) {
      throw new FormValidationException("Tulis catatan untuk pengguna layanan: dokumen apa yang kurang atau mengapa ditolak.");
    }
    String requestNumber = SaleRecord.requestNumber(task);
    String officer = Actors.of(task);
    if ("COMPLETE".equals(verdict)) {
      orders.recordZeroTariffApproval(requestNumber, Vars.bool(task, "zeroTariffApproved"), officer);
    }
    if ("REJECT".equals(verdict)) {
      task.setVariable(ProcessKeys.CANCEL_NOTE, note);
    }
    orders.log(requestNumber, officer, "DOCUMENTS_" + verdict, note.isEmpty() ? null : note);
  }
}
