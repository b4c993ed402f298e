package id.go.bps.pst.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On the bank-payment message's catch event (model: {@code executionListener delegateExpression
 * ${paymentRecordedListener}}): the sale leaves "waiting for payment" only with a payment in our own records. The
 * bank notification records the payment and correlates the message in one transaction; a message sent any other
 * way (an admin's REST call with {@code paid=true}) once moved an unpaid sale on to the receipt. Refused, the
 * correlation is rolled back and the caller gets this message.
 */
@Component("paymentRecordedListener")
class PaymentRecordedListener implements ExecutionListener {

  private final SaleRecord sale;

  PaymentRecordedListener(SaleRecord sale) {
    this.sale = sale;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!sale.paid(execution)) {
      throw new FormValidationException("Belum ada pembayaran tercatat untuk permintaan "
          + SaleRecord.requestNumber(execution) + ". Pembayaran bank dicatat dari notifikasi bank (NTPN); pesan "
          + "pembayaran tanpa catatan itu tidak dapat meneruskan penjualan.");
    }
  }
}
