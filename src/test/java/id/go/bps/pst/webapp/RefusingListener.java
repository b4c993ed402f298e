package id.go.bps.pst.webapp;

import id.go.bps.pst.process.FormValidationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Test only: refuses the test form's completion the way the process's validation listeners do (an
 * execution listener at the end of the user task throwing {@link FormValidationException}).
 */
public class RefusingListener implements ExecutionListener {

  static final String MESSAGE = "Catatan pemeriksaan belum dapat diterima: hubungi koordinator PST.";

  @Override
  public void notify(DelegateExecution execution) {
    throw new FormValidationException(MESSAGE);
  }
}
