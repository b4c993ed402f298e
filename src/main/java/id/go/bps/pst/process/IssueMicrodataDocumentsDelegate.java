package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step 10 preparation for microdata: the sample of each ordered extract and the usage agreement. */
@Component("issueMicrodataDocumentsDelegate")
class IssueMicrodataDocumentsDelegate implements JavaDelegate {

  private final Documents documents;
  private final OrderService orders;

  IssueMicrodataDocumentsDelegate(Documents documents, OrderService orders) {
    this.documents = documents;
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    documents.issueMicrodataDocuments(execution, orders.get(SaleRecord.requestNumber(execution)));
  }
}
