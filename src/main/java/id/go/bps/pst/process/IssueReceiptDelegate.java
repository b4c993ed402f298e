package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.SaleRequest;
import id.go.bps.pst.payment.IssueReceipt;
import id.go.bps.pst.payment.Receipt;
import id.go.bps.pst.payment.ReceiptMethod;
import id.go.bps.pst.payment.ReceiptService;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step 15: the receipt gets the next gapless number of the unit and year and is printed. Rp0
 * orders get a receipt of Rp0 with the Rp0 basis.
 */
@Component("issueReceiptDelegate")
class IssueReceiptDelegate implements JavaDelegate {

  private final ReceiptService receipts;
  private final Receipts printer;
  private final Documents documents;
  private final OrderService orders;

  IssueReceiptDelegate(ReceiptService receipts, Receipts printer, Documents documents, OrderService orders) {
    this.receipts = receipts;
    this.printer = printer;
    this.documents = documents;
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SaleRequest request = orders.get(SaleRecord.requestNumber(execution));
    boolean zero = request.totalAmount() == 0;
    String treasurer = Vars.str(execution, "receiptIssuedBy");
    String kinds = request.lines().stream().map(l -> l.productType().name()).distinct()
        .collect(Collectors.joining(","));
    Receipt receipt = receipts.findByRequestNumber(request.requestNumber()).orElseGet(() -> receipts.issue(
        new IssueReceipt(request.requestNumber(), request.unitCode(), request.totalAmount(),
            zero ? ReceiptMethod.ZERO_TARIFF : null, kinds,
            zero ? request.zeroTariffBasis() : null, treasurer)));
    var ref = printer.print(execution, request, receipt, request.visitorName());
    orders.recordReceiptIssued(request.requestNumber(), receipt.receiptNumber(), ref.version(), false, treasurer);
  }
}
