package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step 10 preparation: prices the (possibly corrected) cart again and issues the invoice, as
 * version 1 or as the next version after a correction. Runs after an async continuation, so a
 * failure is a retriable incident and the officer's completed task stays completed.
 */
@Component("issueInvoiceDelegate")
class IssueInvoiceDelegate implements JavaDelegate {

  private final Pricing pricing;
  private final Documents documents;
  private final OrderService orders;

  IssueInvoiceDelegate(Pricing pricing, Documents documents, OrderService orders) {
    this.pricing = pricing;
    this.documents = documents;
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String actor = Actors.of(execution);
    String requestNumber = SaleRecord.requestNumber(execution);
    pricing.priceAndStore(execution, requestNumber, actor);
    var ref = documents.issueInvoice(execution, orders.get(requestNumber), null, null);
    orders.recordInvoiceIssued(requestNumber, ref.number(), ref.version(), actor);
  }
}
