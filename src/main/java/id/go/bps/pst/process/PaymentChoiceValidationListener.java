package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.payment.BillingPort;
import id.go.bps.pst.payment.BillingStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Step 13: how the visitor pays. Cash or bank; a transfer from abroad only for foreign missions and international
 * bodies (the user category recorded on the order, {@link VisitorUploads#mayPayByTransfer}); after a billing code
 * expired unpaid, the visitor may also cancel the request.
 */
@Component("paymentChoiceValidationListener")
class PaymentChoiceValidationListener implements ExecutionListener, ReadsFormFields {

  /** Read from the task's form ({@link ReadsFormFields}). */
  static final String METHOD = "paymentMethod";

  private final OrderService orders;
  private final BillingPort billing;

  PaymentChoiceValidationListener(OrderService orders, BillingPort billing) {
    this.orders = orders;
    this.billing = billing;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return;
    }
    String requestNumber = SaleRecord.requestNumber(task);
    String method = Vars.str(task, METHOD);
    boolean expired = billing.findLatest(requestNumber).map(b -> b.status() == BillingStatus.EXPIRED).orElse(false);
    String text = switch (method == null ? "" : method) {
      case "CASH" -> "tunai kepada bendahara";
      case "BANK" -> expired ? "kode billing baru (bank)" : "setoran bank dengan kode billing";
      case "TRANSFER" -> {
        if (!VisitorUploads.mayPayByTransfer(orders.get(requestNumber).userCategory())) {
          throw new FormValidationException("Transfer dari luar negeri hanya untuk perwakilan negara asing dan "
              + "lembaga internasional. Pilih cara pembayaran: tunai atau bank.");
        }
        yield "transfer dari luar negeri (bukti transfer diperiksa bendahara)";
      }
      case "CANCEL" -> {
        if (!expired) {
          throw new FormValidationException("Pilih cara pembayaran: tunai atau bank.");
        }
        yield "batal setelah kode billing kedaluwarsa";
      }
      default -> throw new FormValidationException("Pilih cara pembayaran: tunai atau bank.");
    };
    orders.log(requestNumber, Actors.of(task), "PAYMENT_METHOD_CHOSEN", "Cara pembayaran: " + text);
  }

  @Override
  public java.util.Set<String> formFields() {
    return java.util.Set.of(METHOD);
  }
}
