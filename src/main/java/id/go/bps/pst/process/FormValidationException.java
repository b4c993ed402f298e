package id.go.bps.pst.process;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A user's input in a task or start form that cannot be accepted. Thrown from a listener or a
 * synchronous delegate, it rolls the completion back (nothing is lost, no incident) and reaches
 * Tasklist and REST callers as HTTP 400 with this message.
 */
public class FormValidationException extends BadUserRequestException {
  public FormValidationException(String message) {
    super(message);
  }
}
