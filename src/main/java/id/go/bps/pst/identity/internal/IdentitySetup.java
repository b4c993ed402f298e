package id.go.bps.pst.identity.internal;

import static id.go.bps.pst.identity.PstGroups.AUDITOR;
import static id.go.bps.pst.identity.PstGroups.BENDAHARA;
import static id.go.bps.pst.identity.PstGroups.CAMUNDA_ADMIN;
import static id.go.bps.pst.identity.PstGroups.PETUGAS;
import static id.go.bps.pst.identity.PstGroups.SUPERVISOR;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the PST groups, their authorizations and the saved Tasklist filters when the process
 * engine has been built, in every profile. Idempotent: on a persistent database a restart finds
 * everything in place and creates nothing twice.
 *
 * <p>Task access itself is not granted here: Camunda gives a candidate group READ and UPDATE
 * (the default task permission) on each task it is a candidate for.
 *
 * <p>A {@link ProcessEnginePlugin} bean (the engine's plugin SPI; the Camunda starter applies
 * every such bean) rather than a listener for the starter's {@code PostDeployEvent}, because that
 * event is published only when the application uses {@code @EnableProcessApplication}.
 */
@Component
@Order(100)
public class IdentitySetup implements ProcessEnginePlugin {

  /** Process definitions the officer and the treasurer work on from Tasklist. */
  static final String SALE_PROCESS = "penjualan-produk-statistik";
  /** The complaints process: officers and the supervisor enter complaints from Tasklist. */
  static final String COMPLAINT_PROCESS = "pengaduan";

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

  private static final Map<String, String> GROUP_NAMES = new LinkedHashMap<>();

  static {
    GROUP_NAMES.put(PETUGAS, "Petugas PST");
    GROUP_NAMES.put(BENDAHARA, "Bendahara Penerimaan");
    GROUP_NAMES.put(SUPERVISOR, "Koordinator PST");
    GROUP_NAMES.put(AUDITOR, "Auditor");
    GROUP_NAMES.put(CAMUNDA_ADMIN, "camunda BPM Administrators");
  }

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
    setUp(processEngine);
  }

  /** Creates whatever is missing; safe to call any number of times. */
  public void setUp(ProcessEngine engine) {
    AuthorizationGrants grants = new AuthorizationGrants(engine.getAuthorizationService());
    createGroups(engine.getIdentityService());
    grantAuthorizations(grants);
    new TasklistFilters(engine.getFilterService(), engine.getTaskService(), grants).createMissing();
    LOG.info("PST identity: groups {}, authorizations and Tasklist filters are in place",
        GROUP_NAMES.keySet());
  }

  private void createGroups(IdentityService identityService) {
    GROUP_NAMES.forEach((id, name) -> {
      if (identityService.createGroupQuery().groupId(id).count() == 0) {
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType(CAMUNDA_ADMIN.equals(id) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
        identityService.saveGroup(group);
        LOG.info("Created group {} ({})", id, name);
      }
    });
  }

  private void grantAuthorizations(AuthorizationGrants grants) {
    // Officer and treasurer: Tasklist; the officer starts a sale from Tasklist.
    grants.grant(PETUGAS, APPLICATION, "tasklist", Permissions.ACCESS);
    grants.grant(PETUGAS, PROCESS_DEFINITION, SALE_PROCESS,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grants.grant(PETUGAS, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);

    // Complaints: officers and the supervisor enter complaints (box, e-mail, SMS/WhatsApp, LAPOR!).
    grants.grant(PETUGAS, PROCESS_DEFINITION, COMPLAINT_PROCESS,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grants.grant(SUPERVISOR, PROCESS_DEFINITION, COMPLAINT_PROCESS, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grants.grant(SUPERVISOR, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);

    grants.grant(BENDAHARA, APPLICATION, "tasklist", Permissions.ACCESS);
    grants.grant(BENDAHARA, PROCESS_DEFINITION, SALE_PROCESS, ProcessDefinitionPermissions.READ);

    // Supervisor: Tasklist for own tasks, Cockpit to watch everything, read-only.
    grants.grant(SUPERVISOR, APPLICATION, "tasklist", Permissions.ACCESS);
    grants.grant(SUPERVISOR, APPLICATION, "cockpit", Permissions.ACCESS);
    grantReadEverything(grants, SUPERVISOR);

    // Auditor: Cockpit only, read-only; nothing that changes state.
    grants.grant(AUDITOR, APPLICATION, "cockpit", Permissions.ACCESS);
    grantReadEverything(grants, AUDITOR);

    // camunda-admin gets ALL on every resource from the Camunda starter's admin-user handling.
  }

  private static void grantReadEverything(AuthorizationGrants grants, String group) {
    grants.grant(group, PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK);
    grants.grant(group, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    grants.grant(group, TASK, ANY, TaskPermissions.READ);
    // The two HISTORIC_* grants take effect only with enableHistoricInstancePermissions=true; until
    // then READ_HISTORY on the process definition governs history, as granted above.
    grants.grant(group, HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
    grants.grant(group, HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    grants.grant(group, DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grants.grant(group, DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grants.grant(group, DEPLOYMENT, ANY, Permissions.READ);
    grants.grant(group, OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);
  }
}
