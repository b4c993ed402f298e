package id.go.bps.pst.identity.internal;

import id.go.bps.pst.common.Unit;
import id.go.bps.pst.common.UnitDirectory;
import id.go.bps.pst.identity.PstGroups;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Profile {@code demo}: a second unit (6501 BPS Kabupaten Bulungan) beside the default 6503, its staff
 * (password = user id) and a national auditor; the demo users of {@link DemoUsers} belong to the default
 * unit (6503).
 */
@Component
@Profile("demo")
@Order(250)
public class DemoUnits implements ProcessEnginePlugin {

  public static final String SECOND_UNIT = "6501";
  /** Stands for the configured default unit ({@code pst.unit.code}, 6503 unless set otherwise). */
  private static final String DEFAULT_UNIT = "default";

  record Membership(String userId, String firstName, String lastName, List<String> groups, String unit) {
  }

  static final List<Membership> MEMBERSHIPS = List.of(
      new Membership("petugas1", null, null, List.of(), DEFAULT_UNIT),
      new Membership("petugas2", null, null, List.of(), DEFAULT_UNIT),
      new Membership("bendahara1", null, null, List.of(), DEFAULT_UNIT),
      new Membership("supervisor1", null, null, List.of(), DEFAULT_UNIT),
      new Membership("auditor1", null, null, List.of(), DEFAULT_UNIT),
      new Membership("petugas6501", "Yohanes", "Lalung", List.of(PstGroups.PETUGAS), SECOND_UNIT),
      new Membership("bendahara6501", "Maria", "Ingan", List.of(PstGroups.BENDAHARA), SECOND_UNIT),
      new Membership("supervisor6501", "Hendra", "Gunawan", List.of(PstGroups.SUPERVISOR), SECOND_UNIT),
      new Membership("auditorpusat", "Ratna", "Kusuma", List.of(PstGroups.AUDITOR, PstGroups.PUSAT), null));

  private final UnitDirectory units;

  DemoUnits(UnitDirectory units) {
    this.units = units;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // nothing before initialisation: see postInit
  }

  /**
   * Adds the unit's row before UnitTenants creates the tenants (after every plugin's postInit). Not in
   * preInit: the row is written in a transaction of the application's JPA transaction manager, which waits
   * for the entity manager factory that Hibernate builds in the background; from postInit the engine has
   * parsed its own mappings meanwhile (issue 13: the start waited about 4 s there on a 2-core machine).
   */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (units.find(SECOND_UNIT).isEmpty()) {
      units.add(new Unit(SECOND_UNIT, "BPS Kabupaten Bulungan", "Asia/Makassar", "Tanjung Selor",
          "Jl. Jelarai Raya, Tanjung Selor, Kabupaten Bulungan, Kalimantan Utara", "bps6501@bps.go.id", null,
          null, null));
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    IdentityService identity = processEngine.getIdentityService();
    for (Membership m : MEMBERSHIPS) {
      if (m.firstName() != null && identity.createUserQuery().userId(m.userId()).count() == 0) {
        User user = identity.newUser(m.userId());
        user.setFirstName(m.firstName());
        user.setLastName(m.lastName());
        user.setEmail(m.userId() + "@bps.go.id");
        user.setPassword(m.userId());
        identity.saveUser(user);
      }
      for (String group : m.groups()) {
        if (identity.createUserQuery().userId(m.userId()).memberOfGroup(group).count() == 0) {
          identity.createMembership(m.userId(), group);
        }
      }
      String unit = DEFAULT_UNIT.equals(m.unit()) ? units.defaultUnit().code() : m.unit();
      if (unit != null && identity.createTenantQuery().tenantId(unit).userMember(m.userId()).count() == 0) {
        identity.createTenantUserMembership(unit, m.userId());
      }
    }
  }
}
