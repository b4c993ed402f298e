package id.go.bps.pst.identity.internal;

import static id.go.bps.pst.identity.PstGroups.AUDITOR;
import static id.go.bps.pst.identity.PstGroups.BENDAHARA;
import static id.go.bps.pst.identity.PstGroups.PETUGAS;
import static id.go.bps.pst.identity.PstGroups.SUPERVISOR;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users, only in profile {@code demo} (the default profile of the embedded run). The
 * password of each is its user id. The admin user comes from the Camunda starter
 * ({@code camunda.bpm.admin-user}). Runs after {@link IdentitySetup}, which creates the groups.
 */
@Component
@Profile("demo")
@Order(200)
public class DemoUsers implements ProcessEnginePlugin {

  record DemoUser(String id, String firstName, String lastName, String group) {
  }

  static final List<DemoUser> USERS = List.of(
      new DemoUser("petugas1", "Rina", "Marlina", PETUGAS),
      new DemoUser("petugas2", "Andi", "Saputra", PETUGAS),
      new DemoUser("bendahara1", "Siti", "Rahmawati", BENDAHARA),
      new DemoUser("supervisor1", "Budi", "Santoso", SUPERVISOR),
      new DemoUser("auditor1", "Dewi", "Lestari", AUDITOR));

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // nothing to configure before the engine is initialised
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // nothing to configure before the engine is built
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    createMissing(processEngine.getIdentityService());
  }

  /** Creates missing demo users and memberships; existing users (and their passwords) are kept. */
  public void createMissing(IdentityService identityService) {
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@bps.go.id");
        user.setPassword(demo.id());
        identityService.saveUser(user);
        LOG.info("Created demo user {} (group {})", demo.id(), demo.group());
      }
      if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(demo.group()).count() == 0) {
        identityService.createMembership(demo.id(), demo.group());
      }
    }
  }
}
