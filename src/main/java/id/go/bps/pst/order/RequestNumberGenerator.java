package id.go.bps.pst.order;

import id.go.bps.pst.common.GaplessSequence;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Request numbers {@code <unit>-<year>-<6 digits>}, gapless per unit and year ({@link GaplessSequence}:
 * taken in the caller's transaction, so a rolled-back registration gives its number back).
 */
@Component
class RequestNumberGenerator {

  private final GaplessSequence sequence;

  RequestNumberGenerator(GaplessSequence sequence) {
    this.sequence = sequence;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  String next(String unitCode, int year) {
    return format(unitCode, year, sequence.next("request/" + unitCode + "/" + year));
  }

  static String format(String unitCode, int year, long value) {
    return id.go.bps.pst.common.RequestNumbers.format(unitCode, year, value);
  }
}
