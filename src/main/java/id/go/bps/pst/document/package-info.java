/**
 * Module {@code document}: the papers of a sale, generated, stored, versioned and verifiable.
 *
 * <p>Public face: {@link id.go.bps.pst.document.DocumentService} (issue, correct, cancel, find, open,
 * verify), the input records ({@link id.go.bps.pst.document.InvoiceData},
 * {@link id.go.bps.pst.document.SampleData}, {@link id.go.bps.pst.document.AgreementData},
 * {@link id.go.bps.pst.document.ReceiptData}, {@link id.go.bps.pst.document.HandoverData}), the result
 * {@link id.go.bps.pst.document.DocumentRef} (process variables keep its id, never bytes),
 * {@link id.go.bps.pst.document.Terbilang}, and the storage port {@link id.go.bps.pst.document.DocumentStore}.
 * Everything in {@code internal} is private to the module.
 *
 * <p>Web: public {@code GET /verifikasi/{code}} (QR target); staff {@code GET /api/documents/{id}/content}
 * and {@code GET /api/requests/{requestNumber}/documents}.
 *
 * <p>Configuration: {@code pst.documents.storage-directory} (default ./data/documents),
 * {@code pst.documents.sample-rows} (default 10), {@code pst.documents.store} (default filesystem), the
 * letterhead from {@code pst.unit.*} and the QR link base from {@code pst.public-base-url}.
 */
package id.go.bps.pst.document;
