package id.go.bps.pst.process;

import id.go.bps.pst.document.UploadedFile;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Step 16 for a sale with microdata: the data leave the office only against a signed, stamped usage agreement
 * that an officer has checked (step 14 stores the visitor's scan; nobody had to look at it before). The officer
 * handing over confirms the check on the hand-over form, which accepts the stored version with the officer's
 * name in the audit trail, or has accepted it already on the request's file page; a rejected agreement stops the
 * hand-over until the visitor uploads a corrected one and it is accepted.
 */
@Component("handoverValidationListener")
class HandoverValidationListener implements ExecutionListener, ReadsFormFields {

  /** The hand-over form's checkbox: "the signed agreement is checked and in order". */
  static final String AGREEMENT_ACCEPTED = "agreementAccepted";

  private final SaleRecord sales;
  private final VisitorUploads uploads;

  HandoverValidationListener(SaleRecord sales, VisitorUploads uploads) {
    this.sales = sales;
    this.uploads = uploads;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled() || !sales.hasMicrodata(task)) {
      return;
    }
    String requestNumber = SaleRecord.requestNumber(task);
    UploadedFile signed = uploads.signedAgreement(requestNumber).orElseThrow(() -> new FormValidationException(
        "Perjanjian penggunaan data mikro yang ditandatangani belum "
            + "tersimpan. Pindai dan unggah perjanjian itu di halaman berkas permintaan sebelum menyerahkan data mikro."));
    if (signed.accepted()) {
      return;
    }
    if (signed.rejected()) {
      throw new FormValidationException("Perjanjian penggunaan data mikro yang ditandatangani ditolak ("
          + signed.reviewReason() + "). Data mikro baru dapat diserahkan setelah pengguna layanan mengunggah "
          + "perjanjian yang diperbaiki dan perjanjian itu diterima.");
    }
    if (!Vars.bool(task, AGREEMENT_ACCEPTED)) {
      throw new FormValidationException("Periksa perjanjian penggunaan data mikro yang ditandatangani (halaman berkas), "
          + "lalu centang \"Perjanjian yang ditandatangani sudah saya periksa dan sesuai\" sebelum menyerahkan data "
          + "mikro. Bila tidak sesuai, tolak perjanjian itu di halaman berkas agar pengguna layanan mengunggah ulang.");
    }
    uploads.decide(requestNumber, signed.id(), true, null, Actors.of(task));
  }

  @Override
  public java.util.Set<String> formFields() {
    return java.util.Set.of(AGREEMENT_ACCEPTED);
  }
}
