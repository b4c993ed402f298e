package id.go.bps.pst.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step 6 preparation: prices the cart under the schedule in force and stores the priced lines. */
@Component("priceOrderDelegate")
class PriceOrderDelegate implements JavaDelegate {

  private final Pricing pricing;

  PriceOrderDelegate(Pricing pricing) {
    this.pricing = pricing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    pricing.priceAndStore(execution, SaleRecord.requestNumber(execution), Actors.of(execution));
    if (Vars.bool(execution, ProcessKeys.HAS_MICRODATA) && execution.getVariable("dataUseAbstract") == null) {
      // the purpose of use, typed once in the guest book or the cart, starts the abstract the visitor completes
      execution.setVariable("dataUseAbstract", Vars.strOrEmpty(execution, "purpose"));
    }
  }
}
