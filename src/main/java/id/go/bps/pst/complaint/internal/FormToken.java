package id.go.bps.pst.complaint.internal;

import id.go.bps.pst.common.web.SameOriginForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** CSRF protection of the complaint forms, as on the kiosk ({@link SameOriginForm}). */
final class FormToken {

  private static final SameOriginForm FORM = new SameOriginForm("complaintFormToken");

  private FormToken() {}

  static String of(HttpSession session) {
    return FORM.token(session);
  }

  static boolean accepted(HttpServletRequest request, String posted) {
    return FORM.accepted(request, posted);
  }
}
