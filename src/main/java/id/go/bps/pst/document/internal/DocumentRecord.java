package id.go.bps.pst.document.internal;

import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.DocumentMetadata;
import id.go.bps.pst.document.DocumentRef;
import id.go.bps.pst.document.DocumentStatus;
import id.go.bps.pst.document.DocumentVerification;
import id.go.bps.pst.document.ProducedBy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored version of a document (table pst_document). */
@Entity
@Table(name = "pst_document")
public class DocumentRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "doc_kind", nullable = false)
  private DocumentKind kind;

  @Column(name = "request_number", nullable = false)
  private String requestNumber;

  @Column(name = "document_number", nullable = false)
  private String documentNumber;

  @Column(name = "doc_version", nullable = false)
  private int version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DocumentStatus status;

  @Column(name = "replaced_by_version")
  private Integer replacedByVersion;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "verification_code", nullable = false)
  private String verificationCode;

  @Column(name = "storage_key", nullable = false)
  private String storageKey;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "holder_name")
  private String holderName;

  private Long amount;

  @Column(name = "document_date", nullable = false)
  private Instant documentDate;

  @Column(name = "produced_by_task")
  private String producedByTask;

  @Column(name = "produced_by_user")
  private String producedByUser;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  @Column(name = "status_changed_by")
  private String statusChangedBy;

  @Column(name = "status_reason")
  private String statusReason;

  protected DocumentRecord() {
  }

  DocumentRecord(DocumentKind kind, String requestNumber, String documentNumber, int version) {
    this.kind = kind;
    this.requestNumber = requestNumber;
    this.documentNumber = documentNumber;
    this.version = version;
    this.status = DocumentStatus.VALID;
  }

  void content(String storageKey, RenderedFile file, String sha256, String verificationCode) {
    this.storageKey = storageKey;
    this.fileName = file.fileName();
    this.contentType = file.contentType();
    this.size = file.bytes().length;
    this.sha256 = sha256;
    this.verificationCode = verificationCode;
  }

  void subject(String holderName, Long amount, Instant documentDate) {
    this.holderName = holderName;
    this.amount = amount;
    this.documentDate = documentDate;
  }

  void producedBy(ProducedBy by, Instant at) {
    this.producedByTask = by.taskId();
    this.producedByUser = by.userId();
    this.createdAt = at;
  }

  void replacedBy(int newVersion, ProducedBy by, Instant at) {
    requireValid();
    this.status = DocumentStatus.REPLACED;
    this.replacedByVersion = newVersion;
    statusChange(by, at, "Diganti oleh versi " + newVersion);
  }

  void cancel(String reason, ProducedBy by, Instant at) {
    requireValid();
    this.status = DocumentStatus.CANCELLED;
    statusChange(by, at, reason);
  }

  private void requireValid() {
    if (status != DocumentStatus.VALID) {
      throw new IllegalStateException("document " + id + " is " + status + ", not VALID");
    }
  }

  private void statusChange(ProducedBy by, Instant at, String reason) {
    this.statusChangedAt = at;
    this.statusChangedBy = by.userId() != null ? by.userId() : by.taskId();
    this.statusReason = reason;
  }

  DocumentRef toRef() {
    return new DocumentRef(id, kind, documentNumber, version, sha256, verificationCode, fileName, contentType,
        size);
  }

  DocumentMetadata toMetadata() {
    ProducedBy by = new ProducedBy(producedByTask, producedByUser);
    return new DocumentMetadata(toRef(), requestNumber, status, replacedByVersion, by, createdAt);
  }

  DocumentVerification toVerification() {
    return new DocumentVerification(kind, documentNumber, version, documentDate, amount, status,
        replacedByVersion, holderName, DocumentUnit.codeOf(requestNumber));
  }

  Long getId() {
    return id;
  }

  DocumentKind getKind() {
    return kind;
  }

  String getRequestNumber() {
    return requestNumber;
  }

  String getDocumentNumber() {
    return documentNumber;
  }

  int getVersion() {
    return version;
  }

  DocumentStatus getStatus() {
    return status;
  }

  String getStorageKey() {
    return storageKey;
  }
}
