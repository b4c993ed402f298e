package id.go.bps.pst.order;

/** Masks an identity number for display: keeps the first four and last two characters. */
public final class IdentityMask {

  private IdentityMask() {}

  public static String mask(String number) {
    if (number == null || number.isBlank()) {
      return "";
    }
    String n = number.trim();
    if (n.length() <= 6) {
      return "*".repeat(n.length());
    }
    return n.substring(0, 4) + "*".repeat(n.length() - 6) + n.substring(n.length() - 2);
  }
}
