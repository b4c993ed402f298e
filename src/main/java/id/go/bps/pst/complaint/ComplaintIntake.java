package id.go.bps.pst.complaint;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a complaint that arrives outside Tasklist (the public web form, the satisfaction survey when a
 * visitor's comment asks for follow-up): stores it, publishes {@link ComplaintFiled} and starts the
 * complaints process, all in one transaction.
 *
 * <pre>{@code
 * String code = intake.submit(new ComplaintSubmission("6503", ComplaintChannel.SURVEY,
 *     ComplaintCategory.SERVICE, name, email, phone, comment, requestNumber));
 * }</pre>
 */
@Service
public class ComplaintIntake {

  private final ComplaintService complaints;
  private final ComplaintProcess process;

  ComplaintIntake(ComplaintService complaints, ComplaintProcess process) {
    this.complaints = complaints;
    this.process = process;
  }

  /**
   * Files the complaint and returns its tracking code (e.g. {@code ADU-6503-K7Q2-9XMT}). Throws
   * {@link ComplaintValidationException} with messages in Bahasa Indonesia when it cannot be accepted;
   * nothing is stored then.
   */
  @Transactional
  public String submit(ComplaintSubmission submission) {
    String actor = submission.channel() == ComplaintChannel.SURVEY ? "survei kepuasan" : "pengadu (formulir web)";
    Complaint complaint = complaints.register(submission, null, null, actor);
    String instanceId = process.start(complaint.trackingCode(), complaints.processVariables(complaint.trackingCode()));
    complaints.linkProcessInstance(complaint.trackingCode(), instanceId);
    return complaint.trackingCode();
  }

  /** The complainant is satisfied; the process closes the complaint. */
  @Transactional
  public void confirm(String trackingCode) {
    complaints.requireAwaitingConfirmation(trackingCode);
    if (!process.confirm(trackingCode)) {
      throw new ComplaintValidationException("Pengaduan ini tidak sedang menunggu tanggapan Anda.");
    }
  }

  /** The complainant reopens the complaint with a reason; it goes back to the supervisor's triage. */
  @Transactional
  public void reopen(String trackingCode, String reason) {
    var variables = complaints.reopen(trackingCode, reason);
    if (!process.reopen(trackingCode, variables)) {
      throw new ComplaintValidationException("Pengaduan ini tidak sedang menunggu tanggapan Anda.");
    }
  }
}
