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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The receipt's two service tasks, one code path:
 * <ul>
 *   <li>{@code ${issueReceiptDelegate}}, step 15: the receipt gets the next gapless number of the unit and
 *   year and is printed (Rp0 orders get a receipt of Rp0 with the Rp0 basis); a retried job finds the
 *   receipt already recorded and prints it again;</li>
 *   <li>{@code ${reissueReceiptDelegate}}, step 18: a corrected receipt is a new version of the same receipt
 *   number; the old version is kept.</li>
 * </ul>
 */
class ReceiptDelegate implements JavaDelegate {

  private final ReceiptService receipts;
  private final Receipts printer;
  private final OrderService orders;
  private final boolean reissue;

  ReceiptDelegate(ReceiptService receipts, Receipts printer, OrderService orders, boolean reissue) {
    this.receipts = receipts;
    this.printer = printer;
    this.orders = orders;
    this.reissue = reissue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SaleRequest request = orders.get(SaleRecord.requestNumber(execution));
    String by = reissue ? Actors.of(execution) : Vars.str(execution, "receiptIssuedBy");
    Receipt receipt;
    if (reissue) {
      receipt = receipts.findByRequestNumber(request.requestNumber())
          .orElseThrow(() -> new IllegalStateException("no receipt recorded for " + request.requestNumber()));
    } else {
      // a receipt already recorded for this sale (the job run again) is returned as it is
      boolean zero = request.totalAmount() == 0;
      String kinds = request.lines().stream().map(l -> l.productType().name()).distinct()
          .collect(Collectors.joining(","));
      receipt = receipts.issue(new IssueReceipt(request.requestNumber(), request.unitCode(), request.totalAmount(),
          zero ? ReceiptMethod.ZERO_TARIFF : null, kinds, zero ? request.zeroTariffBasis() : null, by));
    }
    // the visitor's name, or the payer the officer corrected at the visitor's request (step 18)
    var ref = printer.print(execution, request, receipt, orders.receiptPayer(request.requestNumber()));
    orders.recordReceiptIssued(request.requestNumber(), receipt.receiptNumber(), ref.version(), reissue, by);
  }

  /** The two beans the model names. */
  @Configuration(proxyBeanMethods = false)
  static class Beans {

    @Bean("issueReceiptDelegate")
    ReceiptDelegate issueReceiptDelegate(ReceiptService receipts, Receipts printer, OrderService orders) {
      return new ReceiptDelegate(receipts, printer, orders, false);
    }

    @Bean("reissueReceiptDelegate")
    ReceiptDelegate reissueReceiptDelegate(ReceiptService receipts, Receipts printer, OrderService orders) {
      return new ReceiptDelegate(receipts, printer, orders, true);
    }
  }
}
