package id.go.bps.pst.complaint.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * CSRF protection of the complaint forms, as on the kiosk: a post must come from a page of this site
 * (Sec-Fetch-Site / Origin) and carry the token of the visitor's session.
 */
final class FormToken {

  static final String SESSION_ATTRIBUTE = "complaintFormToken";
  private static final SecureRandom RANDOM = new SecureRandom();

  private FormToken() {}

  static String of(HttpSession session) {
    if (session.getAttribute(SESSION_ATTRIBUTE) instanceof String s) {
      return s;
    }
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.setAttribute(SESSION_ATTRIBUTE, fresh);
    return fresh;
  }

  static boolean accepted(HttpServletRequest request, String posted) {
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
    Object expected = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
    return expected instanceof String s && posted != null
        && MessageDigest.isEqual(s.getBytes(StandardCharsets.UTF_8), posted.getBytes(StandardCharsets.UTF_8));
  }
}
