package id.go.bps.pst.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Turns the two DMN results into what the forms show: the required documents as checklist options
 * and as text, and whether Rp0 may apply (false when no rule matched).
 */
@Component("decisionResultListener")
class DecisionResultListener implements ExecutionListener {

  @Override
  @SuppressWarnings("unchecked")
  public void notify(DelegateExecution execution) {
    Object documents = execution.getVariable("requiredDocumentsResult");
    if (documents instanceof List<?> rows) {
      Map<String, String> byCode = new LinkedHashMap<>();
      for (Object row : rows) {
        Map<String, Object> r = (Map<String, Object>) row;
        byCode.putIfAbsent(String.valueOf(r.get("documentCode")), String.valueOf(r.get("documentName")));
      }
      List<Map<String, String>> options = new ArrayList<>();
      byCode.forEach((code, name) -> options.add(Map.of("value", code, "label", name)));
      Vars.json(execution, "requiredDocumentOptions", options);
      execution.setVariable("requiredDocumentNamesText",
          byCode.isEmpty() ? "tidak ada" : String.join("; ", byCode.values()));
      execution.removeVariable("requiredDocumentsResult");
    }
    if ("Task_ZeroTariff".equals(execution.getCurrentActivityId())) {
      Object result = execution.getVariable("zeroTariffResult");
      Map<String, Object> r = result instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
      execution.setVariable("zeroTariffMayApply", Boolean.TRUE.equals(r.get("zeroTariffMayApply")));
      execution.setVariable("zeroTariffBasis", r.get("zeroTariffBasis") == null ? "" : r.get("zeroTariffBasis").toString());
      execution.setVariable("zeroTariffRequested", false);
      execution.removeVariable("zeroTariffResult");
    }
  }
}
