package id.go.bps.pst.report.internal;

import id.go.bps.pst.common.IndonesianFormat;
import java.time.Instant;

/**
 * The request history's times to the second in the report's zone ("3 Desember 2026 15.42.07 WITA"): the steps,
 * changes and audit entries of one sale often fall in the same minute, and an auditor reads their order and
 * durations from these times.
 */
record AuditTime(IndonesianFormat fmt) {

  public String at(Instant instant) {
    return instant == null ? "" : fmt.date(instant) + " " + fmt.time(instant) + " " + fmt.zoneName();
  }
}
