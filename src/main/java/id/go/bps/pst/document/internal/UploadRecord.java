package id.go.bps.pst.document.internal;

import id.go.bps.pst.document.UploadStatus;
import id.go.bps.pst.document.UploadedFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored version of an uploaded file (table pst_upload). */
@Entity
@Table(name = "pst_upload")
class UploadRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "request_number", nullable = false)
  private String requestNumber;
  @Column(name = "document_code", nullable = false)
  private String documentCode;
  @Column(name = "document_name", nullable = false)
  private String documentName;
  @Column(name = "doc_version", nullable = false)
  private int version;
  @Column(name = "file_name", nullable = false)
  private String fileName;
  @Column(name = "content_type", nullable = false)
  private String contentType;
  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;
  @Column(nullable = false)
  private String sha256;
  @Column(name = "storage_key", nullable = false)
  private String storageKey;
  @Column(name = "preview_key", nullable = false)
  private String previewKey;
  @Column(name = "page_count", nullable = false)
  private int pageCount;
  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;
  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private UploadStatus status;
  @Column(name = "review_reason")
  private String reviewReason;
  @Column(name = "reviewed_by")
  private String reviewedBy;
  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  protected UploadRecord() {}

  UploadRecord(String requestNumber, String documentCode, String documentName, int version, String fileName,
      String contentType, long sizeBytes, String sha256, String storageKey, String previewKey, int pageCount,
      String uploadedBy, Instant uploadedAt) {
    this.requestNumber = requestNumber;
    this.documentCode = documentCode;
    this.documentName = documentName;
    this.version = version;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.storageKey = storageKey;
    this.previewKey = previewKey;
    this.pageCount = pageCount;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
    this.status = UploadStatus.UPLOADED;
  }

  void decide(UploadStatus status, String reason, String officer, Instant at) {
    this.status = status;
    this.reviewReason = reason;
    this.reviewedBy = officer;
    this.reviewedAt = at;
  }

  UploadedFile toFile() {
    return new UploadedFile(id, requestNumber, documentCode, documentName, version, fileName, contentType, sizeBytes,
        sha256, pageCount, uploadedBy, uploadedAt, status, reviewReason, reviewedBy, reviewedAt);
  }

  Long getId() {
    return id;
  }

  String getDocumentCode() {
    return documentCode;
  }

  int getVersion() {
    return version;
  }

  String getSha256() {
    return sha256;
  }

  String getStorageKey() {
    return storageKey;
  }

  String getPreviewKey() {
    return previewKey;
  }

  UploadStatus getStatus() {
    return status;
  }
}
