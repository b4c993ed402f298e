package id.go.bps.pst.common;

/**
 * The one way an identity number (NIK, passport, SIM) is masked for display and print: the first four
 * and the last two characters stay. A value that is already masked (contains '*') is returned as it is,
 * so a document can mask defensively what its caller should have masked already.
 */
public final class IdentityMask {

  private IdentityMask() {}

  /** The masked number; empty for null or blank. */
  public static String mask(String number) {
    if (number == null || number.isBlank()) {
      return "";
    }
    String n = number.strip();
    if (n.contains("*")) {
      return n;
    }
    if (n.length() <= 6) {
      return "*".repeat(n.length());
    }
    return n.substring(0, 4) + "*".repeat(n.length() - 6) + n.substring(n.length() - 2);
  }

  /** As {@link #mask}, with "-" where there is no number (a printed field is never left blank). */
  public static String maskOrDash(String number) {
    String masked = mask(number);
    return masked.isEmpty() ? "-" : masked;
  }
}
