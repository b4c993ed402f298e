package id.go.bps.pst.process;

import id.go.bps.pst.document.UploadedFile;
import id.go.bps.pst.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Step 14: the signed, stamped usage agreement is stored: uploaded by the visitor (portal, visitor screen)
 * or scanned by the officer at the counter; the step waits until it is, and refuses a rejected one.
 */
@Component("agreementValidationListener")
class AgreementValidationListener implements ExecutionListener, ReadsFormFields {

  /** Read from the task's form ({@link ReadsFormFields}). */
  static final String SIGNED = "agreementSigned";
  static final String DUTY_STAMP = "dutyStampAffixed";

  private final OrderService orders;
  private final VisitorUploads uploads;

  AgreementValidationListener(OrderService orders, VisitorUploads uploads) {
    this.orders = orders;
    this.uploads = uploads;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return;
    }
    if (!Vars.bool(task, SIGNED) || !Vars.bool(task, DUTY_STAMP)) {
      throw new FormValidationException(
          "Konfirmasikan bahwa perjanjian sudah ditandatangani, bermeterai, dan diserahkan kepada petugas PST.");
    }
    String requestNumber = SaleRecord.requestNumber(task);
    UploadedFile signed = uploads.signedAgreement(requestNumber)
        .orElseThrow(() -> new FormValidationException("Unggah pindaian perjanjian yang sudah ditandatangani dan "
            + "bermeterai (bagian \"Dokumen dari Anda\"), atau serahkan kepada petugas untuk dipindai di loket; "
            + "setelah itu kirim langkah ini."));
    if (signed.rejected()) {
      throw new FormValidationException("Perjanjian yang diunggah ditolak petugas: " + signed.reviewReason()
          + ". Unggah perjanjian yang sudah diperbaiki, lalu kirim langkah ini.");
    }
    orders.log(requestNumber, Actors.of(task), "AGREEMENT_SIGNED",
        "Perjanjian penggunaan data ditandatangani dan bermeterai (berkas versi " + signed.version() + ", SHA-256 "
            + signed.sha256().substring(0, 12) + "…)");
  }

  @Override
  public java.util.Set<String> formFields() {
    return java.util.Set.of(SIGNED, DUTY_STAMP);
  }
}
