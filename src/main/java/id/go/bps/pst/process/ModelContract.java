package id.go.bps.pst.process;

import java.util.List;

/**
 * The only BPMN element ids Java relies on, each for a reason a property cannot carry; the model
 * test and the deployment check verify that the model has them (an analyst who renames one is told
 * at deployment, not by a visitor). Everything else Java finds through the model's properties
 * ({@code actor}, {@code standard}, {@code due}, {@code performerVariable}), decision keys and messages.
 */
public final class ModelContract {

  /** The counter page calls a ticket by completing this task (the officer's "call next"). */
  public static final String CALL_VISITOR = "Task_CallVisitor";

  /** Every id above. */
  public static final List<String> ELEMENT_IDS = List.of(CALL_VISITOR);

  private ModelContract() {}
}
