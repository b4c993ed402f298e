package id.go.bps.pst.document.internal;

/**
 * Defensive masking of identity numbers before they are printed: callers pass masked values, but a
 * full NIK or passport number must never reach a document by mistake.
 */
final class IdentityMask {

  private IdentityMask() {
  }

  /** Returns the value unchanged if it is already masked (contains '*'), else keeps 4 + 4 characters. */
  static String ensureMasked(String identity) {
    if (identity == null || identity.isBlank()) {
      return "-";
    }
    String s = identity.strip();
    if (s.contains("*")) {
      return s;
    }
    if (s.length() <= 8) {
      return "*".repeat(s.length());
    }
    return s.substring(0, 4) + "*".repeat(s.length() - 8) + s.substring(s.length() - 4);
  }
}
