package id.go.bps.pst.process;

import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.complaint.Complaint;
import id.go.bps.pst.complaint.ComplaintCategory;
import id.go.bps.pst.complaint.ComplaintComplexity;
import id.go.bps.pst.complaint.ComplaintProperties;
import id.go.bps.pst.complaint.ComplaintService;
import id.go.bps.pst.complaint.ComplaintTimes;
import id.go.bps.pst.identity.PstGroups;
import id.go.bps.pst.identity.StaffNames;
import id.go.bps.pst.identity.WithoutAuthentication;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The user tasks of the complaints process.
 *
 * <p>On create: names the task with the tracking code and category (so two complaints are told apart
 * in Tasklist) and sets task-local variables for the form: the complaint text and deadlines. The complainant's
 * contact is no variable: the form of the tasks that show it gets it from the records when a handler of complaints
 * opens it ({@link FormVariablesFilter}), so an auditor reading the engine's variables does not see it.
 * An escalation task records the escalation in the complaint's history.
 *
 * <p>At the end of a completed task (execution listener, so that a refusal reaches Tasklist unwrapped):
 * checks the officer's or supervisor's input (refused with an Indonesian message, HTTP 400 in
 * Tasklist, nothing lost) and records the step in the complaint module.
 */
@Component("complaintTaskListener")
class ComplaintTaskListener implements TaskListener, ExecutionListener, ReadsFormFields {

  /** What each complaint task's completion reads from its form (a form deployed without one is refused). */
  private static final Map<String, Set<String>> FORM_FIELDS = Map.of(
      "Task_Triage", Set.of("category", "complexity", "assignedOfficer", "triageNote"),
      "Task_Handle", Set.of("answerText", "handlingNote"),
      "Task_SendAnswerManually", Set.of("answerSentVia", "answerSent", "answerSentNote"),
      "Task_EscalateFirstResponse", Set.of("escalationAction"),
      "Task_EscalateAnswer", Set.of("escalationAction"));

  static final String CONTACT = "complainantContact";
  static final Map<String, String> SENT_VIA = new LinkedHashMap<>();

  static {
    SENT_VIA.put("WHATSAPP", "WhatsApp");
    SENT_VIA.put("SMS", "SMS");
    SENT_VIA.put("LAPOR", "SP4N-LAPOR!");
    SENT_VIA.put("LETTER", "surat");
    SENT_VIA.put("PHONE", "telepon");
    SENT_VIA.put("IN_PERSON", "pertemuan langsung di unit PST");
    SENT_VIA.put("NOTICE_BOARD", "papan pengumuman PST");
    SENT_VIA.put("EMAIL", "e-mail");
  }

  private final ComplaintService complaints;
  private final ComplaintProperties properties;
  private final UnitProperties unit;

  ComplaintTaskListener(ComplaintService complaints, ComplaintProperties properties, UnitProperties unit) {
    this.complaints = complaints;
    this.properties = properties;
    this.unit = unit;
  }

  @Override
  public Set<String> formFields() {
    return FORM_FIELDS.values().stream().flatMap(Set::stream).collect(java.util.stream.Collectors.toSet());
  }

  @Override
  public Set<String> formFields(String taskDefinitionKey) {
    return FORM_FIELDS.getOrDefault(taskDefinitionKey, Set.of());
  }

  @Override
  public void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      created(task);
    }
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!execution.isCanceled()) {
      completed(execution);
    }
  }

  private void created(DelegateTask task) {
    String code = Vars.str(task, "trackingCode");
    Complaint c = complaints.get(code);
    task.setName(task.getName() + " · " + code + " · " + c.category().label());
    task.setVariableLocal("complaintSummary", summary(c));
    switch (task.getTaskDefinitionKey()) {
      case "Task_Triage" -> {
        task.setVariableLocal("firstResponseDueText", time(c.firstResponseDueAt(), c));
        task.setVariableLocal("answerDaysStandard", properties.answerDays());
        task.setVariableLocal("answerDaysComplex", properties.complexAnswerDays());
        task.setVariableLocal("answerDaysFieldCheck", properties.fieldCheckAnswerDays());
        task.setVariableLocal("officerOptions", Vars.jsonValue(officerOptions(task)));
      }
      case "Task_Handle" -> {
        task.setVariableLocal("answerDueText", time(c.answerDueAt(), c));
      }
      case "Task_EscalateFirstResponse" -> {
        complaints.escalate(code, "FIRST_RESPONSE");
        task.setVariableLocal("escalationReason", "Tanggapan pertama belum diberikan sampai batasnya, "
            + time(c.firstResponseDueAt(), c) + ".");
      }
      case "Task_EscalateAnswer" -> {
        complaints.escalate(code, "ANSWER");
        task.setVariableLocal("escalationReason", "Jawaban belum terkirim sampai batasnya, " + time(c.answerDueAt(), c)
            + (c.responsibleOfficer() == null ? "." : " (penanggung jawab: " + c.responsibleOfficer() + ")."));
      }
      default -> { }
    }
  }

  private void completed(DelegateExecution task) {
    String code = Vars.str(task, "trackingCode");
    String actor = Actors.of(task);
    switch (task.getCurrentActivityId()) {
      case "Task_Triage" -> triaged(task, code, actor);
      case "Task_Handle" -> {
        String answer = Vars.strOrEmpty(task, "answerText");
        if (answer.length() < 20 || answer.length() > 4000) {
          throw new FormValidationException("Tulis jawaban untuk pengadu, 20 sampai 4.000 karakter.");
        }
        complaints.recordAnswer(code, answer, Vars.str(task, "handlingNote"), actor);
        task.setVariable("answerText", answer);
      }
      case "Task_SendAnswerManually" -> {
        String via = SENT_VIA.get(Vars.strOrEmpty(task, "answerSentVia"));
        if (via == null) {
          throw new FormValidationException("Pilih saluran tempat jawaban dikirim.");
        }
        if (!Vars.bool(task, "answerSent")) {
          throw new FormValidationException("Centang bahwa jawaban sudah dikirim kepada pengadu; "
              + "selesaikan tugas ini setelah jawaban terkirim.");
        }
        Complaint answered = complaints.markAnswered(code, via, Vars.str(task, "answerSentNote"), actor);
        task.setVariable("confirmationDueAt", Date.from(answered.confirmationDueAt()));
      }
      case "Task_EscalateFirstResponse", "Task_EscalateAnswer" -> {
        String action = Vars.strOrEmpty(task, "escalationAction");
        if (action.length() < 5 || action.length() > 1000) {
          throw new FormValidationException("Catat tindakan yang diambil, 5 sampai 1.000 karakter.");
        }
        complaints.recordEscalationAction(code, action, actor);
      }
      default -> { }
    }
  }

  private void triaged(DelegateExecution task, String code, String actor) {
    ComplaintCategory category = enumOf(ComplaintCategory.class, Vars.str(task, "category"));
    ComplaintComplexity complexity = enumOf(ComplaintComplexity.class, Vars.str(task, "complexity"));
    String officer = Vars.str(task, "assignedOfficer");
    String note = Vars.str(task, "triageNote");
    StringBuilder problems = new StringBuilder();
    if (category == null) {
      problems.append("Pilih kategori pengaduan. ");
    }
    if (complexity == null) {
      problems.append("Pilih tingkat kerumitan (biasa, kompleks, atau perlu pemeriksaan lapangan). ");
    }
    if (officer == null || !isOfficer(task, officer)) {
      problems.append("Pilih petugas penanggung jawab dari kelompok Petugas PST unit ini. ");
    }
    if (note != null && (note.length() > 1000 || note.matches("(?s).*[<>{}].*"))) {
      problems.append("Catatan untuk pengadu paling banyak 1.000 karakter, tanpa tanda < > { }. ");
    }
    if (!problems.isEmpty()) {
      throw new FormValidationException(problems.toString().strip());
    }
    Complaint c = complaints.triage(code, category, complexity, officer, note, actor);
    task.setVariable("category", category.name());
    task.setVariable("categoryLabel", category.label());
    task.setVariable("complexity", complexity.name());
    task.setVariable("assignedOfficer", officer);
    task.setVariable("answerDueAt", Date.from(c.answerDueAt()));
  }

  private String summary(Complaint c) {
    // the complainant's words as typed inside the quote: Markdown's punctuation escaped (FormText)
    String quoted = "> " + FormText.escape(c.description().strip()).replace("\r", "").replace("\n", "\n> ");
    return quoted + "\n\nDiterima " + time(c.receivedAt(), c) + " melalui " + c.channel().label()
        + (c.laporReference() == null ? "" : " (LAPOR! " + c.laporReference() + ")")
        + (c.reopenCount() > 0 ? " · dibuka kembali " + c.reopenCount() + " kali" : "");
  }

  /** In the zone of the complaint's unit (WIB, WITA or WIT). */
  private String time(java.time.Instant instant, Complaint c) {
    return ComplaintTimes.format(instant, complaints.zone(c.unitCode()));
  }

  /**
   * Officers the supervisor can choose: the officers of the complaint's unit (its tenant), never another unit's, who
   * could neither see the task nor should read the complainant's data (identity look-ups need no user permissions of
   * the caller).
   */
  private List<Map<String, String>> officerOptions(DelegateTask task) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    return WithoutAuthentication.call(identity, () -> officers(identity, task.getTenantId())
        .orderByUserId().asc().list()).stream()
        .map(u -> Map.of("label", StaffNames.label(u), "value", u.getId())).toList();
  }

  /** An officer of the complaint's unit (the tenant of its process instance). */
  private static boolean isOfficer(DelegateExecution task, String userId) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    return WithoutAuthentication.call(identity, () -> officers(identity, task.getTenantId()).userId(userId)
        .count() == 1);
  }

  private static org.camunda.bpm.engine.identity.UserQuery officers(IdentityService identity, String tenantId) {
    var query = identity.createUserQuery().memberOfGroup(PstGroups.PETUGAS);
    return tenantId == null ? query : query.memberOfTenant(tenantId); // no tenant: from before units
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
