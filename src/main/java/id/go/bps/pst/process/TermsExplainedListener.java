package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Step 6: the officer explained tariff and documents; whether the visitor asks for the zero tariff. */
@Component("termsExplainedListener")
class TermsExplainedListener implements ExecutionListener {

  private final OrderService orders;

  TermsExplainedListener(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return;
    }
    String requestNumber = SaleRecord.requestNumber(task);
    boolean requested = Vars.bool(task, "zeroTariffRequested");
    if (requested && !orders.get(requestNumber).zeroTariffMayApply()) {
      throw new FormValidationException(
          "Tarif Rp0 tidak berlaku untuk kategori dan keperluan pengguna layanan ini; hapus centang pengajuan Rp0.");
    }
    orders.recordZeroTariffRequested(requestNumber, requested, Actors.of(task));
  }
}
