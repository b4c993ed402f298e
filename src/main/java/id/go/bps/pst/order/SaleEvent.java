package id.go.bps.pst.order;

import java.time.Instant;

/**
 * A milestone of a sale, published by {@link OrderService} as a Spring application event in the
 * transaction that records it. Other modules react to these typed events: the mails in the same transaction
 * just before it commits, other work (download links) with Spring Modulith's
 * {@code @ApplicationModuleListener} after the commit, recorded in the event publication registry;
 * the audit trail is one more listener of them ({@code AuditTrail}, in the same transaction), so its
 * Indonesian sentences can be reworded without changing what other modules do.
 */
public sealed interface SaleEvent permits RequestRegistered, InvoiceIssued, InvoiceCorrectionAnswered, ProductCorrectionAnswered,
    BillingCodeIssued, DocumentsReturned, TransferProofReturned, ReceiptIssued, ProductHandedOver, ProductAccepted, SaleCancelled {

  String requestNumber();

  /** Who did it (a user id, or {@code system}). */
  String actor();

  Instant occurredAt();
}
