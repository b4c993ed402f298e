package id.go.bps.pst.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Checks on the user of the current HTTP request, for controllers of other modules.
 *
 * <pre>{@code
 * CurrentUser officer = accessControl.requireAnyGroup(PstGroups.PETUGAS, PstGroups.SUPERVISOR);
 * }</pre>
 * A failed check throws {@link NotAuthenticatedException} (HTTP 401) or
 * {@link NotAuthorizedException} (HTTP 403), rendered as {@code {"status":..,"message":".."}}.
 */
@Component
public class AccessControl {

  /** Request attribute under which the authentication filter stores the {@link CurrentUser}. */
  public static final String REQUEST_ATTRIBUTE = CurrentUser.class.getName();

  /** The user of the current request, if one is authenticated. */
  public Optional<CurrentUser> currentUser() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes == null) {
      return Optional.empty();
    }
    Object user = attributes.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    return user instanceof CurrentUser currentUser ? Optional.of(currentUser) : Optional.empty();
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
