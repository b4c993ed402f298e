package id.go.bps.pst.visit.internal;

import id.go.bps.pst.common.web.SameOriginForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** CSRF protection for the public kiosk forms ({@link SameOriginForm}, the kiosk session's token). */
final class SameOrigin {

  private static final SameOriginForm FORM = new SameOriginForm("kioskToken");

  private SameOrigin() {}

  static String token(HttpSession session) {
    return FORM.token(session);
  }

  static boolean accepted(HttpServletRequest request, String postedToken) {
    return FORM.accepted(request, postedToken);
  }
}
