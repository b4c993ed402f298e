package id.go.bps.pst.process;

import id.go.bps.pst.common.Rupiah;
import id.go.bps.pst.document.UploadStatus;
import id.go.bps.pst.document.UploadedFile;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.RequestStatus;
import id.go.bps.pst.order.SaleRequest;
import id.go.bps.pst.payment.Payment;
import id.go.bps.pst.payment.PaymentException;
import id.go.bps.pst.payment.PaymentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Step 13d (treasurer): "Verifikasi bukti transfer". The treasurer looks at the uploaded proof and at her account
 * and records what arrived (whole rupiah) and the bank reference, then accepts or rejects with a reason. What
 * counts is decided here from our records: the invoice total of the order, the current uploaded proof.
 * <ul>
 *   <li>No proof stored, or none that is still undecided: refused, the task cannot be completed.
 *   <li>Reject: the proof is rejected with the reason, the visitor is told (portal, screen, e-mail) and uploads
 *       again ({@code Gateway_TransferVerified} sees no payment and loops back).
 *   <li>Accept with less than the invoice: not a payment (PNBP is the full amount); handled as a rejection with a
 *       reason that names the shortfall, so the visitor transfers the rest and uploads its proof. In the next
 *       round the treasurer records the total received on the account for this request.
 *   <li>Accept with the invoice total or more: a {@code TRANSFER} payment of the invoice total is recorded with
 *       the amount received, the reference, the proof and who/when (an amount of 100 times the invoice or more is
 *       refused as a typing slip: "50000,00" typed into the whole-rupiah field); a surplus is recorded on the payment and in the
 *       audit trail, and the supervisor's refund decision for it starts ({@link LatePaymentRefund#startSurplusRefund},
 *       once per payment; the visitor already sent the money, refusing it would only delay the sale while the
 *       surplus must be returned anyway).
 * </ul>
 */
@Component("transferVerificationListener")
class TransferVerificationListener implements ExecutionListener, ReadsFormFields {

  static final String VERDICT = "transferVerdict";
  static final String AMOUNT = "transferAmountReceived";
  static final String REFERENCE = "transferReference";
  static final String REASON = "transferRejectReason";
  /** A received amount this many times the invoice or more is a typing slip (cents, a zero too many). */
  static final long IMPLAUSIBLE_MULTIPLE = 100;

  private final PaymentService payments;
  private final OrderService orders;
  private final VisitorUploads uploads;
  private final LatePaymentRefund refunds;

  TransferVerificationListener(PaymentService payments, OrderService orders, VisitorUploads uploads,
      LatePaymentRefund refunds) {
    this.refunds = refunds;
    this.payments = payments;
    this.orders = orders;
    this.uploads = uploads;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return;
    }
    SaleRequest request = orders.get(SaleRecord.requestNumber(task));
    String number = request.requestNumber();
    UploadedFile proof = uploads.transferProof(number).filter(p -> p.status() == UploadStatus.UPLOADED)
        .orElseThrow(() -> new FormValidationException("Belum ada bukti transfer baru yang diunggah untuk permintaan "
            + number + ". Langkah ini baru dapat diselesaikan setelah pengguna layanan mengunggah bukti transfer."));
    String verdict = Vars.str(task, VERDICT);
    String treasurer = Actors.of(task);
    String reason = Vars.strOrEmpty(task, REASON).strip();
    if ("REJECT".equals(verdict)) {
      if (reason.length() < 5) {
        throw new FormValidationException("Tulis alasan penolakan untuk pengguna layanan (paling sedikit 5 karakter).");
      }
      returnToVisitor(task, number, proof, reason, treasurer);
      return;
    }
    if (!"ACCEPT".equals(verdict)) {
      throw new FormValidationException("Pilih hasil verifikasi: terima atau tolak bukti transfer.");
    }
    Object amountValue = task.getVariable(AMOUNT);
    if (!(amountValue instanceof Number amount) || amount.doubleValue() != Math.rint(amount.doubleValue())
        || amount.longValue() < 0) {
      throw new FormValidationException("Isi jumlah yang diterima di rekening dalam rupiah penuh (tanpa sen).");
    }
    long received = amount.longValue();
    String reference = Vars.strOrEmpty(task, REFERENCE).strip();
    if (reference.isEmpty()) {
      throw new FormValidationException("Isi referensi bank dari transfer yang masuk.");
    }
    long total = request.totalAmount() == null ? 0 : request.totalAmount();
    if (total > 0 && received / total >= IMPLAUSIBLE_MULTIPLE) {
      // "50000,00" typed into a whole-rupiah field arrives as 5000000: no visitor transfers a hundred invoices
      throw new FormValidationException("Jumlah yang diterima " + Rupiah.format(received) + " adalah "
          + (received / total) + " kali tagihan " + Rupiah.format(total) + ": tampaknya sen (,00) atau angka nol "
          + "ikut terketik. Isi rupiah penuh tanpa sen, sesuai mutasi rekening.");
    }
    if (received < total) {
      String shortfall = "Dana yang diterima di rekening " + Rupiah.format(received) + ", kurang "
          + Rupiah.format(total - received) + " dari tagihan " + Rupiah.format(total) + " (referensi " + reference
          + "). Transfer kekurangannya, lalu unggah bukti transfer tersebut.";
      returnToVisitor(task, number, proof, reason.isEmpty() ? shortfall : shortfall + " " + reason, treasurer);
      return;
    }
    Payment payment;
    try {
      payment = payments.recordTransfer(number, total, received, reference, proof.id(), treasurer);
    } catch (PaymentException e) {
      throw new FormValidationException(e.getMessage());
    }
    uploads.decide(number, proof.id(), true, null, treasurer);
    orders.changeStatus(number, RequestStatus.PAID, "Transfer dari luar negeri diverifikasi bendahara: "
        + Rupiah.format(received) + " diterima, referensi " + reference + ", bukti transfer versi " + proof.version(),
        treasurer);
    orders.log(number, treasurer, "TRANSFER_VERIFIED", "Pembayaran transfer " + Rupiah.format(payment.amount())
        + " dicatat (referensi " + reference + ")");
    if (payment.surplus() > 0) {
      orders.log(number, treasurer, "TRANSFER_SURPLUS", "Kelebihan transfer " + Rupiah.format(payment.surplus())
          + " (diterima " + Rupiah.format(received) + ", tagihan " + Rupiah.format(total)
          + ") bukan PNBP; diajukan untuk keputusan pengembalian kepada pengguna layanan.");
      refunds.startSurplusRefund(number, treasurer);
    }
  }

  private void returnToVisitor(DelegateExecution task, String number, UploadedFile proof, String reason,
      String treasurer) {
    try {
      uploads.decide(number, proof.id(), false, reason, treasurer);
    } catch (id.go.bps.pst.document.UploadRefusedException e) {
      throw new FormValidationException(e.getMessage());
    }
    orders.recordTransferProofReturned(number, reason, treasurer);
    // the next round starts from an empty form on both sides: a prefilled amount took the digits typed after it
    // ("50000" + "70000" became 5000070000); what this round recorded stays in the history and the audit trail,
    // and the form names it (sale.transfer.earlierRoundsText)
    task.removeVariable(VERDICT);
    task.removeVariable(REASON);
    task.removeVariable(AMOUNT);
    task.removeVariable(REFERENCE);
    task.removeVariable("transferProofUploaded");
  }

  @Override
  public java.util.Set<String> formFields() {
    return java.util.Set.of(VERDICT, AMOUNT);
  }
}
