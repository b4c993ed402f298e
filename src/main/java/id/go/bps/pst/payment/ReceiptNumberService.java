package id.go.bps.pst.payment;

/** Receipt numbers: {@code KW-<unit>-<year>-<6-digit sequence>}, gapless and unique per unit and year. */
public interface ReceiptNumberService {

  /**
   * Takes the next number. Runs in the caller's transaction (starting one if there is none) and keeps
   * the unit's sequence row locked until that transaction ends, so concurrent treasurers are serialised
   * and a rolled-back receipt gives its number back.
   */
  String next(String unitCode, int year);
}
