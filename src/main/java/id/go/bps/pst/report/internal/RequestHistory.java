package id.go.bps.pst.report.internal;

import id.go.bps.pst.common.CodeLabels;
import id.go.bps.pst.common.IndonesianFormat;
import id.go.bps.pst.order.RequestEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * A sale's history for auditors, from Camunda's history (HistoryService: every step with start, end and
 * duration, task assignees, variable updates, DMN decisions) joined with our audit trail
 * ({@code pst_request_event}: who completed each task, and whether a visitor step was done by the
 * visitor or by an officer on the visitor's behalf). Runs as the logged-in user (authorizations apply).
 */
@Component
class RequestHistory {

  /** Between a task's step name and the sale's number and visitor (process.StepNames, TaskLifecycle). */
  private static final String SEPARATOR = " · ";

  /** The documented main variables worth showing, with their Indonesian labels (README, "Process contract"). */
  static final Map<String, String> VARIABLES = new LinkedHashMap<>();

  static {
    VARIABLES.put("visitorName", "Nama pengguna layanan");
    VARIABLES.put("institution", "Instansi");
    VARIABLES.put("userCategory", "Kategori pengguna layanan");
    VARIABLES.put("ticketNumber", "Nomor antrian");
    VARIABLES.put("counterName", "Loket");
    VARIABLES.put("servingOfficer", "Petugas yang melayani");
    VARIABLES.put("purpose", "Keperluan penggunaan");
    VARIABLES.put("commercial", "Penggunaan komersial");
    VARIABLES.put("cashReceived", "Uang tunai diterima (dikonfirmasi bendahara)");
    VARIABLES.put("orderTotal", "Total PNBP");
    VARIABLES.put("legalBasis", "Dasar tarif");
    VARIABLES.put("hasMicrodata", "Berisi data mikro");
    VARIABLES.put("zeroTariffMayApply", "Tarif Rp0 mungkin berlaku");
    VARIABLES.put("zeroTariffRequested", "Tarif Rp0 diminta");
    VARIABLES.put("zeroTariffApproved", "Tarif Rp0 disetujui");
    VARIABLES.put("zeroTariffApplied", "Tarif Rp0 diterapkan");
    VARIABLES.put("termsDecision", "Keputusan atas ketentuan");
    VARIABLES.put("documentCheck", "Hasil pemeriksaan dokumen");
    VARIABLES.put("documentCheckNote", "Catatan pemeriksaan dokumen");
    VARIABLES.put("invoiceReview", "Hasil pemeriksaan invoice");
    VARIABLES.put("correctionReason", "Alasan perbaikan invoice");
    VARIABLES.put("correctionResult", "Hasil perbaikan invoice");
    VARIABLES.put("paymentMethod", "Cara pembayaran");
    VARIABLES.put("billingCode", "Kode billing");
    VARIABLES.put("billingExpiresAt", "Kode billing berlaku sampai");
    VARIABLES.put("billingExpiredDecision", "Keputusan setelah kode billing kedaluwarsa");
    VARIABLES.put("paid", "Sudah dibayar");
    VARIABLES.put("ntpn", "NTPN");
    VARIABLES.put("ntb", "NTB");
    VARIABLES.put("bank", "Bank");
    VARIABLES.put("paidAt", "Waktu bayar");
    VARIABLES.put("receiptNumber", "Nomor kuitansi");
    VARIABLES.put("invoiceDocumentId", "Invoice (dokumen)");
    VARIABLES.put("agreementDocumentId", "Perjanjian penggunaan data (dokumen)");
    VARIABLES.put("receiptDocumentId", "Kuitansi (dokumen)");
    VARIABLES.put("productReview", "Hasil pemeriksaan produk");
    VARIABLES.put("productCorrectionReason", "Alasan perbaikan produk");
    VARIABLES.put("productCorrectionResult", "Hasil perbaikan produk");
    VARIABLES.put("reissueReceipt", "Kuitansi diterbitkan ulang");
    VARIABLES.put("refundDecision", "Keputusan pengembalian dana");
    VARIABLES.put("cancelCode", "Alasan pembatalan (kode)");
    VARIABLES.put("cancelReason", "Alasan pembatalan");
  }

  static final Set<String> VISITOR_MARKS = Set.of("(oleh pengguna layanan melalui portal)");

  private final HistoryService history;
  private final RepositoryService repository;
  private final CodeLabels labels = new CodeLabels();
  private final id.go.bps.pst.identity.StaffNames staff;

  RequestHistory(HistoryService history, RepositoryService repository, id.go.bps.pst.identity.StaffNames staff) {
    this.history = history;
    this.repository = repository;
    this.staff = staff;
  }

  /** Who the bank's payment notification is in the history: the person, as it were, who set its values. */
  static final String BANK = "bank (notifikasi pembayaran)";

  /** The message the bank's notification is correlated as (README, "Process contract"). */
  static final String PAYMENT_MESSAGE = "PaymentReceived";

  /**
   * One step of the process. {@code after} is, for a step the application ran (a job, a decision), the step and
   * person that led to it ("«Buat dan berikan kuitansi» oleh Siti Rahmawati (bendahara1)"), or null.
   */
  record Step(String activityId, String name, String type, Instant start, Instant end, Duration duration,
      String who, String how, boolean visitorStep, boolean canceled, String after) {}

  /** One change of a documented variable, or one DMN decision, with the step and who did that step. */
  record Change(Instant time, String step, String who, String label, String value, String after) {}

  record View(String processInstanceId, boolean running, boolean found, Instant started, Instant ended,
      List<Step> steps, List<Change> changes, Map<String, String> systemSteps) {
    /** How long the process ran; null while it runs. */
    public Duration duration() {
      return started == null || ended == null ? null : Duration.between(started, ended);
    }

    /**
     * Who made a document the application produced in a step (a job after a person's step): "sistem, setelah
     * «step» oleh person", or "sistem" when that step is not known.
     */
    public String systemBy(String activityInstanceId) {
      return activityInstanceId == null ? "sistem" : systemSteps.getOrDefault(activityInstanceId, "sistem");
    }
  }

  /** "sistem", or "sistem, setelah …" for a step the application ran after a person's step. */
  static String system(String after) {
    return after == null ? "sistem" : "sistem, setelah " + after;
  }

  View of(String requestNumber, String processInstanceId, List<RequestEvent> events, IndonesianFormat fmt) {
    HistoricProcessInstance pi = processInstanceId == null ? null
        : history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    if (pi == null) {
      pi = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(requestNumber)
          .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
    }
    if (pi == null) {
      return new View(processInstanceId, false, false, null, null, List.of(), List.of(), Map.of());
    }
    String pid = pi.getId();
    BpmnModelInstance model = repository.getBpmnModelInstance(pi.getProcessDefinitionId());
    Map<String, HistoricTaskInstance> tasks = new HashMap<>();
    history.createHistoricTaskInstanceQuery().processInstanceId(pid).list().forEach(t -> tasks.put(t.getId(), t));

    List<RequestEvent> completions = events.stream().filter(e -> "TASK_COMPLETED".equals(e.action())).toList();
    // by identity: entries are records, and two completions of the same task in the same millisecond are equal
    Set<RequestEvent> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Step> steps = new ArrayList<>();
    Map<String, String> stepNames = new HashMap<>();
    Map<String, String> stepWho = new HashMap<>(); // activity instance id -> who did the step
    Map<String, String> stepAfter = new HashMap<>(); // activity instance id of a system step -> what led to it
    Map<String, HistoricActivityInstance> byInstance = new HashMap<>();
    List<HistoricActivityInstance> messages = new ArrayList<>(); // messages received (the bank's notification)
    List<HistoricActivityInstance> userTasks = new ArrayList<>(); // where a first value was typed
    String registrar = registrar(pi, pid); // who typed the guest book (the start of the sale)
    List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery().processInstanceId(pid)
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();
    for (HistoricActivityInstance a : activities) {
      String name = a.getActivityName() == null ? a.getActivityId() : a.getActivityName();
      stepNames.put(a.getId(), name);
      byInstance.put(a.getId(), a);
      if (StepDurations.SKIPPED_TYPES.contains(a.getActivityType())) {
        continue;
      }
      Instant start = instant(a.getStartTime());
      Instant end = instant(a.getEndTime());
      boolean visitorStep = "visitor".equals(property(model, a.getActivityId(), "actor"));
      String who;
      String how = "";
      if ("userTask".equals(a.getActivityType())) {
        HistoricTaskInstance task = a.getTaskId() == null ? null : tasks.get(a.getTaskId());
        // the step's name as this sale's task had it and the audit trail recorded it ("Periksa invoice" for a sale
        // without microdata: the model's property nameWithoutMicrodata), before " · number · visitor (ticket)"
        String shown = task == null || task.getName() == null ? null
            : task.getName().split(java.util.regex.Pattern.quote(SEPARATOR), 2)[0].strip();
        if (shown != null && !shown.isEmpty()) {
          name = shown;
          stepNames.put(a.getId(), name);
        }
        String taskName = name != null ? name : task != null ? task.getName() : ""; // the model's name, as audited
        RequestEvent done = end == null || a.isCanceled() ? null : match(completions, used, taskName, end);
        who = done != null ? done.actor() : task != null && task.getAssignee() != null ? task.getAssignee() : "";
        if (visitorStep && done != null) {
          String detail = done.detail() == null ? "" : done.detail();
          how = detail.contains("dibantu petugas") ? "dibantu petugas " + done.actor() + " atas nama pengguna layanan"
              : id.go.bps.pst.process.Actors.VISITOR_PORTAL.equals(done.actor()) ? "oleh pengguna layanan sendiri (portal)"
              : id.go.bps.pst.process.Actors.VISITOR_COUNTER.equals(done.actor())
                  ? "oleh pengguna layanan sendiri (layar loket)" : "oleh pengguna layanan sendiri";
        } else if (end == null) {
          how = task != null && task.getAssignee() != null ? "sedang dikerjakan" : "menunggu diambil";
        }
      } else if (MESSAGE_TYPES.contains(a.getActivityType())) {
        who = messageSender(model, a, events);
        if (end != null && !a.isCanceled()) {
          messages.add(a);
        }
      } else {
        who = "sistem";
        // a step the application ran (not a timer or a sub-process): what led to it
        String after = !SYSTEM_STEPS.contains(a.getActivityType()) ? null
            : after(model, a, byInstance, stepNames, stepWho, stepAfter, registrar, events);
        if (after != null) {
          stepAfter.put(a.getId(), after);
        }
      }
      if (a.isCanceled()) {
        String canceled = a.getActivityType() != null && a.getActivityType().contains("Timer")
            ? "tidak terpicu" : "dibatalkan";
        how = how.isEmpty() ? canceled : how + "; " + canceled;
      }
      stepWho.put(a.getId(), who);
      if ("userTask".equals(a.getActivityType()) && !a.isCanceled()) {
        userTasks.add(a);
      }
      steps.add(new Step(a.getActivityId(), name, a.getActivityType(), start, end,
          start != null && end != null ? Duration.between(start, end) : null, who, how, visitorStep, a.isCanceled(),
          stepAfter.get(a.getId())));
    }

    // every value that changed: a variable's value when it was set (its history row) and each later change
    // (its detail rows; the engine's history keeps no detail row for a first value: process/PstHistoryLevel).
    // A decision asked again in a loop (documents, invoice, product) is removed once its round is recorded and set
    // anew in the next: each round is its own history row, the removed ones included
    List<Change> changes = new ArrayList<>();
    List<org.camunda.bpm.engine.history.HistoricFormField> formFields = new ArrayList<>();
    for (HistoricDetail d : history.createHistoricDetailQuery().processInstanceId(pid).formFields().list()) {
      if (d instanceof org.camunda.bpm.engine.history.HistoricFormField f) {
        formFields.add(f);
      }
    }
    java.util.Set<String> changedLater = new java.util.HashSet<>();
    for (HistoricDetail d : history.createHistoricDetailQuery().processInstanceId(pid).variableUpdates()
        .orderByTime().asc().list()) {
      if (d instanceof HistoricVariableUpdate u && VARIABLES.containsKey(u.getVariableName())) {
        changedLater.add(u.getVariableInstanceId());
        changes.add(change(instant(u.getTime()), u.getActivityInstanceId(), stepNames, stepWho, stepAfter, messages,
            VARIABLES.get(u.getVariableName()), value(u.getVariableName(), u.getValue(), fmt)));
      }
    }
    List<org.camunda.bpm.engine.history.HistoricVariableInstance> variables =
        history.createHistoricVariableInstanceQuery().processInstanceId(pid).includeDeleted().list();
    for (var v : variables) {
      if (VARIABLES.containsKey(v.getName()) && !changedLater.contains(v.getId())) {
        // a first value's history row names the scope it lives in (the process instance), not the step that set it:
        // the form that sent it, else the step that ended when it was set, else the start of the sale (guest book)
        Instant created = instant(v.getCreateTime());
        String step = stepNames.containsKey(v.getActivityInstanceId()) ? v.getActivityInstanceId()
            : firstValueStep(v.getName(), created, instant(pi.getStartTime()), formFields, userTasks, activities);
        if (START.equals(step)) {
          changes.add(new Change(created, START_NAME, registrar, VARIABLES.get(v.getName()),
              value(v.getName(), v.getValue(), fmt), null));
        } else {
          changes.add(change(created, step, stepNames, stepWho, stepAfter, messages, VARIABLES.get(v.getName()),
              value(v.getName(), v.getValue(), fmt)));
        }
      }
    }
    changes.sort(java.util.Comparator.comparing(Change::time, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
    for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery().processInstanceId(pid)
        .includeOutputs().list()) {
      StringBuilder out = new StringBuilder();
      // outputs by their Indonesian label; internal codes (an output named ...Code) are left out
      decision.getOutputs().forEach(o -> {
        if (o.getVariableName() != null && o.getVariableName().endsWith("Code")) {
          return;
        }
        if (!out.isEmpty()) {
          out.append("; ");
        }
        out.append(o.getClauseName() != null ? o.getClauseName() : o.getVariableName()).append(": ")
            .append(value(o.getVariableName(), o.getValue(), fmt));
      });
      changes.add(new Change(instant(decision.getEvaluationTime()),
          stepNames.getOrDefault(decision.getActivityInstanceId(), ""), "sistem",
          "Keputusan DMN: " + (decision.getDecisionDefinitionName() != null ? decision.getDecisionDefinitionName()
              : decision.getDecisionDefinitionKey()), out.isEmpty() ? "(tidak ada aturan yang cocok)" : out.toString(),
          stepAfter.get(decision.getActivityInstanceId())));
    }
    changes.sort(java.util.Comparator.comparing(Change::time, java.util.Comparator.nullsLast(
        java.util.Comparator.naturalOrder())));
    Map<String, String> systemSteps = new HashMap<>();
    stepAfter.forEach((id, after) -> systemSteps.put(id, system(after)));
    return new View(pid, pi.getEndTime() == null, true, instant(pi.getStartTime()), instant(pi.getEndTime()),
        steps, changes, systemSteps);
  }

  /** The start form's step, as the changes name it. */
  private static final String START_NAME = "Buku tamu (awal proses)";

  /** The kinds of step in which a message arrives (the bank's notification, a cancellation). */
  private static final Set<String> MESSAGE_TYPES = Set.of("intermediateMessageCatch", "messageStartEvent",
      "boundaryMessage", "receiveTask");

  /**
   * A value's change: in a step (its who, and for a system step what led to it), else — when the step is a gateway
   * waiting for a message, or no step — in the message that arrived then (the bank's notification).
   */
  private static Change change(Instant time, String activityInstanceId, Map<String, String> stepNames,
      Map<String, String> stepWho, Map<String, String> stepAfter, List<HistoricActivityInstance> messages,
      String label, String value) {
    String who = activityInstanceId == null ? "" : stepWho.getOrDefault(activityInstanceId, "");
    if (who.isEmpty() && time != null) {
      for (HistoricActivityInstance m : messages) {
        long gap = Duration.between(time, instant(m.getEndTime())).toMillis();
        if (gap >= -1000 && gap <= 1000) {
          return new Change(time, stepNames.getOrDefault(m.getId(), ""), stepWho.getOrDefault(m.getId(), ""), label,
              value, null);
        }
      }
    }
    return new Change(time, activityInstanceId == null ? "" : stepNames.getOrDefault(activityInstanceId, ""), who,
        label, value, activityInstanceId == null ? null : stepAfter.get(activityInstanceId));
  }

  /** Who sent the message a step received: the bank for its payment notification, else the application. */
  private static String messageSender(BpmnModelInstance model, HistoricActivityInstance a, List<RequestEvent> events) {
    BaseElement element = model == null ? null : model.getModelElementById(a.getActivityId());
    if (element instanceof org.camunda.bpm.model.bpmn.instance.CatchEvent catchEvent) {
      for (var definition : catchEvent.getEventDefinitions()) {
        if (definition instanceof org.camunda.bpm.model.bpmn.instance.MessageEventDefinition m
            && m.getMessage() != null && PAYMENT_MESSAGE.equals(m.getMessage().getName())) {
          return BANK;
        }
      }
    }
    // another message (a cancellation): the person the audit trail names at that moment, if any
    Instant end = instant(a.getEndTime());
    if (end != null) {
      for (RequestEvent e : events) {
        if (e.actor() != null && !"system".equals(e.actor()) && !"TASK_COMPLETED".equals(e.action())
            && Math.abs(Duration.between(e.occurredAt(), end).toMillis()) <= 1000) {
          return "bank".equals(e.actor()) ? BANK : e.actor();
        }
      }
    }
    return "sistem";
  }

  /** Who registered the sale: the officer who started it, else the recorded registrar (the kiosk: "kiosk"). */
  private String registrar(HistoricProcessInstance pi, String pid) {
    if (pi.getStartUserId() != null) {
      return pi.getStartUserId();
    }
    return registrar(pi, history.createHistoricVariableInstanceQuery().processInstanceId(pid)
        .variableName("registeredBy").list());
  }

  private static String registrar(HistoricProcessInstance pi,
      List<org.camunda.bpm.engine.history.HistoricVariableInstance> variables) {
    return pi.getStartUserId() != null ? pi.getStartUserId() : variables.stream()
        .filter(v -> "registeredBy".equals(v.getName()) && v.getValue() != null).map(v -> v.getValue().toString())
        .findFirst().orElse("");
  }

  /**
   * What led to a step the application ran: the step before it in the model (through gateways) that ended last
   * before it began, as "«step» oleh person" for a person's step or a message, that step's own cause for another
   * system step, "«timer»" for a timer, the guest book for the start; null when nothing fits.
   */
  private String after(BpmnModelInstance model, HistoricActivityInstance a, Map<String, HistoricActivityInstance> seen, Map<String, String> stepNames, Map<String, String> stepWho,
      Map<String, String> stepAfter, String registrarLater, List<RequestEvent> events) {
    if (model == null || a.getStartTime() == null) {
      return null;
    }
    Set<String> sources = sources(model, a.getActivityId());
    if (sources.isEmpty()) {
      return null;
    }
    Instant start = instant(a.getStartTime());
    HistoricActivityInstance best = null;
    for (HistoricActivityInstance b : seen.values()) {
      Instant end = instant(b.getEndTime());
      if (!sources.contains(b.getActivityId()) || end == null || b.isCanceled()
          || end.isAfter(start.plusMillis(1000))) {
        continue;
      }
      if (best == null || end.isAfter(instant(best.getEndTime()))) {
        best = b;
      }
    }
    if (best == null) {
      return null;
    }
    String type = best.getActivityType();
    String name = stepNames.getOrDefault(best.getId(), best.getActivityId());
    if ("userTask".equals(type) || MESSAGE_TYPES.contains(type)) {
      String who = stepWho.containsKey(best.getId()) ? stepWho.get(best.getId())
          : messageSender(model, best, events); // a message start event is not a step of its own in the history
      return who.isEmpty() || "sistem".equals(who) ? "«" + name + "»" : "«" + name + "» oleh " + staff.label(who);
    }
    if ("startEvent".equals(type)) {
      return registrarLater.isEmpty() ? "«" + START_NAME + "»" : "«" + START_NAME + "» oleh " + staff.label(registrarLater);
    }
    if (type != null && type.contains("Timer")) {
      return "«" + name + "»";
    }
    return stepAfter.get(best.getId());
  }

  /**
   * The flow nodes whose completion leads to this one: its predecessors, looked for through gateways and throw
   * events, and from an embedded sub-process's start to what leads into the sub-process; a start event of the process
   * or of an event sub-process is a source itself.
   */
  private static Set<String> sources(BpmnModelInstance model, String activityId) {
    Set<String> found = new java.util.LinkedHashSet<>();
    if (!(model.getModelElementById(activityId) instanceof org.camunda.bpm.model.bpmn.instance.FlowNode first)) {
      return found;
    }
    java.util.Deque<org.camunda.bpm.model.bpmn.instance.FlowNode> todo = new java.util.ArrayDeque<>();
    Set<String> visited = new java.util.HashSet<>();
    todo.add(first);
    while (!todo.isEmpty()) {
      var node = todo.poll();
      if (!visited.add(node.getId())) {
        continue;
      }
      for (var flow : node.getIncoming()) {
        var source = flow.getSource();
        if (source instanceof org.camunda.bpm.model.bpmn.instance.Gateway
            || source instanceof org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent) {
          todo.add(source);
        } else if (source instanceof org.camunda.bpm.model.bpmn.instance.StartEvent
            && source.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.SubProcess sub
            && !sub.triggeredByEvent()) {
          todo.add(sub);
        } else {
          found.add(source.getId());
        }
      }
    }
    return found;
  }

  /** Within a second of each other (one transaction writes a step's end and the values it set). */
  private static boolean near(Instant a, Instant b) {
    return a != null && b != null && Math.abs(Duration.between(a, b).toMillis()) <= 1000;
  }

  /** The kinds of step in which the application, not a person, sets a value (timers and gateways set none). */
  private static final Set<String> SYSTEM_STEPS = Set.of("serviceTask", "businessRuleTask", "scriptTask", "sendTask",
      "task");

  /** {@link #firstValueStep}'s answer for a value of the start form (the guest book typed by an officer or the kiosk). */
  private static final String START = "#start";

  /**
   * The step that set a variable's first value: the form that sent that field at that time (the start form: {@link
   * #START}), else the system step running then (a delegate's result) or the user task that ended within a second
   * after it was set (a listener's value on completion), whichever ended nearest after it, the later on a tie; a task's
   * claim yields to the start when the value was set before the first task began; null when none fits.
   */
  private static String firstValueStep(String variable, Instant created, Instant processStart,
      List<org.camunda.bpm.engine.history.HistoricFormField> formFields, List<HistoricActivityInstance> userTasks,
      List<HistoricActivityInstance> activities) {
    if (created == null) {
      return null;
    }
    for (var f : formFields) {
      if (variable.equals(f.getFieldId()) && near(created, instant(f.getTime())) && f.getActivityInstanceId() != null) {
        return f.getActivityInstanceId().equals(f.getProcessInstanceId()) ? START : f.getActivityInstanceId();
      }
    }
    // a system step running when the value was set (a delegate's result), or a user task that ended within a second
    // after it (a listener's value on completion): the one that ended nearest after the value. The engine's history
    // keeps whole seconds on MariaDB, so a start and the first completion may share their second: on a tie the later
    // step wins (the task completed after the system step that created it)
    java.util.Set<String> taskIds = new java.util.HashSet<>();
    userTasks.forEach(a -> taskIds.add(a.getId()));
    HistoricActivityInstance best = null;
    long bestGap = Long.MAX_VALUE;
    for (HistoricActivityInstance a : activities) {
      Instant start = instant(a.getStartTime());
      Instant end = instant(a.getEndTime());
      if (start == null || end == null || a.isCanceled()) {
        continue;
      }
      long gap = Duration.between(created, end).toMillis();
      boolean system = SYSTEM_STEPS.contains(a.getActivityType()) && !created.isBefore(start) && gap >= 0;
      boolean task = taskIds.contains(a.getId()) && gap >= 0 && gap <= 1000;
      if ((system || task) && gap <= bestGap) {
        best = a;
        bestGap = gap;
      }
    }
    boolean atStart = setAtStart(created, processStart, userTasks);
    if (best != null && (!taskIds.contains(best.getId()) || !atStart)) {
      return best.getId();
    }
    return atStart ? START : null;
  }

  /** Set at the start, before the first task began. */
  private static boolean setAtStart(Instant created, Instant processStart, List<HistoricActivityInstance> userTasks) {
    Instant firstTask = userTasks.stream().map(a -> instant(a.getStartTime())).filter(java.util.Objects::nonNull)
        .min(java.util.Comparator.naturalOrder()).orElse(null);
    return processStart != null && !created.isBefore(processStart) && (firstTask == null || created.isBefore(firstTask));
  }

  /** The audit entry of a task's completion: same task name, nearest in time, each used once. */
  private static RequestEvent match(List<RequestEvent> completions, Set<RequestEvent> used, String taskName,
      Instant end) {
    RequestEvent best = null;
    long bestDistance = Long.MAX_VALUE;
    for (RequestEvent e : completions) {
      if (used.contains(e) || e.detail() == null || !e.detail().startsWith(taskName)) {
        continue;
      }
      long distance = Math.abs(Duration.between(e.occurredAt(), end).toMillis());
      if (distance < bestDistance) {
        best = e;
        bestDistance = distance;
      }
    }
    if (best != null) {
      used.add(best);
    }
    return best;
  }

  String value(String name, Object value, IndonesianFormat fmt) {
    if (value == null) {
      return "(kosong)";
    }
    if (value instanceof Boolean b) {
      return b ? "Ya" : "Tidak";
    }
    if (value instanceof Date d) {
      return fmt.dateTime(d);
    }
    if (("orderTotal".equals(name) || name.toLowerCase().contains("amount")) && value instanceof Number n) {
      return IndonesianFormat.rupiah(n.longValue());
    }
    if ("servingOfficer".equals(name)) {
      return staff.label(value.toString()); // "Rina Marlina (petugas1)", as in the steps and the audit trail
    }
    if (name.endsWith("DocumentId")) {
      return "dokumen nomor " + value;
    }
    String text = value.toString();
    return CodeLabels.has(text) ? labels.of(text) : fmt.text(text);
  }

  private static String property(BpmnModelInstance model, String activityId, String name) {
    if (model == null) {
      return null;
    }
    BaseElement element = model.getModelElementById(activityId);
    if (element == null) {
      return null;
    }
    ExtensionElements ext = element.getExtensionElements();
    if (ext == null) {
      return null;
    }
    for (CamundaProperties props : ext.getElementsQuery().filterByType(CamundaProperties.class).list()) {
      for (CamundaProperty p : props.getCamundaProperties()) {
        if (name.equals(p.getCamundaName())) {
          return p.getCamundaValue();
        }
      }
    }
    return null;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
