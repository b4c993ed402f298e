package id.go.bps.pst.complaint.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tracking codes such as {@code ADU-6503-K7Q2-9XMT}: the unit code and eight characters drawn with
 * {@link SecureRandom} from 31 letters and digits that cannot be mistaken for each other (no 0/O,
 * 1/I/L): about 40 bits, so a code cannot be guessed from another one.
 */
public final class TrackingCodes {

  static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final Pattern CODE = Pattern.compile("ADU-\\d{4}-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private TrackingCodes() {}

  public static String next(String unitCode) {
    StringBuilder s = new StringBuilder("ADU-").append(unitCode).append('-');
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        s.append('-');
      }
      s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  /** The code as typed (spaces, lower case, missing dashes tolerated), or empty when it cannot be one. */
  public static Optional<String> normalize(String typed) {
    if (typed == null || typed.length() > 40) {
      return Optional.empty();
    }
    String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (!compact.startsWith("ADU") || compact.length() != 3 + 4 + 8) {
      return Optional.empty();
    }
    String code = "ADU-" + compact.substring(3, 7) + "-" + compact.substring(7, 11) + "-" + compact.substring(11);
    return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
  }
}
