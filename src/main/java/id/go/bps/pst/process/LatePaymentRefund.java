package id.go.bps.pst.process;

import id.go.bps.pst.common.Rupiah;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.payment.LatePaymentReceived;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Bank payments in the sale's audit trail. Money that arrives for a cancelled request is routed to the
 * supervisor's refund decision: the process {@value #PROCESS_KEY} starts in the same transaction that
 * records the payment.
 */
@Component
class LatePaymentRefund {

  static final String PROCESS_KEY = "pengembalian-pnbp";

  private final ProcessEngine engine;
  private final OrderService orders;

  LatePaymentRefund(ProcessEngine engine, OrderService orders) {
    this.engine = engine;
    this.orders = orders;
  }

  /** A bank payment for a sale that waited for it: in the audit trail (and so in the visitor's history). */
  @EventListener
  public void on(id.go.bps.pst.payment.BankPaymentReceived received) {
    var p = received.payment();
    orders.log(p.requestNumber(), "bank", "PAYMENT_RECEIVED", "Pembayaran bank " + Rupiah.format(p.amount())
        + (p.bank() == null ? "" : " melalui " + p.bank()) + (p.channel() == null ? "" : " (" + p.channel() + ")")
        + ", NTPN " + p.ntpn());
  }

  @EventListener
  public void on(LatePaymentReceived late) {
    String requestNumber = late.payment().requestNumber();
    orders.log(requestNumber, "system", "LATE_PAYMENT_RECEIVED", "Pembayaran bank "
        + Rupiah.format(late.payment().amount()) + " (NTPN " + late.payment().ntpn()
        + ") diterima setelah permintaan dibatalkan; menunggu keputusan pengembalian");
    var identity = engine.getIdentityService();
    var current = identity.getCurrentAuthentication();
    identity.clearAuthentication(); // the bank's notification starts it, not a user
    try {
      // the refund belongs to the unit of the request it is for
      String unitCode = orders.find(requestNumber).map(r -> r.getUnitCode()).orElse(null);
      id.go.bps.pst.common.UnitScope.call(unitCode, () -> engine.getRuntimeService().startProcessInstanceByKey(
          PROCESS_KEY, requestNumber, Variables.createVariables().putValue(ProcessKeys.REQUEST_NUMBER, requestNumber)));
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }
}
