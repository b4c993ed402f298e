package id.go.bps.pst.portal;

/** A portal link that cannot be accepted: tampered/malformed (HTTP 403) or expired (HTTP 410). */
public class PortalLinkException extends RuntimeException {

  /** Why the link was refused. */
  public enum Reason { INVALID, EXPIRED }

  private final Reason reason;

  public PortalLinkException(Reason reason) {
    super(reason == Reason.EXPIRED ? "Tautan portal sudah kedaluwarsa." : "Tautan portal tidak sah.");
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
