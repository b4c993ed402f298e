package id.go.bps.pst.identity.internal;

import java.util.List;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;

/**
 * The engine's identity service, except that an authentication set with a user and groups only gets
 * the user's tenants (units), as Camunda's webapps and REST API do at login: code and tests that
 * act as an officer then see exactly that officer's unit, and tenant checks stay on.
 */
class TenantAwareIdentityService extends IdentityServiceImpl {

  @Override
  public void setAuthentication(String userId, List<String> groups) {
    setAuthentication(userId, groups, userId == null ? null : tenantsOf(userId));
  }

  private List<String> tenantsOf(String userId) {
    // queried without the previous caller's authorizations (a tenant query is filtered by READ on TENANT)
    clearAuthentication();
    return createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
  }
}
