package id.go.bps.pst.document.internal;

import id.go.bps.pst.common.GaplessSequence;
import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.document.DocumentKind;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocates document numbers per unit, kind and year without gaps, e.g. KWT-6503-2026-000001, from the
 * application's {@link GaplessSequence}: a rolled-back document gives its number back and concurrent
 * issuers wait rather than skip.
 */
@Component
public class DocumentNumbers {

  private final GaplessSequence sequence;
  private final UnitProperties unit;

  public DocumentNumbers(GaplessSequence sequence, UnitProperties unit) {
    this.sequence = sequence;
    this.unit = unit;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String next(DocumentKind kind, Instant at) {
    UnitProperties unit = DocumentUnit.or(this.unit); // the request's unit while a document is issued
    int year = at.atZone(unit.zoneId()).getYear();
    long value = sequence.next("document/" + kind.name() + "/" + unit.code() + "/" + year);
    return String.format("%s-%s-%d-%06d", kind.numberPrefix(), unit.code(), year, value);
  }
}
