package id.go.bps.pst.process;

import id.go.bps.pst.complaint.ComplaintProcess;
import id.go.bps.pst.identity.WithoutAuthentication;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The complaints process as the complaint module sees it. The public (web form, tracking page) has no
 * Camunda user: what it may do is checked by the complaint module, so these calls run without the
 * caller's engine authorizations, in the caller's transaction.
 */
@Component
class ComplaintProcessAdapter implements ComplaintProcess {

  private final RuntimeService runtime;
  private final IdentityService identity;

  ComplaintProcessAdapter(ProcessEngine engine) {
    this.runtime = engine.getRuntimeService();
    this.identity = engine.getIdentityService();
  }

  @Override
  public String start(String trackingCode, Map<String, Object> variables) {
    // the unit of the complaint row the complaint module stored (its process variables are built from it)
    Object unitCode = variables.get("unitCode");
    return asSystem(() -> id.go.bps.pst.common.UnitScope.call(unitCode == null ? null : unitCode.toString(),
        () -> runtime.createMessageCorrelation(MESSAGE_SUBMITTED)
        .processInstanceBusinessKey(trackingCode)
        .setVariables(variables)
        .correlateStartMessage()
        .getId()));
  }

  @Override
  public boolean confirm(String trackingCode) {
    return asSystem(() -> !runtime.createMessageCorrelation(MESSAGE_CONFIRMED)
        .processInstanceBusinessKey(trackingCode)
        .correlateAllWithResult().isEmpty());
  }

  @Override
  public boolean reopen(String trackingCode, Map<String, Object> variables) {
    return asSystem(() -> !runtime.createMessageCorrelation(MESSAGE_REOPENED)
        .processInstanceBusinessKey(trackingCode)
        .setVariables(variables)
        .correlateAllWithResult().isEmpty());
  }

  private <T> T asSystem(Supplier<T> action) {
    return WithoutAuthentication.call(identity, action);
  }
}
