package id.go.bps.pst.process;

import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.complaint.Complaint;
import id.go.bps.pst.complaint.ComplaintCategory;
import id.go.bps.pst.complaint.ComplaintChannel;
import id.go.bps.pst.complaint.ComplaintService;
import id.go.bps.pst.complaint.ComplaintSubmission;
import id.go.bps.pst.complaint.ComplaintValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * An officer's entry of a complaint (box, e-mail, SMS/WhatsApp, LAPOR!) from the Tasklist start form:
 * the complaint module checks and stores it; its tracking code becomes the business key. The
 * complainant's name, e-mail, phone and the description written by the start form are removed from the
 * process (and kept out of history, see {@link PersonalDataHistoryFilter}); tasks look them up.
 */
@Component("registerComplaintDelegate")
class RegisterComplaintDelegate implements JavaDelegate {

  /** Start form variables that carry the complainant's data; removed after registration. */
  static final Set<String> FORM_PERSONAL = Set.of("complainantName", "complainantEmail", "complainantPhone");
  static final List<String> FORM_REMOVED = List.of("complainantName", "complainantEmail", "complainantPhone",
      "complaintDescription", "laporReference", "receivedDate");
  static final int MAX_DAYS_BACK = 60;

  private final ComplaintService complaints;
  private final UnitProperties unit;
  private final Clock clock;

  RegisterComplaintDelegate(ComplaintService complaints, UnitProperties unit, Clock clock) {
    this.complaints = complaints;
    this.unit = unit;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ComplaintSubmission submission = new ComplaintSubmission(
        execution.getTenantId() == null ? unit.code() : execution.getTenantId(),
        enumOf(ComplaintChannel.class, Vars.str(execution, "channel")),
        enumOf(ComplaintCategory.class, Vars.str(execution, "category")),
        Vars.str(execution, "complainantName"), Vars.str(execution, "complainantEmail"),
        Vars.str(execution, "complainantPhone"), Vars.str(execution, "complaintDescription"),
        Vars.str(execution, "requestNumber"));
    Complaint complaint;
    try {
      complaint = complaints.register(submission, Vars.str(execution, "laporReference"),
          receivedAt(Vars.str(execution, "receivedDate")), Actors.of(execution));
    } catch (ComplaintValidationException invalid) {
      throw new FormValidationException("Pengaduan belum dapat disimpan: " + String.join(" ", invalid.problems()));
    }
    String code = complaint.trackingCode();
    execution.setProcessBusinessKey(code);
    FORM_REMOVED.forEach(execution::removeVariable);
    execution.setVariables(complaints.processVariables(code));
    complaints.linkProcessInstance(code, execution.getProcessInstanceId());
  }

  /** The day the unit received it: today (null, now) or up to {@value #MAX_DAYS_BACK} days back (start of that day). */
  private Instant receivedAt(String date) {
    if (date == null || date.isBlank()) {
      return null;
    }
    LocalDate day;
    try {
      day = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
    } catch (DateTimeParseException e) {
      throw new FormValidationException("Tanggal diterima tidak dapat dibaca; gunakan pemilih tanggal.");
    }
    LocalDate today = LocalDate.now(clock.withZone(unit.zoneId()));
    if (day.isAfter(today)) {
      throw new FormValidationException("Tanggal diterima tidak boleh di masa depan.");
    }
    if (day.isBefore(today.minusDays(MAX_DAYS_BACK))) {
      throw new FormValidationException("Tanggal diterima paling lama " + MAX_DAYS_BACK + " hari yang lalu.");
    }
    return day.equals(today) ? null : day.atStartOfDay(unit.zoneId()).toInstant();
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
