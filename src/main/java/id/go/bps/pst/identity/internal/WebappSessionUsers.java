package id.go.bps.pst.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/**
 * Reads the user logged in to the Camunda webapps (Tasklist, Cockpit, Admin) from the HTTP
 * session. The webapps keep their logins in the session through {@link AuthenticationUtil};
 * this is the only place that depends on the webapp's classes.
 */
public final class WebappSessionUsers {

  private WebappSessionUsers() {
  }

  public static Optional<String> userId(HttpServletRequest request, ProcessEngine engine) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return Optional.empty();
    }
    Authentication authentication = authentications.getAuthenticationForProcessEngine(engine.getName());
    if (authentication == null || authentication.getIdentityId() == null) {
      return Optional.empty();
    }
    return Optional.of(authentication.getIdentityId());
  }
}
