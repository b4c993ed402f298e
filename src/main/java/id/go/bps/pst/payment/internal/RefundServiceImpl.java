package id.go.bps.pst.payment.internal;

import id.go.bps.pst.payment.PaymentException;
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
  public RefundDecision record(
      String requestNumber, RefundDecision.Decision decision, String note, String decidedBy) {
    String number = Checks.requestNumber(requestNumber);
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
    if (decisions.findByRequestNumber(number).isPresent()) {
      throw new PaymentException("Keputusan pengembalian dana untuk permintaan " + number + " sudah dicatat.");
    }
    try {
      return decisions.saveAndFlush(new RefundDecisionEntity(
          number, payment.id(), payment.amount(), decision, text, supervisor, clock.now())).toDecision();
    } catch (DataIntegrityViolationException race) {
      throw new PaymentException("Keputusan pengembalian dana untuk permintaan " + number + " sudah dicatat.");
    }
  }

  @Override
  @Transactional
  public RefundDecision record(String requestNumber, String decision, String note, String decidedBy) {
    RefundDecision.Decision parsed;
    try {
      parsed = decision == null ? null : RefundDecision.Decision.valueOf(decision.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new PaymentException("Keputusan pengembalian dana harus APPROVED atau REJECTED.");
    }
    return record(requestNumber, parsed, note, decidedBy);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<RefundDecision> find(String requestNumber) {
    return requestNumber == null
        ? Optional.empty()
        : decisions.findByRequestNumber(requestNumber.strip()).map(RefundDecisionEntity::toDecision);
  }
}
