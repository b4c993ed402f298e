package id.go.bps.pst.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On the bank-payment message's catch event (model: {@code executionListener delegateExpression
 * ${paymentRecordedListener}}): the sale leaves "waiting for payment" only with a payment in our own records. The
 * bank notification records the payment and correlates the message in one transaction; a message sent any other
 * way (an admin's REST call with {@code paid=true}) once moved an unpaid sale on to the receipt. Refused, the
 * correlation is rolled back and the caller gets this message. Accepted, the sale's status becomes "paid".
 */
@Component("paymentRecordedListener")
class PaymentRecordedListener implements ExecutionListener {

  private final id.go.bps.pst.payment.PaymentService payments;
  private final id.go.bps.pst.order.OrderService orders;

  PaymentRecordedListener(id.go.bps.pst.payment.PaymentService payments, id.go.bps.pst.order.OrderService orders) {
    this.payments = payments;
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String number = SaleRecord.requestNumber(execution);
    var payment = payments.findPayment(number).orElseThrow(() -> new FormValidationException(
        "Belum ada pembayaran tercatat untuk permintaan " + number + ". Pembayaran bank dicatat dari notifikasi bank "
            + "(NTPN); pesan pembayaran tanpa catatan itu tidak dapat meneruskan penjualan."));
    // the sale is paid: its status says so, as for cash and a verified transfer (the portal, reports, the screen)
    orders.changeStatus(number, id.go.bps.pst.order.RequestStatus.PAID, "Dibayar melalui bank: "
        + id.go.bps.pst.common.Rupiah.format(payment.amount())
        + (payment.ntpn() == null ? "" : ", NTPN " + payment.ntpn()), "bank");
  }
}
