package id.go.bps.bench;

import static id.go.bps.pst.process.ProcessTestSupport.cart;
import static id.go.bps.pst.process.ProcessTestSupport.guestBook;
import static id.go.bps.pst.process.ProcessTestSupport.json;
import static id.go.bps.pst.process.ProcessTestSupport.publication;
import static id.go.bps.pst.process.ProcessTestSupport.vars;
import static id.go.bps.pst.process.ProcessTestSupport.with;

import java.util.Map;
import java.util.function.Function;

/**
 * What the benchmark's officers enter: the start form and, per user task of the main process (by
 * task definition key), the variables the task is completed with. The sale is a publication bought by
 * an individual and paid in cash (the main happy path). This is the only place that knows the model's
 * tasks: when the model gains or loses a user task, change this class and nothing else. A task
 * without an entry stops the benchmark with its key.
 *
 * <p>The stock engine's sale completes its tasks (same ids, generated from a traced sale of ours) with
 * the same variables, so both store the same number of values per step.
 */
public final class SaleVariables {

  /** The group that starts a sale (the officer at the counter, in Tasklist). */
  public static final String STARTED_BY_GROUP = "petugas";

  /** The start form (guest book). */
  static Map<String, Object> start(Sale sale) {
    return guestBook("Siti Aminah", "INDIVIDUAL");
  }

  private static final Map<String, Function<Sale, Map<String, Object>>> TASKS = Map.ofEntries(
      Map.entry("Task_CallVisitor", sale -> vars("counterName", "Loket " + (1 + (sale.officer() - 1) % 3))),
      Map.entry("Task_RecordRequest", sale -> with(cart(publication("kab-tana-tidung-dalam-angka-2025")),
          vars("commercial", false, "purpose", "Penelitian"))),
      Map.entry("Task_ExplainTerms", sale -> vars("zeroTariffRequested", false)),
      Map.entry("Task_AcceptTerms", sale -> vars("termsDecision", "ACCEPT",
          "documentsSubmitted", json("[\"IDENTITY_CARD\"]"))),
      Map.entry("Task_CheckDocuments", sale -> vars("documentCheck", "COMPLETE")),
      Map.entry("Task_ReviewInvoice", sale -> vars("invoiceReview", "OK")),
      Map.entry("Task_ChoosePaymentMethod", sale -> vars("paymentMethod", "CASH")),
      // the treasurer confirms the amount the form shows (from the priced order)
      Map.entry("Task_ReceiveCash", sale -> vars("cashReceived", true)),
      Map.entry("Task_IssueReceipt", sale -> vars()),
      Map.entry("Task_PrepareProduct", sale -> vars()),
      Map.entry("Task_Handover", sale -> vars()),
      Map.entry("Task_ReviewProduct", sale -> vars("productReview", "OK")),
      Map.entry("Task_RateService", sale -> vars("surveyQ1", 4, "surveyQ2", 4, "surveyQ3", 4, "surveyQ4", 4,
          "surveyQ5", 4, "surveyQ6", 4, "surveyQ7", 4, "surveyQ8", 4, "surveyQ9", 4)));

  private SaleVariables() {}

  /** The variables the task with this key is completed with; fails naming the key when it has none. */
  static Map<String, Object> forTask(String taskDefinitionKey, Sale sale) {
    Function<Sale, Map<String, Object>> entry = TASKS.get(taskDefinitionKey);
    if (entry == null) {
      throw new IllegalStateException("The sale reached user task '" + taskDefinitionKey + "', which has no entry "
          + "in " + SaleVariables.class.getName() + ": add the variables an officer completes it with.");
    }
    return entry.apply(sale);
  }

  /** The sale being worked: the officer's number and the current value of a process variable. */
  public interface Sale {
    int officer();

    /** The process variable's current value (as the form shows it), or null when the sale has none. */
    Object variable(String name);
  }
}
