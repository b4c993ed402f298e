package id.go.bps.pst.process;

import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.RequiredDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.springframework.stereotype.Component;

/**
 * End listener of a business rule task: records what the analysts' decision table decided in the
 * sale's record, where forms, pricing and gateways read it. The result is the engine's transient
 * variable {@code decisionResult} (no result variable is stored in the process). The decision is
 * recognised by its key (the DMN contract), not by the task's id.
 */
@Component("decisionRecorder")
class DecisionRecorder implements ExecutionListener {

  static final String RESULT_VARIABLE = "decisionResult";

  private final OrderService orders;

  DecisionRecorder(OrderService orders) {
    this.orders = orders;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void notify(DelegateExecution execution) {
    if (!(execution.getBpmnModelElementInstance() instanceof BusinessRuleTask task)) {
      return;
    }
    Object value = execution.getVariable(RESULT_VARIABLE);
    List<Map<String, Object>> rows = value instanceof DmnDecisionResult result ? result.getResultList()
        : value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    String requestNumber = SaleRecord.requestNumber(execution);
    switch (String.valueOf(task.getCamundaDecisionRef())) {
      case ProcessKeys.DECISION_REQUIRED_DOCUMENTS -> {
        Map<String, String> byCode = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
          byCode.putIfAbsent(String.valueOf(row.get("documentCode")), String.valueOf(row.get("documentName")));
        }
        orders.recordRequiredDocuments(requestNumber,
            byCode.entrySet().stream().map(e -> new RequiredDocument(e.getKey(), e.getValue())).toList());
      }
      case ProcessKeys.DECISION_ZERO_TARIFF -> {
        Map<String, Object> first = rows.isEmpty() ? Map.of() : rows.get(0);
        orders.recordZeroTariffEligibility(requestNumber, Boolean.TRUE.equals(first.get("zeroTariffMayApply")),
            first.get("zeroTariffBasis") == null ? null : first.get("zeroTariffBasis").toString());
      }
      default -> throw new IllegalStateException("No recorder for decision " + task.getCamundaDecisionRef());
    }
  }
}
