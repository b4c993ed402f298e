package id.go.bps.pst.document;

/**
 * A reference to one stored version of a document: what process variables and other modules keep
 * (the id, usually), never the bytes.
 */
public record DocumentRef(
    long id,
    DocumentKind kind,
    String number,
    int version,
    String sha256,
    String verificationCode,
    String fileName,
    String contentType,
    long size) {
}
