package id.go.bps.pst.document;

import java.util.List;
import java.util.Optional;

/**
 * Generates, stores, versions and verifies the documents of a sale: invoice, microdata sample, usage
 * agreement (SPPD), receipt (kuitansi) and handover record (BAST).
 *
 * <p>{@code issue...} stores version 1 of a new document number. {@code correct...} stores version N+1
 * of the same number as the given (valid) version and marks that one REPLACED; old versions are kept.
 */
public interface DocumentService {

  DocumentRef issueInvoice(InvoiceData data, ProducedBy producedBy);

  DocumentRef correctInvoice(long previousId, InvoiceData data, ProducedBy producedBy);

  DocumentRef issueMicrodataSample(SampleData data, ProducedBy producedBy);

  DocumentRef correctMicrodataSample(long previousId, SampleData data, ProducedBy producedBy);

  DocumentRef issueUsageAgreement(AgreementData data, ProducedBy producedBy);

  DocumentRef correctUsageAgreement(long previousId, AgreementData data, ProducedBy producedBy);

  DocumentRef issueReceipt(ReceiptData data, ProducedBy producedBy);

  DocumentRef correctReceipt(long previousId, ReceiptData data, ProducedBy producedBy);

  DocumentRef issueHandover(HandoverData data, ProducedBy producedBy);

  DocumentRef correctHandover(long previousId, HandoverData data, ProducedBy producedBy);

  /** Cancels a valid document version without replacement. */
  void cancel(long id, String reason, ProducedBy producedBy);

  /** The current (valid) documents of a request. */
  List<DocumentRef> find(String requestNumber);

  /** Every stored version of every document of a request, oldest first (for auditors). */
  List<DocumentMetadata> history(String requestNumber);

  /** The bytes and metadata of one version; {@link DocumentNotFoundException} if unknown. */
  DocumentContent open(long id);

  /** What the public verification page shows for a verification code. */
  Optional<DocumentVerification> verify(String verificationCode);
}
