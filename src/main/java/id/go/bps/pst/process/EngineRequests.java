package id.go.bps.pst.process;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the calls of the engine's REST API that complete a task, start a process with a form,
 * or load a task's form variables; both as Camunda's REST API ({@code /engine-rest}) and as the
 * webapps call it ({@code /camunda/api/engine/engine/default}).
 */
final class EngineRequests {

  private static final String ENGINE = "(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)";
  private static final Pattern TASK_COMPLETION = Pattern.compile(ENGINE + "/task/([^/]+)/(complete|submit-form|resolve)/?");
  private static final Pattern START = Pattern.compile(
      ENGINE + "/process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(start|submit-form)/?");
  private static final Pattern TASK_NOTE_CREATE = Pattern.compile(ENGINE + "/task/([^/]+)/(comment|attachment)/create/?");
  private static final Pattern TASK_ATTACHMENT = Pattern.compile(ENGINE + "/task/([^/]+)/attachment/[^/]+/?");
  private static final Pattern FORM_VARIABLES = Pattern.compile(ENGINE + "/task/([^/]+)/form-variables/?");

  private EngineRequests() {}

  /** The task id of a completion call. */
  static Optional<String> taskCompletion(String method, String path) {
    return "POST".equals(method) ? group(TASK_COMPLETION, path, 1) : Optional.empty();
  }

  /** A start call: the definition id, or the key (and tenant) of the latest definition. */
  static Optional<Start> start(String method, String path) {
    if (!"POST".equals(method)) {
      return Optional.empty();
    }
    Matcher m = START.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Start(m.group(3), m.group(1), m.group(2)));
  }

  /** The task id of a call that adds a comment or attachment to a task, or deletes an attachment. */
  static Optional<String> taskNote(String method, String path) {
    return "POST".equals(method) ? group(TASK_NOTE_CREATE, path, 1)
        : "DELETE".equals(method) ? group(TASK_ATTACHMENT, path, 1) : Optional.empty();
  }

  /** The task id of a form-variables call. */
  static Optional<String> formVariables(String method, String path) {
    return "GET".equals(method) ? group(FORM_VARIABLES, path, 1) : Optional.empty();
  }

  private static Optional<String> group(Pattern pattern, String path, int group) {
    Matcher m = pattern.matcher(path);
    return m.matches() ? Optional.of(m.group(group)) : Optional.empty();
  }

  record Start(String definitionId, String key, String tenantId) {}
}
