package id.go.bps.pst.process;

import id.go.bps.pst.complaint.Complaint;
import id.go.bps.pst.complaint.ComplaintService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the officer's answer by e-mail (outbox, same transaction) and opens the complainant's window. */
@Component("sendComplaintAnswerDelegate")
class SendComplaintAnswerDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  SendComplaintAnswerDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint answered = complaints.sendAnswerByEmail(Vars.str(execution, "trackingCode"));
    execution.setVariable("confirmationDueAt", Date.from(answered.confirmationDueAt()));
  }
}
