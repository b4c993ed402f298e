package id.go.bps.pst.process;

import id.go.bps.pst.common.UnitDirectory;
import id.go.bps.pst.common.UnitScope;
import id.go.bps.pst.identity.PstGroups;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every process instance (sale, complaint, refund) belongs to one unit: its tenant id is the unit's
 * code, and its tasks, jobs and history rows inherit it. Definitions stay shared (deployed without a
 * tenant). The unit comes from, in this order:
 * <ol>
 * <li>the calling instance (a call activity stays in its caller's unit);</li>
 * <li>our own record, when the starter knows it ({@link UnitScope}: the kiosk's unit, the request of a
 * late payment, the complaint's row);</li>
 * <li>the authenticated starter's unit, i.e. their single Camunda tenant membership (an officer starting
 * a sale or entering a complaint in Tasklist); someone in several units starts in the default unit
 * when they belong to it and may not start otherwise, nor may someone in no unit when there are
 * several;</li>
 * <li>the default unit ({@code pst.unit.code}) for a start without any caller (tests, scripts, admin).</li>
 * </ol>
 * Process variables are never read: a client cannot choose the unit.
 */
@Component
@Order(50)
class UnitTenantIdProvider implements TenantIdProvider, ProcessEnginePlugin {

  private final UnitDirectory units;

  UnitTenantIdProvider(UnitDirectory units) {
    this.units = units;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(this);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // nothing after initialisation
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    // nothing after the build
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    return unitOfStarter();
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null; // no CMMN in this application
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    // decisions inside a process inherit its tenant; a stand-alone evaluation belongs to its caller's unit
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : UnitScope.current();
  }

  String unitOfStarter() {
    String scoped = UnitScope.current();
    if (scoped != null) {
      return units.require(scoped).code();
    }
    Authentication auth = Context.getCommandContext() == null ? null
        : Context.getCommandContext().getAuthentication();
    if (auth != null && auth.getUserId() != null) {
      List<String> memberOf = auth.getTenantIds() == null ? List.of()
          : auth.getTenantIds().stream().filter(t -> units.find(t).isPresent()).toList();
      if (memberOf.size() == 1) {
        return memberOf.get(0);
      }
      String home = units.defaultUnit().code();
      if (memberOf.contains(home)) {
        return home; // someone in several units acts in this deployment's default unit
      }
      boolean admin = auth.getGroupIds() != null && auth.getGroupIds().contains(PstGroups.CAMUNDA_ADMIN);
      if (memberOf.size() > 1 && !admin) {
        throw new ProcessEngineException("Pengguna " + auth.getUserId() + " terdaftar di beberapa unit; "
            + "permintaan dan pengaduan dimulai oleh petugas satu unit.");
      }
      if (memberOf.isEmpty() && !admin && units.all().size() > 1) {
        throw new ProcessEngineException("Pengguna " + auth.getUserId() + " belum terdaftar di unit mana pun; "
            + "minta admin menambahkannya ke tenant unitnya.");
      }
    }
    return units.defaultUnit().code();
  }
}
