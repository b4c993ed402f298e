package id.go.bps.pst.payment.internal;

import id.go.bps.pst.common.GaplessSequence;
import id.go.bps.pst.payment.PaymentException;
import id.go.bps.pst.payment.ReceiptNumberService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gapless receipt numbers per unit and year, from the application's {@link GaplessSequence} (counter
 * {@code receipt/<unit>/<year>}): taken in the caller's transaction, so concurrent treasurers queue on the
 * counter's row lock and a rolled-back receipt gives its number back.
 */
@Service
class ReceiptNumberServiceImpl implements ReceiptNumberService {

  private final GaplessSequence sequence;

  ReceiptNumberServiceImpl(GaplessSequence sequence) {
    this.sequence = sequence;
  }

  @Override
  @Transactional
  public String next(String unitCode, int year) {
    return take(unitCode, year).text();
  }

  /** Takes the next number in the caller's transaction (or a new one if there is none). */
  @Transactional
  public ReceiptNumber take(String unitCode, int year) {
    String unit = Checks.unitCode(unitCode);
    if (year < 2000 || year > 9999) {
      throw new PaymentException("Tahun kuitansi tidak sah: " + year + ".");
    }
    return new ReceiptNumber(unit, year, sequence.next("receipt/" + unit + "/" + year));
  }
}
