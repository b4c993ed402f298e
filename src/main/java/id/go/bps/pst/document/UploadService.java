package id.go.bps.pst.document;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Files the visitor or an officer uploads for a request: the required documents, the signed usage
 * agreement, the proof of a foreign transfer. Checked by content (PDF, JPEG, PNG only), size-limited,
 * never empty, the name sanitised; stored outside the web root with SHA-256 and a version per
 * (request, document type); the same file twice for one type is kept once. A PNG page image is rendered
 * when the file is stored, so staff never open the raw file inline.
 */
public interface UploadService {

  /** Document type of the signed usage agreement (step 14). */
  String SIGNED_AGREEMENT = "SIGNED_AGREEMENT";
  /** Document type of the proof of a foreign bank transfer. */
  String TRANSFER_PROOF = "TRANSFER_PROOF";

  /**
   * Checks and stores a new version; throws {@link UploadRefusedException} (nothing stored) when the file
   * is empty, too large, not a PDF/JPEG/PNG by content, unreadable, badly named, or the same as a version
   * already stored for this document type.
   */
  UploadedFile upload(String requestNumber, String documentCode, String documentName, String originalFileName,
      byte[] bytes, String uploadedBy);

  /** The officer accepts or rejects (with a reason) the current version of a document type. */
  UploadedFile decide(String requestNumber, long uploadId, boolean accept, String reason, String officer);

  /** The current (latest) version of every document type of the request. */
  List<UploadedFile> current(String requestNumber);

  /** Every version of every document type of the request, oldest first. */
  List<UploadedFile> history(String requestNumber);

  /** One version, only within the given request. */
  Optional<UploadedFile> find(String requestNumber, long uploadId);

  /** The original bytes (to be served only as an attachment). */
  byte[] content(String requestNumber, long uploadId);

  /** The PNG image of the first page (PDF) or of the scaled image, rendered when the file was stored. */
  byte[] preview(String requestNumber, long uploadId);

  /** Removes the files and rows of uploads made before the cutoff (retention); returns how many. */
  int removeUploadedBefore(Instant cutoff);
}
