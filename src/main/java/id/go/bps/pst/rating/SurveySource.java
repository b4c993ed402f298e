package id.go.bps.pst.rating;

/** Where a survey response came from. */
public enum SurveySource {
  /** The visitor, in the visitor portal (e-mailed link). */
  PORTAL,
  /** At the counter: on the visitor screen, or typed by an officer (then {@code assistedBy} is set). */
  COUNTER,
  /** The stand-alone public page {@code /skm} (QR code at the counter), any service, no request number. */
  STANDALONE
}
