package id.go.bps.pst.document;

import java.util.List;
import java.util.Optional;

/**
 * Generates, stores, versions and verifies the documents of a sale: invoice, microdata sample, usage
 * agreement (SPPD), receipt (kuitansi) and handover record (BAST).
 *
 * <p>One path for every kind: {@link #issue} stores version 1 of a new document number, or, given the
 * previous (valid) version, version N+1 of the same number, and marks that one REPLACED; old versions
 * are kept.
 */
public interface DocumentService {

  /**
   * Renders and stores a document of {@code data}'s kind.
   *
   * @param previousId null for a new document (version 1, numbered from {@link DocumentData#number()} or the
   *     unit's series); else the id of the valid version of the same kind and request that this one corrects
   */
  DocumentRef issue(DocumentData data, Long previousId, ProducedBy producedBy);

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
