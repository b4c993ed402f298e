package id.go.bps.pst.process;

import java.util.List;

/**
 * The only BPMN element ids Java relies on, each for a reason a property cannot carry; the model
 * test and the deployment check verify that the model has them (an analyst who renames one is told
 * at deployment, not by a visitor). Everything else Java finds through the model's properties
 * ({@code actor}, {@code standard}, {@code due}, {@code performerVariable}), decision keys and messages.
 */
public final class ModelContract {

  /** The counter page calls a ticket by completing this task (the officer's "call next"). */
  public static final String CALL_VISITOR = "Task_CallVisitor";

  /** Every id above. */
  public static final List<String> ELEMENT_IDS = List.of(CALL_VISITOR);

  /**
   * The messages Java sends into a process (by name), per process key, each with who sends it, in words for the
   * analyst: a model of that process must still have a message of that name that one of its events waits for,
   * or the sender fails at run time (the bank's notification is refused for ever, a cancellation is lost).
   */
  public static final java.util.Map<String, java.util.Map<String, String>> MESSAGES = java.util.Map.of(
      ProcessKeys.PROCESS_KEY, java.util.Map.of(
          ProcessKeys.MESSAGE_PAYMENT_RECEIVED, "pemberitahuan pembayaran dari bank (kode billing)",
          ProcessKeys.MESSAGE_CANCELLATION, "pembatalan oleh koordinator dan \"tidak hadir\" di loket"),
      id.go.bps.pst.complaint.ComplaintProcess.PROCESS_KEY, java.util.Map.of(
          id.go.bps.pst.complaint.ComplaintProcess.MESSAGE_SUBMITTED, "pengaduan baru dari formulir publik dan petugas",
          id.go.bps.pst.complaint.ComplaintProcess.MESSAGE_CONFIRMED, "konfirmasi pengadu bahwa jawaban diterima",
          id.go.bps.pst.complaint.ComplaintProcess.MESSAGE_REOPENED, "pengadu membuka kembali pengaduannya"));

  /**
   * The process variables Java sets on a sale, a refund or a complaint (besides the form fields, which the
   * forms declare, and a task's {@code performerVariable}, which the model names): what a model's
   * expression may read beyond its forms ({@link ModelCheck}). Where Java sets each one is named; a
   * variable Java starts setting belongs here, or an analyst's expression reading it is refused.
   */
  public static final java.util.Set<String> VARIABLES_SET_BY_JAVA = variablesSetByJava();

  private static java.util.Set<String> variablesSetByJava() {
    java.util.Set<String> names = new java.util.TreeSet<>(List.of(
        // RegisterVisitorDelegate
        ProcessKeys.REQUEST_NUMBER, "unitCode", "visitorName", "ticketNumber",
        // CancelRequestDelegate, VisitSaleProcess (a no-show), the model's take listeners
        ProcessKeys.CANCEL_CODE, ProcessKeys.CANCEL_REASON, ProcessKeys.CANCEL_NOTE, "cancelledBy",
        // PriceOrderDelegate, IssueBillingCodeDelegate, Documents, DocumentCheckValidationListener
        "dataUseAbstract", "billingExpiresAt", Documents.SAMPLE_IDS, "documentCheckNote",
        // TicketCalledListener, TaskLifecycle; VisitorSteps; DecisionRecorder; LatePaymentRefund (start)
        TaskLifecycle.SERVING_OFFICER, TaskLifecycle.SERVING_TREASURER, Actors.COMPLETED_VIA,
        DecisionRecorder.RESULT_VARIABLE, LatePaymentRefund.CAUSE,
        // the bank's payment message (payment.internal.BankNotificationHandler)
        id.go.bps.pst.payment.PaymentProcess.VAR_PAYMENT_METHOD, id.go.bps.pst.payment.PaymentProcess.VAR_PAID,
        id.go.bps.pst.payment.PaymentProcess.VAR_NTPN, id.go.bps.pst.payment.PaymentProcess.VAR_NTB,
        id.go.bps.pst.payment.PaymentProcess.VAR_PAID_AT, id.go.bps.pst.payment.PaymentProcess.VAR_BANK,
        id.go.bps.pst.payment.PaymentProcess.VAR_CHANNEL,
        // complaints: ComplaintService.processVariables (start), ComplaintTaskListener, SendComplaintAnswerDelegate
        "trackingCode", "channel", "channelLabel", "category", "categoryLabel", "answerByEmail",
        "firstResponseDueAt", "answerDueAt", "confirmationDueAt", "complexity", "assignedOfficer", "answerText",
        "complaintSummary", "firstResponseDueText", "answerDaysStandard", "answerDaysComplex",
        "answerDaysFieldCheck", "officerOptions", "answerDueText", "escalationReason"));
    // Pricing: hasPublication, hasMicrodata, hasMap (what the decision tables read)
    for (id.go.bps.pst.common.ProductType kind : id.go.bps.pst.common.ProductType.values()) {
      names.add(kind.processVariable());
    }
    return java.util.Collections.unmodifiableSet(names);
  }

  private ModelContract() {}
}
