package id.go.bps.pst.process;

import id.go.bps.pst.common.Rupiah;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.payment.LatePaymentReceived;
import id.go.bps.pst.payment.RefundCause;
import id.go.bps.pst.payment.RefundService;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Bank payments in the sale's audit trail, and the supervisor's refund decision (process {@value #PROCESS_KEY}) for
 * money we must not keep: a bank payment that arrives for a cancelled request, and the surplus of a transfer from
 * abroad. The process starts in the same transaction that records the payment, with the variable
 * {@value #CAUSE} naming the cause; the amount is always read from the payment row.
 */
@Component
class LatePaymentRefund {

  static final String PROCESS_KEY = "pengembalian-pnbp";
  /** Process variable of {@value #PROCESS_KEY}: a {@link RefundCause} name. */
  static final String CAUSE = "refundCause";

  private final ProcessEngine engine;
  private final OrderService orders;
  private final RefundService refunds;

  LatePaymentRefund(ProcessEngine engine, OrderService orders, RefundService refunds) {
    this.engine = engine;
    this.orders = orders;
    this.refunds = refunds;
  }

  /**
   * A verified transfer with a surplus: opens the surplus's refund decision once per payment (a retry or a second
   * completion finds it opened and starts nothing), logs it and starts the supervisor's task.
   *
   * @return whether this call started it
   */
  boolean startSurplusRefund(String requestNumber, String actor) {
    Optional<Long> surplus = refunds.openSurplusRefund(requestNumber);
    surplus.ifPresent(amount -> {
      orders.log(requestNumber, actor, SURPLUS_REFUND_REQUESTED, "Kelebihan pembayaran (kelebihan transfer) "
          + Rupiah.format(amount) + " sedang diproses untuk dikembalikan; menunggu keputusan koordinator");
      start(requestNumber, RefundCause.TRANSFER_SURPLUS);
    });
    return surplus.isPresent();
  }

  /** Audit action: a transfer surplus went to the refund decision. */
  static final String SURPLUS_REFUND_REQUESTED = "SURPLUS_REFUND_REQUESTED";

  /** A bank payment for a sale that waited for it: in the audit trail (and so in the visitor's history). */
  @EventListener
  public void on(id.go.bps.pst.payment.BankPaymentReceived received) {
    var p = received.payment();
    orders.log(p.requestNumber(), "bank", "PAYMENT_RECEIVED", "Pembayaran bank " + Rupiah.format(p.amount())
        + (p.bank() == null ? "" : " melalui " + p.bank()) + (p.channel() == null ? "" : " (" + id.go.bps.pst.common.CodeLabels.label(p.channel()) + ")")
        + ", NTPN " + p.ntpn());
  }

  @EventListener
  public void on(LatePaymentReceived late) {
    String requestNumber = late.payment().requestNumber();
    orders.log(requestNumber, "bank", "LATE_PAYMENT_RECEIVED", "Pembayaran bank "
        + Rupiah.format(late.payment().amount()) + " (NTPN " + late.payment().ntpn()
        + ") diterima setelah permintaan dibatalkan; menunggu keputusan pengembalian");
    start(requestNumber, RefundCause.CANCELLED_AFTER_PAYMENT);
  }

  private void start(String requestNumber, RefundCause cause) {
    var identity = engine.getIdentityService();
    var current = identity.getCurrentAuthentication();
    identity.clearAuthentication(); // the bank's notification starts it, not a user
    try {
      // the refund belongs to the unit of the request it is for
      String unitCode = orders.find(requestNumber).map(r -> r.unitCode()).orElse(null);
      id.go.bps.pst.common.UnitScope.call(unitCode, () -> engine.getRuntimeService().startProcessInstanceByKey(
          PROCESS_KEY, requestNumber, Variables.createVariables().putValue(ProcessKeys.REQUEST_NUMBER, requestNumber)
              .putValue(CAUSE, cause.name())));
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }
}
