package id.go.bps.pst.process;

import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.document.DocumentService;
import id.go.bps.pst.document.HandoverData;
import id.go.bps.pst.document.HandoverItem;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.RequestStatus;
import id.go.bps.pst.order.SaleRequest;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step 16: the handover record (berita acara serah terima) of the products collected. */
@Component("issueHandoverDelegate")
class IssueHandoverDelegate implements JavaDelegate {

  private final DocumentService documentService;
  private final Documents documents;
  private final Receipts receipts;
  private final OrderService orders;
  private final UnitProperties unit;
  private final Clock clock;

  IssueHandoverDelegate(DocumentService documentService, Documents documents, Receipts receipts, OrderService orders,
      UnitProperties unit, Clock clock) {
    this.documentService = documentService;
    this.documents = documents;
    this.receipts = receipts;
    this.orders = orders;
    this.unit = unit;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SaleRequest request = orders.get(Vars.str(execution, ProcessKeys.REQUEST_NUMBER));
    String officer = Vars.str(execution, "handedOverBy");
    var items = request.getLines().stream()
        .map(l -> new HandoverItem(l.getDescription(), l.getProductFormat(), l.getQuantity(), null))
        .toList();
    var ref = documentService.issueHandover(new HandoverData(request.getRequestNumber(), null, clock.instant(),
        unit.city(), receipts.fullName(officer), "Petugas PST", request.getVisitorName(), request.getInstitution(),
        Vars.str(execution, "receiptNumber"), items), Documents.producedBy(execution));
    execution.setVariable(Documents.HANDOVER_ID, ref.id());
    documents.refreshLinks(execution, request.getRequestNumber());
    orders.changeStatus(request.getRequestNumber(), RequestStatus.HANDED_OVER, "BAST " + ref.number(), officer);
  }
}
