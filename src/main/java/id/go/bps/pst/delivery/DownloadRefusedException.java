package id.go.bps.pst.delivery;

/** A download that the link's limits do not allow (expired or used up); the attempt is logged. */
public class DownloadRefusedException extends RuntimeException {

  private final DownloadOutcome outcome;

  public DownloadRefusedException(DownloadOutcome outcome, String message) {
    super(message);
    this.outcome = outcome;
  }

  public DownloadOutcome outcome() {
    return outcome;
  }
}
