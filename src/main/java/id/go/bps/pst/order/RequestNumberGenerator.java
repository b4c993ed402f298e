package id.go.bps.pst.order;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Request numbers {@code <unit>-<year>-<6 digits>}, gapless per unit and year: the sequence row is
 * locked ({@code select ... for update}) in the caller's transaction, so a rolled-back registration
 * gives its number back and concurrent officers wait for each other only for that instant.
 */
@Component
class RequestNumberGenerator {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  RequestNumberGenerator(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  String next(String unitCode, int year) {
    Long last = lockRow(unitCode, year);
    if (last == null) {
      // the year's first request: the row is created in a transaction of its own, because two first
      // requests inserting it inside their (locking) transactions deadlock on MariaDB
      ownTransaction.executeWithoutResult(status -> {
        try {
          jdbc.update("insert into pst_request_sequence (unit_code, seq_year, last_value) values (?, ?, 0)",
              unitCode, year);
        } catch (DuplicateKeyException concurrentInsert) {
          // another transaction created the row first; lock it below
        }
      });
      last = lockRow(unitCode, year);
    }
    long next = last + 1;
    jdbc.update("update pst_request_sequence set last_value = ? where unit_code = ? and seq_year = ?",
        next, unitCode, year);
    return format(unitCode, year, next);
  }

  static String format(String unitCode, int year, long value) {
    return "%s-%d-%06d".formatted(unitCode, year, value);
  }

  private Long lockRow(String unitCode, int year) {
    return jdbc.query(
        "select last_value from pst_request_sequence where unit_code = ? and seq_year = ? for update",
        rs -> rs.next() ? rs.getLong(1) : null, unitCode, year);
  }
}
