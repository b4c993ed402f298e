package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.SaleRequest;
import id.go.bps.pst.payment.ReceiptService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step 18: a corrected receipt is a new version of the same receipt number; the old one is kept. */
@Component("reissueReceiptDelegate")
class ReissueReceiptDelegate implements JavaDelegate {

  private final ReceiptService receipts;
  private final Receipts printer;
  private final Documents documents;
  private final OrderService orders;

  ReissueReceiptDelegate(ReceiptService receipts, Receipts printer, Documents documents, OrderService orders) {
    this.receipts = receipts;
    this.printer = printer;
    this.documents = documents;
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SaleRequest request = orders.get(SaleRecord.requestNumber(execution));
    var receipt = receipts.findByRequestNumber(request.requestNumber()).orElseThrow(
        () -> new IllegalStateException("no receipt recorded for " + request.requestNumber()));
    var ref = printer.print(execution, request, receipt, request.visitorName());
    orders.recordReceiptIssued(request.requestNumber(), receipt.receiptNumber(), ref.version(), true,
        Actors.of(execution));
  }
}
