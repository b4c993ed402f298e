package id.go.bps.pst.process;

import id.go.bps.pst.document.UploadStatus;
import id.go.bps.pst.document.UploadedFile;
import id.go.bps.pst.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Step 13c (visitor): the proof of a transfer from abroad is uploaded. The step is refused until a proof is
 * stored that the treasurer has not judged yet (a rejected one must be replaced by a new upload).
 */
@Component("transferProofListener")
class TransferProofListener implements ExecutionListener, ReadsFormFields {

  /** Read from the task's form ({@link ReadsFormFields}). */
  static final String UPLOADED = "transferProofUploaded";

  private final VisitorUploads uploads;
  private final OrderService orders;

  TransferProofListener(VisitorUploads uploads, OrderService orders) {
    this.uploads = uploads;
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return;
    }
    String requestNumber = SaleRecord.requestNumber(task);
    UploadedFile proof = uploads.transferProof(requestNumber).orElseThrow(() -> new FormValidationException(
        "Unggah dulu bukti transfer (PDF, JPEG atau PNG) di bagian \"Dokumen dari Anda\", lalu kirim langkah ini."));
    if (proof.status() != UploadStatus.UPLOADED) {
      throw new FormValidationException("Bukti transfer versi " + proof.version() + " sudah "
          + (proof.rejected() ? "ditolak bendahara: " + proof.reviewReason() + ". Unggah bukti transfer yang baru"
              : "diperiksa. Unggah bukti transfer yang baru")
          + " di bagian \"Dokumen dari Anda\", lalu kirim langkah ini.");
    }
    if (!Vars.bool(task, UPLOADED)) {
      throw new FormValidationException("Centang bahwa bukti transfer sudah diunggah.");
    }
    orders.log(requestNumber, Actors.of(task), "TRANSFER_PROOF_SUBMITTED", "Bukti transfer versi " + proof.version()
        + " dikirim untuk diperiksa bendahara (SHA-256 " + proof.sha256().substring(0, 12) + "…)");
  }

  @Override
  public java.util.Set<String> formFields() {
    return java.util.Set.of(UPLOADED);
  }
}
