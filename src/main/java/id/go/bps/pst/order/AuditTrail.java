package id.go.bps.pst.order;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The audit trail's sentences for the sale's milestones. A listener of the typed {@link SaleEvent}s in
 * the publishing transaction (the entry commits or rolls back with the step); no other module reads
 * these sentences, so they can be reworded freely. The action codes stay stable for the reports.
 */
@Component
class AuditTrail {

  private final OrderService orders;

  AuditTrail(OrderService orders) {
    this.orders = orders;
  }

  @EventListener
  void on(SaleEvent event) {
    String action;
    String detail;
    if (event instanceof RequestRegistered e) {
      action = "REGISTERED";
      detail = "Buku tamu dicatat, antrian " + e.ticketNumber();
    } else if (event instanceof InvoiceIssued e) {
      action = status(RequestStatus.INVOICED);
      detail = "Invoice " + e.invoiceNumber() + " versi " + e.version();
    } else if (event instanceof InvoiceCorrectionAnswered e) {
      action = "INVOICE_CORRECTION_HANDLED";
      detail = e.answer();
    } else if (event instanceof ProductCorrectionAnswered e) {
      action = "PRODUCT_CORRECTION_HANDLED";
      detail = e.answer();
    } else if (event instanceof DocumentsReturned e) {
      action = "DOCUMENTS_INCOMPLETE";
      detail = e.note();
    } else if (event instanceof TransferProofReturned e) {
      action = "TRANSFER_REJECTED";
      detail = e.reason();
    } else if (event instanceof BillingCodeIssued e) {
      action = status(RequestStatus.AWAITING_PAYMENT);
      detail = "Kode billing " + e.billingCode();
    } else if (event instanceof ReceiptIssued e) {
      action = e.reissue() ? "RECEIPT_REISSUED" : status(RequestStatus.RECEIPTED);
      detail = "Kuitansi " + e.receiptNumber() + (e.reissue() ? " versi " + e.version() : "");
    } else if (event instanceof ProductHandedOver e) {
      action = status(RequestStatus.HANDED_OVER);
      detail = "BAST " + e.handoverNumber();
    } else if (event instanceof ProductAccepted) {
      action = "PRODUCT_REVIEW_OK";
      detail = null;
    } else if (event instanceof SaleCancelled e) {
      action = status(RequestStatus.CANCELLED);
      detail = e.reason() == null ? RequestStatus.CANCELLED.label() : e.reason();
    } else {
      throw new IllegalArgumentException("no audit sentence for " + event.getClass().getSimpleName());
    }
    orders.audit(event.requestNumber(), event.actor(), action, detail);
  }

  private static String status(RequestStatus status) {
    return "STATUS_" + status.name();
  }
}
