package id.go.bps.pst.process;

import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.DocumentService;
import id.go.bps.pst.document.UploadRefusedException;
import id.go.bps.pst.document.UploadService;
import id.go.bps.pst.document.UploadedFile;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.RequiredDocument;
import id.go.bps.pst.order.SaleRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which files a request takes and where each stands: the required documents (DMN {@code required-documents},
 * recorded per request), the signed usage agreement once the agreement was issued (microdata), and the proof
 * of a foreign transfer for foreign missions and international bodies. Uploads and the officer's decisions go
 * through here so that the audit trail of the request records them; the visitor's surfaces and the officer's
 * page use it, the document check and the agreement step read it.
 */
@Component
public class VisitorUploads {

  /**
   * The user categories that may pay from abroad by bank transfer (payment method TRANSFER): foreign missions and
   * international bodies, who cannot pay a SIMPONI billing code from abroad. Everybody else pays cash or with a
   * billing code, the state's own channel for PNBP.
   */
  private static final Set<String> FOREIGN = Set.of("FOREIGN_MISSION", "INTERNATIONAL_BODY");

  /** Whether a visitor of this user category may choose "Transfer dari luar negeri" and upload its proof. */
  public static boolean mayPayByTransfer(String userCategory) {
    return userCategory != null && FOREIGN.contains(userCategory);
  }

  /** The current proof of transfer of the request, if any was uploaded. */
  @Transactional(readOnly = true)
  public java.util.Optional<UploadedFile> transferProof(String requestNumber) {
    return current(requestNumber, UploadService.TRANSFER_PROOF);
  }

  /** The current version of the signed microdata usage agreement (step 14), if one was stored. */
  @Transactional(readOnly = true)
  public java.util.Optional<UploadedFile> signedAgreement(String requestNumber) {
    return current(requestNumber, UploadService.SIGNED_AGREEMENT);
  }

  private java.util.Optional<UploadedFile> current(String requestNumber, String documentCode) {
    return uploads.current(requestNumber).stream().filter(f -> documentCode.equals(f.documentCode())).findFirst();
  }

  /**
   * One document type of the request and its current file.
   *
   * @param required whether the document check needs it accepted
   * @param current the latest version, or null when nothing was uploaded yet
   * @param versions how many versions were stored
   */
  public record Slot(String code, String name, boolean required, String hint, UploadedFile current, int versions,
      boolean handedOverOnPaper) {

    /** "belum diunggah", "diserahkan di loket (kertas)", "diunggah", "diterima" or "ditolak". */
    public String statusLabel() {
      if (current == null) {
        return handedOverOnPaper ? "diserahkan di loket (kertas)" : "belum diunggah";
      }
      return current.status().label();
    }

    /** A CSS-friendly status word: NONE, PAPER, UPLOADED, ACCEPTED, REJECTED. */
    public String statusCode() {
      return current == null ? (handedOverOnPaper ? "PAPER" : "NONE") : current.status().name();
    }
  }

  private final UploadService uploads;
  private final OrderService orders;
  private final DocumentService documents;

  VisitorUploads(UploadService uploads, OrderService orders, DocumentService documents) {
    this.uploads = uploads;
    this.orders = orders;
    this.documents = documents;
  }

  /** The request's document types in order: required documents, then the agreement and the transfer proof. */
  @Transactional(readOnly = true)
  public List<Slot> slots(String requestNumber) {
    SaleRequest request = orders.find(requestNumber).orElse(null);
    if (request == null) {
      return List.of();
    }
    List<UploadedFile> all = uploads.history(requestNumber);
    Map<String, UploadedFile> current = all.stream().collect(Collectors.toMap(UploadedFile::documentCode,
        Function.identity(), (a, b) -> b.version() > a.version() ? b : a));
    Map<String, Long> versions = all.stream()
        .collect(Collectors.groupingBy(UploadedFile::documentCode, Collectors.counting()));
    List<Slot> slots = new ArrayList<>();
    for (RequiredDocument d : orders.requiredDocuments(requestNumber)) {
      slots.add(slot(d.code(), d.name(), true, "PDF, JPEG atau PNG", current, versions, d.submitted()));
    }
    if (request.hasProductType(id.go.bps.pst.common.ProductType.MICRODATA) && (current.containsKey(UploadService.SIGNED_AGREEMENT)
        || documents.find(requestNumber).stream().anyMatch(d -> d.kind() == DocumentKind.USAGE_AGREEMENT))) {
      slots.add(slot(UploadService.SIGNED_AGREEMENT, "Perjanjian penggunaan data mikro yang sudah ditandatangani",
          true, "pindaian perjanjian yang ditandatangani dan bermeterai (PDF, JPEG atau PNG)", current, versions, false));
    }
    if (FOREIGN.contains(request.userCategory()) || current.containsKey(UploadService.TRANSFER_PROOF)) {
      slots.add(slot(UploadService.TRANSFER_PROOF, "Bukti transfer dari luar negeri", false,
          "hanya bila membayar dengan transfer bank dari luar negeri", current, versions, false));
    }
    return slots;
  }

  /** True while files may be uploaded and decided: the request is neither completed nor cancelled. */
  @Transactional(readOnly = true)
  public boolean open(String requestNumber) {
    return orders.find(requestNumber).map(r -> r.status() != id.go.bps.pst.order.RequestStatus.CANCELLED
        && r.status() != id.go.bps.pst.order.RequestStatus.COMPLETED).orElse(false);
  }

  /** The slot of one document type, if the request takes it. */
  public java.util.Optional<Slot> slot(String requestNumber, String code) {
    return slots(requestNumber).stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /**
   * Stores a file for one of the request's document types and records it in the audit trail. Refused
   * ({@link UploadRefusedException}) when the sale has ended or the request does not take this type.
   *
   * @param uploadedBy the officer's user id, or {@link Actors#VISITOR_PORTAL} / {@link Actors#VISITOR_COUNTER}
   */
  @Transactional
  public UploadedFile upload(String requestNumber, String code, String originalFileName, byte[] bytes,
      String uploadedBy) {
    Slot slot = slot(requestNumber, code).orElseThrow(() -> new UploadRefusedException(
        UploadRefusedException.Reason.UNKNOWN_TYPE, "Dokumen ini tidak diminta untuk permintaan " + requestNumber + "."));
    if (!open(requestNumber)) {
      throw new UploadRefusedException(UploadRefusedException.Reason.NOT_ALLOWED,
          "Permintaan ini sudah selesai atau dibatalkan; berkas tidak dapat diunggah lagi.");
    }
    UploadedFile file = uploads.upload(requestNumber, code, slot.name(), originalFileName, bytes, uploadedBy);
    orders.log(requestNumber, uploadedBy, "UPLOAD", slot.name() + " versi " + file.version() + " diunggah ("
        + file.fileName() + ", SHA-256 " + file.sha256().substring(0, 12) + "…)");
    return file;
  }

  /** The officer accepts or rejects the current version of a document type; recorded in the audit trail. */
  @Transactional
  public UploadedFile decide(String requestNumber, long uploadId, boolean accept, String reason, String officer) {
    if (!open(requestNumber)) {
      throw new UploadRefusedException(UploadRefusedException.Reason.NOT_ALLOWED,
          "Permintaan ini sudah selesai atau dibatalkan; keputusan atas berkas tidak dapat diubah lagi.");
    }
    Optional<UploadedFile> before = uploads.find(requestNumber, uploadId);
    if (before.filter(f -> accept ? f.accepted() : f.rejected() && java.util.Objects.equals(f.reviewReason(),
        reason == null ? null : reason.strip())).isPresent()) {
      return before.get(); // the same decision again (a second click): nothing changes, nothing to record
    }
    UploadedFile file = uploads.decide(requestNumber, uploadId, accept, reason, officer);
    orders.log(requestNumber, officer, accept ? "UPLOAD_ACCEPTED" : "UPLOAD_REJECTED", file.documentName()
        + " versi " + file.version() + (accept ? " diterima" : " ditolak: " + file.reviewReason()));
    return file;
  }

  private static Slot slot(String code, String name, boolean required, String hint, Map<String, UploadedFile> current,
      Map<String, Long> versions, boolean onPaper) {
    return new Slot(code, name, required, hint, current.get(code), versions.getOrDefault(code, 0L).intValue(), onPaper);
  }
}
