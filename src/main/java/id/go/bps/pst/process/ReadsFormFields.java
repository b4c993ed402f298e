package id.go.bps.pst.process;

import java.util.Set;

/**
 * A listener of a user task that reads fields of the task's Camunda Form: the names it returns are the ones
 * it reads (its own constants), so a form deployed without one of them is refused at deployment
 * ({@link ModelCheck}) rather than failing every sale at that step (forms are bound {@code latest}).
 */
interface ReadsFormFields {

  /** The keys the task's form must have for this listener. */
  Set<String> formFields();

  /**
   * The keys the form of one task must have, for a listener that several tasks share and that reads different
   * fields on each (the complaint's tasks); by default {@link #formFields()} for every task.
   */
  default Set<String> formFields(String taskDefinitionKey) {
    return formFields();
  }
}
