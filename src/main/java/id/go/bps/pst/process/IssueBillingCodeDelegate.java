package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.SaleRequest;
import id.go.bps.pst.payment.Billing;
import id.go.bps.pst.payment.BillingLine;
import id.go.bps.pst.payment.BillingPort;
import id.go.bps.pst.payment.BillingRequest;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Step 13b: issues a SIMPONI billing code for the invoice total and a new invoice version that
 * carries the code; the process then waits for the bank's payment message or the code's expiry.
 */
@Component("issueBillingCodeDelegate")
class IssueBillingCodeDelegate implements JavaDelegate {

  private final BillingPort billing;
  private final OrderService orders;
  private final Documents documents;
  private final String accountCode;

  IssueBillingCodeDelegate(BillingPort billing, OrderService orders, Documents documents,
      @Value("${pst.payment.account-code:425411}") String accountCode) {
    this.billing = billing;
    this.orders = orders;
    this.documents = documents;
    this.accountCode = accountCode;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SaleRequest request = orders.get(SaleRecord.requestNumber(execution));
    var lines = request.lines().stream()
        .map(l -> new BillingLine(accountCode, l.description(), l.amount()))
        .toList();
    Billing code = billing.issue(new BillingRequest(request.requestNumber(), request.unitCode(),
        request.visitorName(), request.totalAmount(), lines));
    // the expiry timer (Event_BillingExpired) waits for this date; the code itself lives in the billing record
    execution.setVariable("billingExpiresAt", Date.from(code.expiresAt()));
    documents.issueInvoice(execution, request, code.code(), code.expiresAt());
    orders.recordBillingCodeIssued(request.requestNumber(), code.code(), code.amount(), code.expiresAt(),
        Actors.of(execution));
  }
}
