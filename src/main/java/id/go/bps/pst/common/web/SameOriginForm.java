package id.go.bps.pst.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * CSRF protection of our public HTML forms (kiosk, complaint form): a state-changing post must come
 * from a page of this site (Sec-Fetch-Site / Origin against Host) and carry the token kept in the
 * visitor's session under this form's attribute.
 */
public final class SameOriginForm {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String sessionAttribute;

  public SameOriginForm(String sessionAttribute) {
    this.sessionAttribute = sessionAttribute;
  }

  /** The session's token for this form, made on first use. */
  public String token(HttpSession session) {
    if (session.getAttribute(sessionAttribute) instanceof String s) {
      return s;
    }
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.setAttribute(sessionAttribute, fresh);
    return fresh;
  }

  /** Whether the post comes from a page of this site and carries the session's token. */
  public boolean accepted(HttpServletRequest request, String posted) {
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
    Object expected = session == null ? null : session.getAttribute(sessionAttribute);
    return expected instanceof String s && posted != null
        && MessageDigest.isEqual(s.getBytes(StandardCharsets.UTF_8), posted.getBytes(StandardCharsets.UTF_8));
  }
}
