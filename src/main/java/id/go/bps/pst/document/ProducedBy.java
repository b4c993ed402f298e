package id.go.bps.pst.document;

/**
 * Who produced a document version: the Camunda task and/or the user, as passed in by the caller.
 * At least one of the two must be given.
 */
public record ProducedBy(String taskId, String userId) {

  public ProducedBy {
    if (isBlank(taskId) && isBlank(userId)) {
      throw new IllegalArgumentException("producedBy needs a task id or a user id");
    }
  }

  public static ProducedBy task(String taskId, String userId) {
    return new ProducedBy(taskId, userId);
  }

  public static ProducedBy user(String userId) {
    return new ProducedBy(null, userId);
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
