package id.go.bps.pst.portal.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bps.pst.process.Actors;
import id.go.bps.pst.process.FormValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The visitor's steps of the main process as the portal offers them: which tasks are open for a
 * request, and how a submitted portal form becomes the same variables the step's Camunda Form sends.
 * Completion runs with no Camunda user authenticated and marks the step (transient variable
 * {@code completedVia=portal}) so the audit trail records the visitor, not an officer.
 */
@Component
class VisitorTasks {

  /** Task definition key to the name of its form fragment in templates/portal/tasks.html. */
  static final Map<String, String> FRAGMENTS = Map.of(
      "Task_AcceptTerms", "terms",
      "Task_ReviewInvoice", "reviewInvoice",
      "Task_ChoosePaymentMethod", "payment",
      "Task_BillingExpiredDecision", "billingExpired",
      "Task_SignAgreement", "agreement",
      "Task_ReviewProduct", "reviewProduct",
      "Task_RateService", "rating");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProcessEngine engine;

  VisitorTasks(ProcessEngine engine) {
    this.engine = engine;
  }

  List<Task> open(String processInstanceId) {
    if (processInstanceId == null) {
      return List.of();
    }
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKeyIn(FRAGMENTS.keySet().toArray(String[]::new)).orderByTaskCreateTime().asc().list();
  }

  /** Completes one of the request's open visitor tasks with the submitted form. */
  void complete(String processInstanceId, String taskId, Map<String, List<String>> form) {
    Task task = open(processInstanceId).stream().filter(t -> t.getId().equals(taskId)).findFirst()
        .orElseThrow(() -> new FormValidationException(
            "Langkah ini sudah tidak menunggu isian Anda. Muat ulang halaman untuk melihat keadaan terbaru."));
    VariableMap variables = variables(task.getTaskDefinitionKey(), form);
    variables.putValueTyped(Actors.COMPLETED_VIA, Variables.stringValue(Actors.PORTAL, true));
    engine.getIdentityService().clearAuthentication(); // the visitor has no Camunda account
    engine.getTaskService().complete(task.getId(), variables);
  }

  static VariableMap variables(String taskKey, Map<String, List<String>> form) {
    VariableMap v = Variables.createVariables();
    switch (taskKey) {
      case "Task_AcceptTerms" -> {
        v.putValue("termsDecision", one(form, "termsDecision"));
        v.putValueTyped("documentsSubmitted", json(form.getOrDefault("documentsSubmitted", List.of())));
        v.putValue("dataUseAbstract", one(form, "dataUseAbstract"));
        v.putValue("cancelNote", one(form, "cancelNote"));
      }
      case "Task_ReviewInvoice" -> {
        v.putValue("invoiceReview", one(form, "invoiceReview"));
        v.putValue("correctionReason", one(form, "correctionReason"));
        v.putValue("cancelNote", one(form, "cancelNote"));
      }
      case "Task_ChoosePaymentMethod" -> {
        String method = one(form, "paymentMethod");
        if (!"CASH".equals(method) && !"BANK".equals(method)) {
          throw new FormValidationException("Pilih cara pembayaran: tunai atau bank.");
        }
        v.putValue("paymentMethod", method);
      }
      case "Task_BillingExpiredDecision" -> {
        String decision = one(form, "billingExpiredDecision");
        if (decision == null || !List.of("RENEW", "CASH", "CANCEL").contains(decision)) {
          throw new FormValidationException("Pilih keputusan Anda atas kode billing yang kedaluwarsa.");
        }
        v.putValue("billingExpiredDecision", decision);
        v.putValue("cancelNote", one(form, "cancelNote"));
      }
      case "Task_SignAgreement" -> {
        boolean signed = "true".equals(one(form, "agreementSigned"));
        boolean stamped = "true".equals(one(form, "dutyStampAffixed"));
        if (!signed || !stamped) {
          throw new FormValidationException(
              "Konfirmasikan bahwa perjanjian sudah ditandatangani, bermeterai, dan diserahkan kepada petugas PST.");
        }
        v.putValue("agreementSigned", true);
        v.putValue("dutyStampAffixed", true);
      }
      case "Task_ReviewProduct" -> {
        v.putValue("productReview", one(form, "productReview"));
        v.putValue("productCorrectionReason", one(form, "productCorrectionReason"));
      }
      case "Task_RateService" -> {
        for (int i = 1; i <= 9; i++) {
          String value = one(form, "surveyQ" + i);
          if (value == null || !value.matches("[1-4]")) {
            throw new FormValidationException("Berikan nilai 1 sampai 4 untuk setiap unsur (unsur " + i
                + " belum dinilai).");
          }
          v.putValue("surveyQ" + i, Long.parseLong(value));
        }
        v.putValue("surveyComment", one(form, "surveyComment"));
      }
      default -> throw new FormValidationException("Langkah ini tidak dapat diisi melalui portal.");
    }
    return v;
  }

  private static String one(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    if (values == null || values.isEmpty() || values.get(0) == null) {
      return null;
    }
    String s = values.get(0).strip();
    return s.isEmpty() ? null : s;
  }

  private static org.camunda.spin.plugin.variable.value.JsonValue json(List<String> values) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(values)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, List<String>> copy(Map<String, String[]> parameters) {
    Map<String, List<String>> form = new LinkedHashMap<>();
    parameters.forEach((k, v) -> form.put(k, List.of(v)));
    return form;
  }
}
