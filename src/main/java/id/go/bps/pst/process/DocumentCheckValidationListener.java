package id.go.bps.pst.process;

import id.go.bps.pst.document.UploadService;
import id.go.bps.pst.document.UploadStatus;
import id.go.bps.pst.order.OrderService;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Steps 8-9: the officer's verdict on the documents; the officer's approval of Rp0 is recorded. The verdict
 * must agree with the officer's decisions on the uploaded files (made per file on /laporan/berkas/{number}):
 * "complete" only when no uploaded required document is still undecided or rejected. "Incomplete" sends the
 * documents back to the visitor with the note and the reasons of the rejected files (portal, screen, e-mail).
 */
@Component("documentCheckValidationListener")
class DocumentCheckValidationListener implements ExecutionListener, ReadsFormFields {

  /** Read from the task's form ({@link ReadsFormFields}). */
  static final String VERDICT = "documentCheck";

  private static final Set<String> VERDICTS = Set.of("COMPLETE", "INCOMPLETE", "REJECT");
  private static final Set<String> NOT_CHECKED_HERE = Set.of(UploadService.SIGNED_AGREEMENT, UploadService.TRANSFER_PROOF);
  private final OrderService orders;
  private final VisitorUploads uploads;

  DocumentCheckValidationListener(OrderService orders, VisitorUploads uploads) {
    this.orders = orders;
    this.uploads = uploads;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return; // the step was interrupted (timer, cancellation), not completed: nothing to check
    }
    String verdict = Vars.str(task, VERDICT);
    if (verdict == null || !VERDICTS.contains(verdict)) {
      throw new FormValidationException("Pilih hasil pemeriksaan dokumen.");
    }
    String note = Vars.strOrEmpty(task, "documentCheckNote");
    String requestNumber = SaleRecord.requestNumber(task);
    List<VisitorUploads.Slot> files = uploads.slots(requestNumber).stream()
        .filter(s -> s.current() != null && !NOT_CHECKED_HERE.contains(s.code())).toList();
    List<VisitorUploads.Slot> undecided = files.stream().filter(s -> s.current().status() == UploadStatus.UPLOADED).toList();
    List<VisitorUploads.Slot> rejected = files.stream().filter(s -> s.current().rejected()).toList();
    if ("COMPLETE".equals(verdict) && !undecided.isEmpty()) {
      throw new FormValidationException("Berkas berikut belum diperiksa: " + names(undecided)
          + ". Terima atau tolak setiap berkas di halaman berkas permintaan (/laporan/berkas/" + requestNumber
          + "), lalu selesaikan langkah ini.");
    }
    if ("COMPLETE".equals(verdict) && !rejected.isEmpty()) {
      throw new FormValidationException("Berkas berikut ditolak: " + names(rejected)
          + ". Pilih \"Belum lengkap\" agar pengguna layanan mengunggah ulang.");
    }
    if ("INCOMPLETE".equals(verdict) && !rejected.isEmpty()) {
      String reasons = rejected.stream().map(s -> s.name() + ": " + s.current().reviewReason())
          .collect(Collectors.joining("; "));
      note = (note.isBlank() ? "" : note + "\n") + "Berkas ditolak: " + reasons;
      task.setVariable("documentCheckNote", note);
    }
    if (!"COMPLETE".equals(verdict) && note.length() < 5) {
      throw new FormValidationException("Tulis catatan untuk pengguna layanan: dokumen apa yang kurang atau mengapa ditolak.");
    }
    String officer = Actors.of(task);
    if ("COMPLETE".equals(verdict)) {
      orders.recordZeroTariffApproval(requestNumber, Vars.bool(task, "zeroTariffApproved"), officer);
    }
    if ("REJECT".equals(verdict)) {
      task.setVariable(ProcessKeys.CANCEL_NOTE, note);
    }
    if ("INCOMPLETE".equals(verdict)) {
      orders.recordDocumentsReturned(requestNumber, note, officer); // the visitor is told (portal, e-mail)
      // the visitor decides on the terms again, from an empty choice; this round's stays in the history
      task.removeVariable("termsDecision");
    } else {
      orders.log(requestNumber, officer, "DOCUMENTS_" + verdict, note.isEmpty() ? null : note);
    }
  }

  private static String names(List<VisitorUploads.Slot> slots) {
    return slots.stream().map(VisitorUploads.Slot::name).collect(Collectors.joining("; "));
  }

  @Override
  public java.util.Set<String> formFields() {
    return java.util.Set.of(VERDICT);
  }
}
