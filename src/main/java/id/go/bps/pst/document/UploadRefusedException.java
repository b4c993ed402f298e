package id.go.bps.pst.document;

/**
 * An upload or a decision on one was refused; the message is Indonesian and meant for the person who
 * tried (HTTP 400, or 409 for {@link Reason#DUPLICATE} and {@link Reason#CONFLICT}). Nothing was stored.
 */
public class UploadRefusedException extends RuntimeException {

  /** Why the upload was refused. */
  public enum Reason { EMPTY, TOO_LARGE, WRONG_TYPE, UNREADABLE, BAD_NAME, DUPLICATE, UNKNOWN_TYPE, NOT_ALLOWED, CONFLICT }

  private final Reason reason;

  public UploadRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  /** The HTTP status a web layer answers with. */
  public int httpStatus() {
    return reason == Reason.DUPLICATE || reason == Reason.CONFLICT ? 409 : reason == Reason.TOO_LARGE ? 413 : 400;
  }
}
