package id.go.bps.pst.document;

/** Status of one stored version of a document. */
public enum DocumentStatus {
  /** The current, valid version. */
  VALID,
  /** Superseded by a later version of the same document number (a correction). */
  REPLACED,
  /** Withdrawn without replacement. */
  CANCELLED
}
