package id.go.bps.pst.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Checks on the user of the current HTTP request, for controllers of other modules.
 *
 * <pre>{@code
 * CurrentUser officer = accessControl.requireAnyGroup(PstGroups.PETUGAS, PstGroups.SUPERVISOR);
 * }</pre>
 * The user is the one Spring Security authenticated for the request (HTTP Basic or the Camunda webapp login).
 * A failed check throws {@link NotAuthenticatedException} (HTTP 401) or {@link NotAuthorizedException}
 * (HTTP 403), rendered as problem details in Bahasa Indonesia.
 */
@Component
public class AccessControl {

  /** The user of the current request, if one is authenticated. */
  public Optional<CurrentUser> currentUser() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.isAuthenticated()
        && authentication.getPrincipal() instanceof CurrentUser user ? Optional.of(user) : Optional.empty();
  }

  /** The user of the current request; throws {@link NotAuthenticatedException} when there is none. */
  public CurrentUser requireAuthenticated() {
    return currentUser().orElseThrow(NotAuthenticatedException::new);
  }

  /**
   * The user of the current request, who must be a member of at least one of the given groups.
   * Members of {@code camunda-admin} always pass.
   */
  public CurrentUser requireAnyGroup(String... groupIds) {
    CurrentUser user = requireAuthenticated();
    if (user.isMemberOfAny(groupIds) || user.isMemberOfAny(PstGroups.CAMUNDA_ADMIN)) {
      return user;
    }
    throw new NotAuthorizedException(List.of(groupIds));
  }
}
