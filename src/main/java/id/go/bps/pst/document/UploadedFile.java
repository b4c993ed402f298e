package id.go.bps.pst.document;

import java.time.Instant;

/**
 * One stored version of a file uploaded for a request.
 *
 * @param documentCode the document type: a code of the request's required documents (DMN
 *     {@code required-documents}), {@link UploadService#SIGNED_AGREEMENT} or {@link UploadService#TRANSFER_PROOF}
 * @param fileName the sanitised name, with the extension of the detected type
 * @param uploadedBy the officer's user id, or the visitor's surface ("pengguna layanan (portal)")
 */
public record UploadedFile(
    long id,
    String requestNumber,
    String documentCode,
    String documentName,
    int version,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    int pageCount,
    String uploadedBy,
    Instant uploadedAt,
    UploadStatus status,
    String reviewReason,
    String reviewedBy,
    Instant reviewedAt) {

  public boolean accepted() {
    return status == UploadStatus.ACCEPTED;
  }

  public boolean rejected() {
    return status == UploadStatus.REJECTED;
  }
}
