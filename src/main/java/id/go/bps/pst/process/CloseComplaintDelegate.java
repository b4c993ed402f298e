package id.go.bps.pst.process;

import id.go.bps.pst.complaint.ComplaintClosure;
import id.go.bps.pst.complaint.ComplaintService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes a complaint: confirmed by the complainant (Task_CloseConfirmed) or their window passed. */
@Component("closeComplaintDelegate")
class CloseComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  CloseComplaintDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ComplaintClosure closure = "Task_CloseConfirmed".equals(execution.getCurrentActivityId())
        ? ComplaintClosure.CONFIRMED : ComplaintClosure.TIMEOUT;
    complaints.close(Vars.str(execution, "trackingCode"), closure);
  }
}
