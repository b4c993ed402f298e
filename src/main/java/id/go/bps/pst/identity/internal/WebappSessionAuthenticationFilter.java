package id.go.bps.pst.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Recognises an officer who logged in to the Camunda webapps (Tasklist, Cockpit, Admin): the webapp keeps that
 * login in the HTTP session ({@link WebappSessionUsers}); this turns it into a Spring Security authentication for
 * the request, so an officer in Tasklist opens {@code /laporan/...} without a second login. A request that carries
 * an {@code Authorization} header is left to HTTP Basic. Nothing is stored: the webapp's session stays the one
 * record of the login (logging out of Tasklist logs out of our pages too).
 *
 * <p>Not {@code AuthenticationFilter}: that changes the session id on every authentication, which would pull the
 * session from under the webapp's own requests.
 */
final class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  private final ProcessEngine engine;
  private final AuthenticationManager authenticationManager;
  private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

  WebappSessionAuthenticationFilter(ProcessEngine engine, AuthenticationManager authenticationManager) {
    this.engine = engine;
    this.authenticationManager = authenticationManager;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication existing = contexts.getContext().getAuthentication();
    if ((existing == null || !existing.isAuthenticated()) && request.getHeader("Authorization") == null) {
      WebappSessionUsers.userId(request, engine).ifPresent(userId -> {
        Authentication result = authenticationManager.authenticate(new PreAuthenticatedAuthenticationToken(userId, ""));
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(result);
        contexts.setContext(context);
      });
    }
    chain.doFilter(request, response);
  }
}
