package id.go.bps.pst.payment.internal;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Random 15-digit billing codes: not guessable from one another (a code is the only thing a bank
 * payment refers to). The first digit is never 0 so the code survives being read as a number.
 */
@Component
class BillingCodeGenerator {

  static final int LENGTH = 15;

  private final SecureRandom random = new SecureRandom();

  String next() {
    StringBuilder code = new StringBuilder(LENGTH);
    code.append((char) ('1' + random.nextInt(9)));
    for (int i = 1; i < LENGTH; i++) {
      code.append((char) ('0' + random.nextInt(10)));
    }
    return code.toString();
  }

  static boolean isWellFormed(String code) {
    if (code == null || code.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
