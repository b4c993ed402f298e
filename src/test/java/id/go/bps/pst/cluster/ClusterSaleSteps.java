package id.go.bps.pst.cluster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * THE place for what the cluster test's driver sends: the start form and, per user task, who completes
 * it and the form variables, in the order of a whole cash sale of one publication (the same path and
 * values as the benchmark's {@code id.go.bps.bench.SaleVariables}, here in the JSON shape of the REST
 * API; {@code ClusterSaleStepsTest} keeps the two in step). When a form changes, change it here, nowhere
 * else in the cluster test.
 *
 * <p>Values are in the JSON shape of Camunda's REST API ({@code {"value": .., "type": ..}}).
 */
final class ClusterSaleSteps {

  private ClusterSaleSteps() {}

  static final String PROCESS_KEY = "penjualan-produk-statistik";
  static final String PUBLICATION = "kab-tana-tidung-dalam-angka-2025";

  /** A user task of the sale: its key, the demo user (and group) who completes it, and its variables. */
  record Step(String taskKey, String user, Function<Sale, Map<String, Object>> variables) {}

  /** What a step may need to know about its sale. {@code orderTotal} is read just before cash. */
  record Sale(int number, String visitorName, String visitorEmail, String counter, long orderTotal) {}

  /** The guest book (start form of the process). */
  static Map<String, Object> startForm(Sale sale) {
    return vars(
        "visitorName", sale.visitorName(),
        "identityType", "KTP",
        "identityNumber", "6503014507900001",
        "visitorEmail", sale.visitorEmail(),
        "visitorPhone", "081255650671",
        "institution", "Universitas Borneo Tarakan",
        "userCategory", "INDIVIDUAL",
        "purpose", "Membeli data untuk penelitian",
        "consent", true);
  }

  /** The user task the queue timer creates when the standard is passed; a supervisor handles it. */
  static final Step QUEUE_ESCALATION = new Step("Task_QueueEscalation", "supervisor1",
      s -> vars("escalationAction", "Petugas tambahan dibuka di loket"));

  /** The task whose form needs the order total ({@link Sale#orderTotal()}). */
  static final String CASH_TASK = "Task_ReceiveCash";

  /** The user tasks of a whole cash sale, in order; asynchronous steps between them run as jobs. */
  static final List<Step> STEPS = List.of(
      new Step("Task_CallVisitor", "petugas1", s -> vars("counterName", s.counter())),
      // the cart's first product group (the form has eight: item1, more2/item2, ...)
      new Step("Task_RecordRequest", "petugas1", s -> vars(
          "item1", json("{\"productId\":\"PUBLICATION:" + PUBLICATION + "\",\"format\":\"SOFTCOPY\",\"quantity\":1}"),
          "commercial", false, "purpose", "Penelitian")),
      new Step("Task_ExplainTerms", "petugas1", s -> vars("zeroTariffRequested", false)),
      new Step("Task_AcceptTerms", "petugas1", s -> vars("termsDecision", "ACCEPT",
          "documentsSubmitted", json("[\"IDENTITY_CARD\"]"))),
      new Step("Task_CheckDocuments", "petugas1", s -> vars("documentCheck", "COMPLETE")),
      new Step("Task_ReviewInvoice", "petugas1", s -> vars("invoiceReview", "OK")),
      new Step("Task_PrepareProduct", "petugas1", s -> vars()),
      new Step("Task_ChoosePaymentMethod", "petugas1", s -> vars("paymentMethod", "CASH")),
      // the treasurer confirms the amount the form shows (the priced order's total)
      new Step(CASH_TASK, "bendahara1", s -> vars("cashReceived", true)),
      new Step("Task_IssueReceipt", "bendahara1", s -> vars()),
      new Step("Task_Handover", "petugas1", s -> vars()),
      new Step("Task_ReviewProduct", "petugas1", s -> vars("productReview", "OK")),
      new Step("Task_RateService", "petugas1", s -> vars("surveyQ1", 4, "surveyQ2", 4, "surveyQ3", 4,
          "surveyQ4", 4, "surveyQ5", 4, "surveyQ6", 4, "surveyQ7", 4, "surveyQ8", 4, "surveyQ9", 4)));

  /** The end event of a completed sale. */
  static final String END_COMPLETED = "End_Completed";

  // ---- REST variable shapes ------------------------------------------------------------------------

  private record JsonText(String json) {}

  static Object json(String text) {
    return new JsonText(text);
  }

  static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> result = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      Object v = keyValues[i + 1];
      Map<String, Object> typed = new LinkedHashMap<>();
      if (v instanceof JsonText j) {
        typed.put("value", j.json());
        typed.put("type", "Json");
      } else {
        typed.put("value", v);
        typed.put("type", v instanceof Boolean ? "Boolean" : v instanceof Long ? "Long"
            : v instanceof Integer ? "Integer" : "String");
      }
      result.put((String) keyValues[i], typed);
    }
    return result;
  }
}
