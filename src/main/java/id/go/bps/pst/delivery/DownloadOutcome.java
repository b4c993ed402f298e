package id.go.bps.pst.delivery;

/** Result of one download attempt, as logged. */
public enum DownloadOutcome {
  OK,
  EXPIRED,
  LIMIT_REACHED
}
