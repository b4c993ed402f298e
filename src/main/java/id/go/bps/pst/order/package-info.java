/**
 * Module {@code order}: the sale request, its lines, status and audit trail.
 *
 * <p>Public face: {@link id.go.bps.pst.order.OrderService} (register, price, record the sale's milestones)
 * and the sale's typed events, subtypes of {@link id.go.bps.pst.order.SaleEvent}
 * ({@link id.go.bps.pst.order.RequestRegistered}, {@link id.go.bps.pst.order.InvoiceIssued},
 * {@link id.go.bps.pst.order.InvoiceCorrectionAnswered}, {@link id.go.bps.pst.order.BillingCodeIssued},
 * {@link id.go.bps.pst.order.ReceiptIssued}, {@link id.go.bps.pst.order.ProductHandedOver},
 * {@link id.go.bps.pst.order.ProductAccepted}, {@link id.go.bps.pst.order.SaleCancelled}). Other modules react
 * to the events (the mails in the publishing transaction, the download links with
 * {@code @ApplicationModuleListener} after it); the audit trail's sentences are for people and no
 * module reads them.
 *
 * <p>Reads return immutable records: {@link id.go.bps.pst.order.SaleRequest} with its
 * {@link id.go.bps.pst.order.OrderLine}s, {@link id.go.bps.pst.order.SaleRequestSummary} (lists),
 * {@link id.go.bps.pst.order.RequestEvent} (audit trail), {@link id.go.bps.pst.order.RequiredDocument}. A record is a
 * snapshot: after a change through {@code OrderService}, read the request again. The JPA entities and their
 * Spring Data repositories live in {@code order.internal}, which no other module may use.
 */
package id.go.bps.pst.order;
