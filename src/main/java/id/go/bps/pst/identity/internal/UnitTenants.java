package id.go.bps.pst.identity.internal;

import id.go.bps.pst.common.Unit;
import id.go.bps.pst.common.UnitDirectory;
import id.go.bps.pst.identity.PstGroups;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * One Camunda tenant per unit row: created at startup and, for a row added later, within a minute
 * (no restart). The group {@link PstGroups#PUSAT} is a member of every tenant (national staff reach
 * every unit; their rights come from their other groups). While the deployment has a single unit,
 * staff without any unit are made members of it, so a single-unit installation keeps working as before.
 * Also installs {@link TenantAwareIdentityService}.
 */
@Component
@Order(150)
public class UnitTenants implements ProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(UnitTenants.class);
  private static final List<String> STAFF = List.of(PstGroups.PETUGAS, PstGroups.BENDAHARA, PstGroups.SUPERVISOR,
      PstGroups.AUDITOR);

  private final UnitDirectory units;
  private volatile ProcessEngine engine;

  UnitTenants(UnitDirectory units) {
    this.units = units;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityService(new TenantAwareIdentityService());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // nothing after initialisation
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    this.engine = processEngine;
    try {
      sync();
    } catch (RuntimeException concurrent) {
      // two nodes starting at once on a new database: the other node created a tenant first
      LOG.info("Unit tenants created concurrently ({}); checking again", concurrent.getMessage());
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      sync();
    }
  }

  /** Picks up unit rows added since the last run. */
  @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
  void refresh() {
    if (engine != null) {
      units.refresh();
      try {
        sync();
      } catch (RuntimeException concurrent) { // another node created the same tenant at the same moment
        LOG.debug("Unit tenants not synchronised this time: {}", concurrent.getMessage());
      }
    }
  }

  /** Creates what is missing; safe to call any number of times. */
  public synchronized void sync() {
    IdentityService identity = engine.getIdentityService();
    if (identity.createGroupQuery().groupId(PstGroups.PUSAT).count() == 0) {
      Group group = identity.newGroup(PstGroups.PUSAT);
      group.setName("BPS Pusat (semua unit)");
      group.setType(Groups.GROUP_TYPE_WORKFLOW);
      identity.saveGroup(group);
    }
    List<Unit> all = units.all();
    for (Unit unit : all) {
      if (identity.createTenantQuery().tenantId(unit.code()).count() == 0) {
        Tenant tenant = identity.newTenant(unit.code());
        tenant.setName(unit.name());
        identity.saveTenant(tenant);
        LOG.info("Created tenant {} ({})", unit.code(), unit.name());
      }
      if (identity.createTenantQuery().tenantId(unit.code()).groupMember(PstGroups.PUSAT).count() == 0) {
        identity.createTenantGroupMembership(unit.code(), PstGroups.PUSAT);
      }
    }
    if (all.size() == 1) {
      String only = all.get(0).code();
      for (String group : STAFF) {
        for (User user : identity.createUserQuery().memberOfGroup(group).list()) {
          if (identity.createTenantQuery().userMember(user.getId()).includingGroupsOfUser(true).count() == 0) {
            identity.createTenantUserMembership(only, user.getId());
            LOG.info("Staff user {} placed in the only unit {}", user.getId(), only);
          }
        }
      }
    }
  }
}
