package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Step 18: the officer's answer to the visitor's request to correct the receipt or the product. It must say what
 * was done; it is recorded (audit trail, the visitor's e-mail and portal history), and the visitor's review starts
 * afresh: the previous decision and reason are cleared, so the form shows the answer, not the old request.
 */
@Component("productCorrectionListener")
class ProductCorrectionListener implements ExecutionListener, ReadsFormFields {

  /** Read from the task's form ({@link ReadsFormFields}). */
  static final String RESULT = "productCorrectionResult";
  /** Optional: the payer's name for the reissued receipt. */
  static final String PAYER = "receiptPayer";

  private final OrderService orders;

  ProductCorrectionListener(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return;
    }
    String answer = Vars.strOrEmpty(task, RESULT);
    if (answer.length() < 5) {
      throw new FormValidationException("Tuliskan apa yang sudah diperbaiki (paling sedikit 5 karakter).");
    }
    String number = SaleRecord.requestNumber(task);
    String payer = Vars.strOrEmpty(task, PAYER).strip().replaceAll("\\s+", " ");
    if (!payer.isEmpty()) {
      // a new payer's name reaches the visitor only on a new version of the receipt
      if (!Vars.bool(task, "reissueReceipt")) {
        throw new FormValidationException("Nama pembayar baru tercetak pada kuitansi versi berikutnya: centang "
            + "\"Kuitansi perlu diterbitkan ulang\", atau kosongkan nama pembayar.");
      }
      if (payer.length() < 2) {
        throw new FormValidationException("Nama pembayar pada kuitansi paling sedikit 2 karakter.");
      }
      id.go.bps.pst.visit.GuestBookValidator.institutionProblem(payer).ifPresent(problem -> {
        throw new FormValidationException(problem.replace("Nama instansi", "Nama pembayar"));
      });
    }
    orders.recordProductCorrectionAnswered(number, answer, Actors.of(task));
    if (!payer.isEmpty()) {
      orders.recordReceiptPayer(number, payer, Actors.of(task));
    }
    task.removeVariable("productReview");
    task.removeVariable("productCorrectionReason");
    task.removeVariable(PAYER); // the next round starts empty
  }

  @Override
  public java.util.Set<String> formFields() {
    return java.util.Set.of(RESULT, PAYER);
  }
}
