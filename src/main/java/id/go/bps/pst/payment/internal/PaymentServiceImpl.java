package id.go.bps.pst.payment.internal;

import id.go.bps.pst.payment.BillingStatus;
import id.go.bps.pst.payment.Payment;
import id.go.bps.pst.payment.PaymentException;
import id.go.bps.pst.payment.PaymentService;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PaymentServiceImpl implements PaymentService {

  private final PaymentRepository payments;
  private final BillingRepository billings;
  private final PaymentClock clock;

  PaymentServiceImpl(PaymentRepository payments, BillingRepository billings, PaymentClock clock) {
    this.payments = payments;
    this.billings = billings;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Payment recordCash(String requestNumber, long amountDue, long amountReceived, String receivedBy) {
    String number = Checks.requestNumber(requestNumber);
    String treasurer = Checks.required(receivedBy, "Penerima uang (bendahara)", 64);
    if (amountDue <= 0) {
      throw new PaymentException("Tagihan Rp0 tidak memerlukan pembayaran; terbitkan kuitansi Rp0.");
    }
    if (amountReceived != amountDue) {
      throw new PaymentException(
          "Jumlah uang yang dicatat (" + id.go.bps.pst.common.Rupiah.format(amountReceived) + ") harus sama dengan jumlah tagihan ("
              + id.go.bps.pst.common.Rupiah.format(amountDue) + "). Uang kembalian bukan PNBP: catat tepat sebesar tagihan.");
    }
    Instant now = clock.now();
    closeBillings(number, amountDue, now);
    try {
      return payments.saveAndFlush(PaymentEntity.cash(number, amountDue, now, treasurer)).toPayment();
    } catch (DataIntegrityViolationException race) {
      // another treasurer recorded the same request at the same moment (unique request number)
      throw alreadyPaid(number);
    }
  }

  @Override
  @Transactional
  public Payment recordTransfer(String requestNumber, long amountDue, long amountReceived, String reference,
      long proofUploadId, String verifiedBy) {
    String number = Checks.requestNumber(requestNumber);
    String treasurer = Checks.required(verifiedBy, "Pemeriksa transfer (bendahara)", 64);
    String bankReference = Checks.required(reference, "Referensi bank", 64);
    if (amountDue <= 0) {
      throw new PaymentException("Tagihan Rp0 tidak memerlukan pembayaran; terbitkan kuitansi Rp0.");
    }
    if (amountReceived < amountDue) {
      throw new PaymentException("Dana yang diterima (" + id.go.bps.pst.common.Rupiah.format(amountReceived)
          + ") kurang dari tagihan (" + id.go.bps.pst.common.Rupiah.format(amountDue) + "); transfer tidak dicatat sebagai pembayaran.");
    }
    Instant now = clock.now();
    closeBillings(number, amountDue, now);
    try {
      return payments.saveAndFlush(PaymentEntity.transfer(number, amountDue, amountReceived, bankReference,
          proofUploadId, now, treasurer)).toPayment();
    } catch (DataIntegrityViolationException race) {
      throw alreadyPaid(number);
    }
  }

  /**
   * Locks the request's billings so that a bank payment cannot slip in, refuses when one was paid or a payment
   * exists, and voids the active one.
   */
  private void closeBillings(String number, long amountDue, Instant now) {
    for (BillingEntity billing : billings.lockByRequestNumber(number)) {
      if (billing.status() == BillingStatus.PAID) {
        throw alreadyPaid(number);
      }
      if (billing.status() == BillingStatus.ACTIVE) {
        if (billing.effectiveStatus(now) == BillingStatus.ACTIVE && billing.amount() != amountDue) {
          throw new PaymentException(
              "Jumlah tagihan (" + id.go.bps.pst.common.Rupiah.format(amountDue) + ") tidak sama dengan kode billing yang berlaku ("
                  + id.go.bps.pst.common.Rupiah.format(billing.amount()) + "). Periksa invoice terbaru.");
        }
        billing.close(BillingStatus.CANCELLED, now);
      }
    }
    if (payments.findByRequestNumber(number).isPresent()) {
      throw alreadyPaid(number);
    }
  }

  private static PaymentException alreadyPaid(String requestNumber) {
    return new PaymentException("Permintaan " + requestNumber + " sudah dibayar; pembayaran tidak dicatat dua kali.");
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Payment> findPayment(String requestNumber) {
    if (requestNumber == null) {
      return Optional.empty();
    }
    return payments.findByRequestNumber(requestNumber.strip()).map(PaymentEntity::toPayment);
  }

}
