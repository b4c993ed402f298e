package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Step 7: the visitor's decision on the PNBP terms, the documents handed over, the data-use abstract. */
@Component("termsValidationListener")
class TermsValidationListener implements ExecutionListener {

  private final OrderService orders;

  TermsValidationListener(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return; // the step was interrupted (timer, cancellation), not completed: nothing to check
    }
    String decision = Vars.str(task, "termsDecision");
    if (!"ACCEPT".equals(decision) && !"DECLINE".equals(decision)) {
      throw new FormValidationException("Pilih apakah pengguna layanan setuju dengan ketentuan PNBP.");
    }
    String requestNumber = Vars.str(task, ProcessKeys.REQUEST_NUMBER);
    if ("DECLINE".equals(decision)) {
      orders.log(requestNumber, Actors.of(task), "TERMS_DECLINED", Vars.strOrEmpty(task, ProcessKeys.CANCEL_NOTE));
      return;
    }
    if (Vars.bool(task, ProcessKeys.HAS_MICRODATA) && Vars.strOrEmpty(task, "dataUseAbstract").length() < 20) {
      throw new FormValidationException(
          "Abstraksi penggunaan data mikro wajib diisi (paling sedikit 20 karakter) untuk permintaan data mikro.");
    }
    List<String> submitted = Vars.read(task, "documentsSubmitted", new com.fasterxml.jackson.core.type.TypeReference<>() {});
    Map<String, String> names = Vars.read(task, "requiredDocumentOptions",
            new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, String>>>() {})
        .stream().collect(Collectors.toMap(o -> o.get("value"), o -> o.get("label"), (a, b) -> a));
    String text = submitted == null || submitted.isEmpty() ? "belum ada"
        : submitted.stream().map(code -> names.getOrDefault(code, code)).collect(Collectors.joining("; "));
    task.setVariable("documentsSubmittedText", text);
    orders.log(requestNumber, Actors.of(task), "TERMS_ACCEPTED", "Dokumen diserahkan: " + text);
  }
}
