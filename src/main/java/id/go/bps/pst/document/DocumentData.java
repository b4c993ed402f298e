package id.go.bps.pst.document;

/**
 * What is printed on a generated document, one record type per {@link DocumentKind}. Issued, and
 * corrected, through the one path {@link DocumentService#issue(DocumentData, Long, ProducedBy)}.
 */
public sealed interface DocumentData permits InvoiceData, SampleData, AgreementData, ReceiptData, HandoverData {

  /** The kind of document this data prints as. */
  DocumentKind kind();

  /** The request the document belongs to. */
  String requestNumber();

  /** The document number to print on a first version, or null to take the next of the unit's series. */
  String number();
}
