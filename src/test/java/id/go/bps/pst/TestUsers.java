package id.go.bps.pst;

import org.camunda.bpm.engine.IdentityService;

/** A member of staff of a test's own (so the demo users keep their passwords and names), deleted by the test. */
public final class TestUsers {

  private TestUsers() {}

  /** Creates the user with the name, e-mail (or null) and password, in the group and, unless null, the unit. */
  public static void create(IdentityService identity, String id, String firstName, String lastName, String email,
      String password, String group, String unitCode) {
    var user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(email);
    user.setPassword(password);
    identity.saveUser(user);
    identity.createMembership(id, group);
    if (unitCode != null) {
      identity.createTenantUserMembership(unitCode, id);
    }
  }
}
