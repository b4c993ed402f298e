package id.go.bps.pst.payment;

import java.time.LocalDate;

/** The daily reconciliation report. */
public interface ReconciliationService {

  /** The report of one local day of the unit's zone. */
  ReconciliationReport report(LocalDate day);

  /**
   * The report of one local day of the given zone for some units only: the receipts, payments and refused
   * bank notifications of their requests (a row belongs to the unit whose code starts its request number,
   * {@code 6501-2026-000001}; receipts and payments are matched by that number too). A refused notification naming no request counts for
   * {@code defaultUnitCode} (records without a unit are the default unit's, README "Units (tenants)").
   */
  ReconciliationReport report(LocalDate day, java.time.ZoneId zone, java.util.Collection<String> unitCodes,
      String defaultUnitCode);
}
