package id.go.bps.pst.process;

import id.go.bps.pst.common.ProductType;
import com.fasterxml.jackson.core.type.TypeReference;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.RequiredDocument;
import id.go.bps.pst.order.SaleRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Step 7: the visitor's decision on the PNBP terms, the documents handed over, the data-use abstract. */
@Component("termsValidationListener")
class TermsValidationListener implements ExecutionListener, ReadsFormFields {

  /** Read from the task's form ({@link ReadsFormFields}). */
  static final String DECISION = "termsDecision";
  /** The visitor's occupation for the usage agreement (microdata), moved into the order record. */
  static final String OCCUPATION = "visitorOccupation";
  /** The visitor's address for the usage agreement (microdata): personal data, moved into the order record. */
  static final String ADDRESS = "visitorAddress";
  /** Form fields that carry personal data: never kept in the engine's history ({@link PersonalDataHistoryFilter}). */
  static final java.util.Set<String> PERSONAL_FIELDS = java.util.Set.of(OCCUPATION, ADDRESS);

  private final OrderService orders;
  private final id.go.bps.pst.document.UploadService uploads;

  TermsValidationListener(OrderService orders, id.go.bps.pst.document.UploadService uploads) {
    this.orders = orders;
    this.uploads = uploads;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return; // the step was interrupted (timer, cancellation), not completed: nothing to check
    }
    String decision = Vars.str(task, DECISION);
    if (!"ACCEPT".equals(decision) && !"DECLINE".equals(decision)) {
      throw new FormValidationException("Pilih apakah Anda setuju dengan ketentuan PNBP.");
    }
    String requestNumber = SaleRecord.requestNumber(task);
    // personal data leaves the engine whatever the decision: read once, then only in the order record
    String occupation = Vars.strOrEmpty(task, OCCUPATION).strip();
    String address = Vars.strOrEmpty(task, ADDRESS).strip();
    task.removeVariable(OCCUPATION);
    task.removeVariable(ADDRESS);
    if ("DECLINE".equals(decision)) {
      orders.log(requestNumber, Actors.of(task), "TERMS_DECLINED", Vars.strOrEmpty(task, ProcessKeys.CANCEL_NOTE));
      return;
    }
    SaleRequest request = orders.get(requestNumber);
    boolean microdata = request.hasProductType(ProductType.MICRODATA);
    if (microdata && Vars.strOrEmpty(task, "dataUseAbstract").length() < 20) {
      throw new FormValidationException(
          "Abstraksi penggunaan data mikro wajib diisi (paling sedikit 20 karakter) untuk permintaan data mikro.");
    }
    // the usage agreement names its second party's occupation and address (microdata only): asked here once,
    // kept in the order record, never in the engine
    if (microdata) {
      id.go.bps.pst.order.AgreementParticulars known = orders.agreementParticulars(requestNumber);
      boolean recorded = known.occupation() != null && known.address() != null;
      if (!recorded || !occupation.isEmpty() || !address.isEmpty()) {
        occupationProblem(occupation).or(() -> addressProblem(address)).ifPresent(problem -> {
          throw new FormValidationException(problem);
        });
        orders.recordAgreementParticulars(requestNumber, occupation, address, Actors.of(task));
      }
    }
    List<String> submitted = Vars.read(task, "documentsSubmitted", new TypeReference<List<String>>() {});
    List<RequiredDocument> required = orders.requiredDocuments(requestNumber);
    List<String> ticked = submitted == null ? List.of() : submitted;
    if (!required.stream().map(RequiredDocument::code).toList().containsAll(ticked)) {
      throw new FormValidationException("Pilih dokumen yang diserahkan dari daftar dokumen persyaratan.");
    }
    // an uploaded (and not rejected) required document counts as handed over, ticked or not
    java.util.Set<String> codes = new java.util.LinkedHashSet<>(ticked);
    uploads.current(requestNumber).stream().filter(f -> !f.rejected()).map(id.go.bps.pst.document.UploadedFile::documentCode)
        .filter(c -> required.stream().anyMatch(d -> d.code().equals(c))).forEach(codes::add);
    orders.recordDocumentsSubmitted(requestNumber, codes);
    String text = codes.isEmpty() ? "belum ada" : required.stream().filter(d -> codes.contains(d.code()))
        .map(RequiredDocument::name).collect(Collectors.joining("; "));
    orders.log(requestNumber, Actors.of(task), "TERMS_ACCEPTED", "Dokumen diserahkan: " + text);
    // the officer's note of an earlier check was shown above this form; the next check starts empty instead of
    // offering the old verdict and note again (the audit trail and the history keep both)
    task.removeVariable("documentCheck");
    task.removeVariable("documentCheckNote");
  }

  /** The usage agreement's occupation: 2 to 200 characters (the terms step and the officer's correction). */
  static java.util.Optional<String> occupationProblem(String occupation) {
    return occupation.length() < 2 || occupation.length() > 200
        ? java.util.Optional.of(
            "Pekerjaan/jabatan wajib diisi untuk perjanjian penggunaan data mikro (2 sampai 200 karakter).")
        : java.util.Optional.empty();
  }

  /** The usage agreement's address: 10 to 500 characters (the terms step and the officer's correction). */
  static java.util.Optional<String> addressProblem(String address) {
    return address.length() < 10 || address.length() > 500
        ? java.util.Optional.of(
            "Alamat wajib diisi lengkap untuk perjanjian penggunaan data mikro (10 sampai 500 karakter).")
        : java.util.Optional.empty();
  }

  @Override
  public java.util.Set<String> formFields() {
    return java.util.Set.of(DECISION);
  }
}
