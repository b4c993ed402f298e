package id.go.bps.pst.document.internal;

import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.document.DocumentKind;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocates document numbers per unit, kind and year without gaps, e.g. KWT-6503-2026-000001.
 * The counter row stays locked until the caller's transaction ends, so a rolled-back document gives its
 * number back and concurrent issuers wait rather than skip.
 */
@Component
public class DocumentNumbers {

  private final JdbcTemplate jdbc;
  private final UnitProperties unit;

  public DocumentNumbers(JdbcTemplate jdbc, UnitProperties unit) {
    this.jdbc = jdbc;
    this.unit = unit;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String next(DocumentKind kind, Instant at) {
    int year = at.atZone(unit.zoneId()).getYear();
    long value = increment(kind, year);
    return String.format("%s-%s-%d-%06d", kind.numberPrefix(), unit.code(), year, value);
  }

  private long increment(DocumentKind kind, int year) {
    for (int attempt = 0; attempt < 3; attempt++) {
      int updated = jdbc.update("update pst_document_sequence set last_value = last_value + 1 "
          + "where unit_code = ? and doc_kind = ? and seq_year = ?", unit.code(), kind.name(), year);
      if (updated == 1) {
        return jdbc.queryForObject("select last_value from pst_document_sequence "
            + "where unit_code = ? and doc_kind = ? and seq_year = ?", Long.class, unit.code(), kind.name(), year);
      }
      try {
        jdbc.update("insert into pst_document_sequence (unit_code, doc_kind, seq_year, last_value) "
            + "values (?, ?, ?, 1)", unit.code(), kind.name(), year);
        return 1;
      } catch (DuplicateKeyException raced) {
        // another transaction created the counter first: increment it on the next attempt
      }
    }
    throw new IllegalStateException("cannot allocate a " + kind + " number for " + year);
  }
}
