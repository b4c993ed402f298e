package id.go.bps.pst.process;

import id.go.bps.pst.identity.WithoutAuthentication;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * A running sale cancelled by the unit's coordinator (supervisor) with a reason, e.g. when the visitor phones to
 * say they no longer want it: the model's own cancellation (message {@code RequestCancellation}, its event
 * sub-process records the reason, closes an active billing code, leaves the queue and, when the sale was paid,
 * asks the coordinator's refund decision). The engine's message API stays for administrators only; this is the
 * coordinator's way, checked here (the caller checks the role and the unit).
 */
@Service
public class SaleCancellation {

  private static final Pattern MARKUP = Pattern.compile("[<>{}]");

  private final RuntimeService runtime;
  private final IdentityService identity;

  SaleCancellation(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  /** Refused (with a message for the coordinator) when the reason will not do or the sale no longer runs. */
  public static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }

  /** Whether the sale still runs, so that it can be cancelled. */
  public boolean cancellable(String requestNumber) {
    return runningSale(requestNumber).isPresent();
  }

  public void cancel(String requestNumber, String reason, String supervisor) {
    String why = reason == null ? "" : reason.strip();
    if (why.length() < 5 || why.length() > 500) {
      throw new Refused("Tulis alasan pembatalan (5-500 karakter); alasan ini dicatat dan tampil di portal pengguna "
          + "layanan.");
    }
    if (MARKUP.matcher(why).find()) {
      throw new Refused("Alasan pembatalan tidak boleh berisi tanda < > { }.");
    }
    var sale = runningSale(requestNumber).orElseThrow(() -> new Refused("Permintaan " + requestNumber
        + " tidak sedang berjalan (sudah selesai atau dibatalkan): tidak ada yang dapat dibatalkan."));
    WithoutAuthentication.run(identity, () -> runtime.createMessageCorrelation(ProcessKeys.MESSAGE_CANCELLATION)
        .processInstanceId(sale.getId())
        .setVariable(ProcessKeys.CANCEL_NOTE, why)
        .setVariable("cancelledBy", supervisor)
        .correlateAll());
  }

  private java.util.Optional<org.camunda.bpm.engine.runtime.ProcessInstance> runningSale(String requestNumber) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.PROCESS_KEY)
        .processInstanceBusinessKey(requestNumber).active().list().stream().findFirst();
  }
}
