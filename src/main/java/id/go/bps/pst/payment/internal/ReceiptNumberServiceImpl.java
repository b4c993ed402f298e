package id.go.bps.pst.payment.internal;

import id.go.bps.pst.payment.PaymentException;
import id.go.bps.pst.payment.ReceiptNumberService;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gapless receipt numbers per unit and year, from one row of {@code pst_receipt_sequence}.
 *
 * <p>The row is created, if absent, in a short transaction of its own (a row holding 0 uses no
 * number, so this leaves no gap); creating it inside the caller's transaction would make two first
 * receipts of a year deadlock on MariaDB's gap locks. The number itself is taken in the caller's
 * transaction with {@code select ... for update} and an update of the row, so concurrent issuers
 * queue on the row lock and a rollback gives the number back.
 */
@Service
class ReceiptNumberServiceImpl implements ReceiptNumberService {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final Set<String> knownRows = ConcurrentHashMap.newKeySet();

  ReceiptNumberServiceImpl(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
    ensureRow(unit, year);
    Long last = jdbc.queryForObject(
        "select last_value from pst_receipt_sequence where unit_code = ? and seq_year = ? for update",
        Long.class, unit, year);
    long next = (last == null ? 0 : last) + 1;
    jdbc.update(
        "update pst_receipt_sequence set last_value = ? where unit_code = ? and seq_year = ?", next, unit, year);
    return new ReceiptNumber(unit, year, next);
  }

  private void ensureRow(String unit, int year) {
    String key = unit + "/" + year;
    if (knownRows.contains(key)) {
      return;
    }
    ownTransaction.executeWithoutResult(status -> {
      Integer rows = jdbc.queryForObject(
          "select count(*) from pst_receipt_sequence where unit_code = ? and seq_year = ?", Integer.class, unit, year);
      if (rows == null || rows == 0) {
        try {
          jdbc.update(
              "insert into pst_receipt_sequence (unit_code, seq_year, last_value) values (?, ?, 0)", unit, year);
        } catch (DataIntegrityViolationException createdByAnotherIssuer) {
          // the row exists now, which is all we need
        }
      }
    });
    knownRows.add(key);
  }
}
