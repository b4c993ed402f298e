package id.go.bps.pst.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * A visitor's step may be completed only from a page of this site: a browser's cross-site post is
 * refused (Sec-Fetch-Site, else Origin against Host). Clients that send neither (tests, tools) hold
 * the secret link themselves and are not affected.
 */
final class SameSite {

  private SameSite() {}

  static boolean isCrossSite(HttpServletRequest request) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null) {
      return !"same-origin".equalsIgnoreCase(fetchSite) && !"none".equalsIgnoreCase(fetchSite);
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return false;
    }
    String host = request.getHeader("Host");
    try {
      return "null".equals(origin) || host == null || !host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
    } catch (IllegalArgumentException malformed) {
      return true;
    }
  }
}
