package id.go.bps.pst.payment;

import java.time.LocalDate;

/** The daily reconciliation report. */
public interface ReconciliationService {

  /** The report of one local day of the unit's zone. */
  ReconciliationReport report(LocalDate day);
}
