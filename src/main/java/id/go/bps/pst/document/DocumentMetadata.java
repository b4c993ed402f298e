package id.go.bps.pst.document;

import java.time.Instant;

/** Everything recorded about one stored version of a document, besides its bytes. */
public record DocumentMetadata(
    DocumentRef ref,
    String requestNumber,
    DocumentStatus status,
    Integer replacedByVersion,
    ProducedBy producedBy,
    Instant createdAt) {
}
