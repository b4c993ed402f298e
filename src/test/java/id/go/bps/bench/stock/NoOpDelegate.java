package id.go.bps.bench.stock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The stock sale's service tasks: they do nothing, so the stock engine's cost is the engine's own. */
public class NoOpDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    // nothing: a stock engine's service task without business code
  }
}
