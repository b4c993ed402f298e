package id.go.bps.pst.process;

import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.document.DocumentService;
import id.go.bps.pst.document.HandoverData;
import id.go.bps.pst.document.HandoverItem;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.SaleRequest;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step 16: the handover record (berita acara serah terima) of the products collected. */
@Component("issueHandoverDelegate")
class IssueHandoverDelegate implements JavaDelegate {

  private final DocumentService documentService;
  private final Receipts printer;
  private final id.go.bps.pst.payment.ReceiptService receipts;
  private final OrderService orders;
  private final UnitProperties unit;
  private final Clock clock;

  IssueHandoverDelegate(DocumentService documentService, Receipts printer,
      id.go.bps.pst.payment.ReceiptService receipts, OrderService orders, UnitProperties unit, Clock clock) {
    this.printer = printer;
    this.documentService = documentService;
    this.receipts = receipts;
    this.orders = orders;
    this.unit = unit;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SaleRequest request = orders.get(SaleRecord.requestNumber(execution));
    String officer = Vars.str(execution, "handedOverBy");
    var items = request.lines().stream()
        .map(l -> new HandoverItem(l.description(), formatOf(l), l.quantity(), null))
        .toList();
    var ref = documentService.issue(new HandoverData(request.requestNumber(), null, clock.instant(),
        unit.city(), printer.fullName(officer), "Petugas PST", request.visitorName(), request.institution(),
        receipts.findByRequestNumber(request.requestNumber()).map(r -> r.receiptNumber()).orElse(null), items),
        null, Documents.producedBy(execution));
    orders.recordHandover(request.requestNumber(), ref.number(), officer);
  }

  /** The form a line is handed over in, as the record names it (it once printed "SOFTCOPY", or nothing). */
  static String formatOf(id.go.bps.pst.order.OrderLine line) {
    if (line.productFormat() != null && !line.productFormat().isBlank()) {
      try {
        return id.go.bps.pst.catalog.PublicationFormat.valueOf(line.productFormat()).label();
      } catch (IllegalArgumentException unknown) {
        return line.productFormat();
      }
    }
    return switch (line.productType().delivery()) {
      case EXTRACT_CSV -> "Berkas CSV (unduhan)";
      case GENERATED_PDF -> "Berkas PDF (unduhan)";
    };
  }
}
