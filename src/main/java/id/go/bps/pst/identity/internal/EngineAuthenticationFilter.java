package id.go.bps.pst.identity.internal;

import id.go.bps.pst.identity.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While an authenticated request to our staff routes ({@code /api/**}, {@code /laporan/**}, not the public API
 * paths) runs, the engine's authentication is set to its user, so engine calls made by a controller obey
 * Camunda's authorizations exactly as {@code /engine-rest} does; it is cleared afterwards. Runs in Spring
 * Security's chain after the authorization check.
 */
final class EngineAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final RequestMatcher staffRoutes;

  EngineAuthenticationFilter(IdentityService identityService, RequestMatcher staffRoutes) {
    this.identityService = identityService;
    this.staffRoutes = staffRoutes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (!(authentication != null && authentication.getPrincipal() instanceof CurrentUser user)
        || !staffRoutes.matches(request)) {
      chain.doFilter(request, response);
      return;
    }
    identityService.setAuthentication(user.userId(), List.copyOf(user.groups()), user.tenants());
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
