package id.go.bps.pst.payment.internal;

import id.go.bps.pst.common.Rupiah;
import id.go.bps.pst.payment.PaymentException;
import id.go.bps.pst.payment.RefundCause;
import id.go.bps.pst.payment.RefundDecision;
import id.go.bps.pst.payment.RefundService;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RefundServiceImpl implements RefundService {

  private final RefundDecisionRepository decisions;
  private final PaymentRepository payments;
  private final PaymentClock clock;

  RefundServiceImpl(RefundDecisionRepository decisions, PaymentRepository payments, PaymentClock clock) {
    this.decisions = decisions;
    this.payments = payments;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Optional<Long> openSurplusRefund(String requestNumber) {
    String number = Checks.requestNumber(requestNumber);
    if (payments.openSurplusRefund(number, clock.now()) != 1) {
      return Optional.empty();
    }
    return payments.findByRequestNumber(number).map(PaymentEntity::surplus);
  }

  @Override
  @Transactional
  public RefundDecision record(
      String requestNumber, RefundCause cause, RefundDecision.Decision decision, String note, String decidedBy) {
    String number = Checks.requestNumber(requestNumber);
    RefundCause why = cause == null ? RefundCause.CANCELLED_AFTER_PAYMENT : cause;
    if (decision == null) {
      throw new PaymentException("Keputusan pengembalian dana wajib dipilih (disetujui atau ditolak).");
    }
    String supervisor = Checks.required(decidedBy, "Pemberi keputusan", 64);
    String text = decision == RefundDecision.Decision.REJECTED
        ? Checks.required(note, "Alasan penolakan pengembalian dana", 2000)
        : Checks.optional(note, "Catatan", 2000);
    PaymentEntity payment = payments.findByRequestNumber(number)
        .orElseThrow(() -> new PaymentException(
            "Permintaan " + number + " belum dibayar; tidak ada dana yang perlu diputuskan pengembaliannya."));
    long amount = payment.amount();
    if (why == RefundCause.TRANSFER_SURPLUS) {
      if (payment.surplus() <= 0 || !payment.surplusRefundRequested()) {
        throw new PaymentException("Pembayaran permintaan " + number
            + " tidak mempunyai kelebihan transfer yang menunggu keputusan pengembalian.");
      }
      amount = payment.surplus();
    }
    if (decisions.findByRequestNumberAndCause(number, why).isPresent()) {
      throw alreadyDecided(number, why);
    }
    try {
      return decisions.saveAndFlush(new RefundDecisionEntity(
          number, payment.id(), why, amount, decision, text, supervisor, clock.now())).toDecision();
    } catch (DataIntegrityViolationException race) {
      throw alreadyDecided(number, why);
    }
  }

  private static PaymentException alreadyDecided(String number, RefundCause cause) {
    return new PaymentException("Keputusan pengembalian " + cause.label() + " untuk permintaan " + number
        + " sudah dicatat.");
  }

  @Override
  @Transactional
  public RefundDecision record(String requestNumber, RefundCause cause, String decision, String note,
      String decidedBy) {
    RefundDecision.Decision parsed;
    try {
      parsed = decision == null ? null : RefundDecision.Decision.valueOf(decision.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new PaymentException("Keputusan pengembalian dana harus APPROVED atau REJECTED.");
    }
    return record(requestNumber, cause, parsed, note, decidedBy);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<RefundDecision> find(String requestNumber, RefundCause cause) {
    return requestNumber == null || cause == null
        ? Optional.empty()
        : decisions.findByRequestNumberAndCause(requestNumber.strip(), cause).map(RefundDecisionEntity::toDecision);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> surplusRefundStatus(String requestNumber) {
    if (requestNumber == null) {
      return Optional.empty();
    }
    String number = requestNumber.strip();
    return payments.findByRequestNumber(number).filter(p -> p.surplus() > 0)
        .map(p -> status(p, decisions.findByRequestNumberAndCause(number, RefundCause.TRANSFER_SURPLUS)
            .map(RefundDecisionEntity::toDecision)));
  }

  /** The status text of a payment's surplus refund, given its decision (if any). */
  static String status(PaymentEntity payment, Optional<RefundDecision> decision) {
    return status(payment.surplus(), payment.surplusRefundRequested(), decision);
  }

  static String status(long surplus, boolean requested, Optional<RefundDecision> decision) {
    String amount = Rupiah.format(surplus);
    if (decision.isPresent()) {
      RefundDecision d = decision.get();
      return d.decision() == RefundDecision.Decision.APPROVED
          ? "kelebihan transfer " + amount + " disetujui dikembalikan (" + d.decidedBy() + ")"
          : "kelebihan transfer " + amount + " tidak dikembalikan (" + d.decidedBy() + "): " + d.note();
    }
    return requested
        ? "kelebihan transfer " + amount + " menunggu keputusan pengembalian koordinator"
        : "kelebihan transfer " + amount + " belum diajukan untuk keputusan pengembalian";
  }
}
