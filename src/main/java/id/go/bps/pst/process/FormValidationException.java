package id.go.bps.pst.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A user's input in a task or start form that cannot be accepted. Thrown from a listener or a
 * synchronous delegate, it rolls the completion back (nothing is lost, no incident). The engine's
 * REST API answers form submissions that fail this way with HTTP 400 and this message, which
 * Tasklist shows above the form.
 */
public class FormValidationException extends FormFieldValidationException {
  public FormValidationException(String message) {
    super("pst-validation", message);
  }
}
