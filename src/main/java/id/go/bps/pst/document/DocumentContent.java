package id.go.bps.pst.document;

/** The bytes of one stored document version with its metadata. */
public record DocumentContent(DocumentMetadata metadata, byte[] bytes) {
}
