package id.go.bps.pst.visit.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * CSRF protection for the public kiosk forms: a state-changing post must come from a page of this
 * site (Sec-Fetch-Site / Origin check) and carry the token of the kiosk session.
 */
final class SameOrigin {

  static final String TOKEN = "kioskToken";
  private static final SecureRandom RANDOM = new SecureRandom();

  private SameOrigin() {}

  static String token(HttpSession session) {
    Object token = session.getAttribute(TOKEN);
    if (token instanceof String s) {
      return s;
    }
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.setAttribute(TOKEN, fresh);
    return fresh;
  }

  static boolean accepted(HttpServletRequest request, String postedToken) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null && !"same-origin".equalsIgnoreCase(fetchSite) && !"none".equalsIgnoreCase(fetchSite)) {
      return false;
    }
    String origin = request.getHeader("Origin");
    if (origin != null && !"null".equals(origin)) {
      String host = request.getHeader("Host");
      try {
        if (host == null || !host.equalsIgnoreCase(URI.create(origin).getRawAuthority())) {
          return false;
        }
      } catch (IllegalArgumentException malformed) {
        return false;
      }
    }
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(TOKEN);
    return expected instanceof String s && postedToken != null
        && java.security.MessageDigest.isEqual(s.getBytes(), postedToken.getBytes());
  }
}
