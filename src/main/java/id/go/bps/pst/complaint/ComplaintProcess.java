package id.go.bps.pst.complaint;

import java.util.Map;

/**
 * What the complaint module needs from the complaints process {@value #PROCESS_KEY} (implemented by
 * the process module, so this module does not depend on it). Business key = the tracking code.
 */
public interface ComplaintProcess {

  String PROCESS_KEY = "pengaduan";
  /** Starts the process for a complaint already stored (web form, another module). */
  String MESSAGE_SUBMITTED = "ComplaintSubmitted";
  /** The complainant is satisfied. */
  String MESSAGE_CONFIRMED = "ComplaintConfirmed";
  /** The complainant reopens the complaint; variable {@code reopenReason}. */
  String MESSAGE_REOPENED = "ComplaintReopened";

  /** Starts the process for a stored complaint with the given variables; returns the instance id. */
  String start(String trackingCode, Map<String, Object> variables);

  /** Moves the process waiting for the complainant's answer on; false when it does not wait for it. */
  boolean confirm(String trackingCode);

  /** Sends the process back to triage with new deadlines; false when it does not wait for it. */
  boolean reopen(String trackingCode, Map<String, Object> variables);
}
