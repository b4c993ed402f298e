package id.go.bps.pst.identity.internal;

import id.go.bps.pst.identity.CurrentUser;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/**
 * Spring Security's view of Camunda's users: the one {@link AuthenticationProvider} of our routes, backed by
 * Camunda's {@link IdentityService} (users, groups and tenants live in Camunda's tables).
 * <ul>
 * <li>HTTP Basic ({@link UsernamePasswordAuthenticationToken}): the password is checked with
 * {@link IdentityService#checkPassword}, which applies the engine's login throttling;</li>
 * <li>a login of the Camunda webapps ({@link PreAuthenticatedAuthenticationToken}, made by
 * {@link WebappSessionAuthenticationFilter}): Camunda's login page checked the password already.</li>
 * </ul>
 * The result's principal is the {@link CurrentUser}; every Camunda group {@code g} becomes the role
 * {@code ROLE_g}, so {@code hasRole("supervisor")} and {@code request.isUserInRole("supervisor")} mean
 * "member of the Camunda group supervisor".
 */
final class CamundaUsers implements AuthenticationProvider {

  static final String BAD_CREDENTIALS = "Nama pengguna atau kata sandi salah.";

  private final IdentityService identityService;

  CamundaUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication request) {
    String userId = request.getName();
    if (request instanceof UsernamePasswordAuthenticationToken) {
      Object password = request.getCredentials();
      if (userId == null || userId.isEmpty() || !(password instanceof String p)
          || !identityService.checkPassword(userId, p)) {
        throw new BadCredentialsException(BAD_CREDENTIALS);
      }
      return token(load(userId), false);
    }
    return token(load(userId), true);
  }

  @Override
  public boolean supports(Class<?> type) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type)
        || PreAuthenticatedAuthenticationToken.class.isAssignableFrom(type);
  }

  /** The user with their groups and tenants (directly or through a group), as the engine knows them now. */
  CurrentUser load(String userId) {
    Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
    List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
        .list().stream().map(Tenant::getId).toList();
    return new CurrentUser(userId, groups, tenants);
  }

  private static AbstractAuthenticationToken token(CurrentUser user, boolean webappSession) {
    List<GrantedAuthority> authorities = user.groups().stream().sorted()
        .<GrantedAuthority>map(g -> new SimpleGrantedAuthority("ROLE_" + g)).toList();
    AbstractAuthenticationToken token = webappSession
        ? new PreAuthenticatedAuthenticationToken(user, "", authorities)
        : UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    return token;
  }
}
