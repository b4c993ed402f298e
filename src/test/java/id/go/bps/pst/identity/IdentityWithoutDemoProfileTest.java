package id.go.bps.pst.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.identity.internal.DemoUsers;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Without the demo profile (as under 'mariadb'): groups, authorizations and filters, but no demo users.
 *
 * <p>A context of its own: every other test context runs the demo profile (the default), whose demo users are
 * what this test must not find. Closed after the class: no other class uses this configuration, and its idle
 * job executor and server need not stay for the rest of the run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:${random.uuid}",
    "camunda.bpm.admin-user.password=admin",
    "pst.payment.secret=q8Vw3kR1zP0sLx7mN2bT5yH9cJ4fG6dA-payment",
    "pst.portal.secret=Z3nK8vQ1wE5rT7yU9iO0pL2kJ4hG6fD8-portal"})
@ActiveProfiles("test-nodemo")
@DirtiesContext
class IdentityWithoutDemoProfileTest {

  @Autowired
  ApplicationContext context;
  @Autowired
  ProcessEngine engine;

  @Test
  void demoUsersAreNotCreated() {
    assertThat(context.getEnvironment().getActiveProfiles()).containsExactly("test-nodemo");
    assertThat(context.getBeansOfType(DemoUsers.class)).isEmpty();
    assertThat(engine.getIdentityService().createUserQuery().list())
        .extracting(user -> user.getId()).containsExactly("admin");
  }

  @Test
  void groupsAndFiltersExistInEveryProfile() {
    assertThat(engine.getIdentityService().createGroupQuery()
        .groupIdIn(PstGroups.ALL.toArray(String[]::new)).count()).isEqualTo(PstGroups.ALL.size());
    assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(5);
    assertThat(engine.getIdentityService().createUserQuery().userId("admin")
        .memberOfGroup(PstGroups.CAMUNDA_ADMIN).count()).isEqualTo(1);
  }
}
