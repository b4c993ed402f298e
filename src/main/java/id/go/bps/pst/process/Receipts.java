package id.go.bps.pst.process;

import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.document.DocumentRef;
import id.go.bps.pst.document.DocumentService;
import id.go.bps.pst.document.PaymentMethod;
import id.go.bps.pst.document.ReceiptData;
import id.go.bps.pst.identity.StaffNames;
import id.go.bps.pst.order.OrderLine;
import id.go.bps.pst.order.SaleRequest;
import id.go.bps.pst.payment.Receipt;
import id.go.bps.pst.payment.ReceiptMethod;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Maps a recorded receipt into the printed kuitansi (version 1, or the next version at a correction). */
@Component
class Receipts {

  private final DocumentService documents;
  private final StaffNames staff;
  private final UnitProperties unit;

  Receipts(DocumentService documents, StaffNames staff, UnitProperties unit) {
    this.documents = documents;
    this.staff = staff;
    this.unit = unit;
  }

  DocumentRef print(DelegateExecution execution, SaleRequest request, Receipt receipt, String payerName) {
    String forPayment = "Pembelian produk statistik permintaan " + request.requestNumber() + ": "
        + request.lines().stream().map(OrderLine::description).collect(Collectors.joining("; "));
    ReceiptData data = new ReceiptData(receipt.receiptNumber(), request.requestNumber(), payerName,
        receipt.amount(), forPayment.length() > 480 ? forPayment.substring(0, 477) + "..." : forPayment,
        method(receipt.method()), receipt.ntpn(), unit.city(), receipt.issuedAt(), fullName(receipt.issuedBy()),
        receipt.zeroTariffBasis());
    var by = Documents.producedBy(execution);
    var previous = documents.find(request.requestNumber()).stream()
        .filter(d -> d.kind() == id.go.bps.pst.document.DocumentKind.RECEIPT).findFirst();
    return documents.issue(data, previous.map(d -> d.id()).orElse(null), by);
  }

  String fullName(String userId) {
    return userId == null ? "Bendahara Penerimaan" : staff.name(userId);
  }

  private static PaymentMethod method(ReceiptMethod method) {
    return switch (method) {
      case CASH -> PaymentMethod.CASH;
      case BANK -> PaymentMethod.BANK;
      case TRANSFER -> PaymentMethod.TRANSFER;
      case ZERO_TARIFF -> PaymentMethod.ZERO_TARIFF;
    };
  }
}
