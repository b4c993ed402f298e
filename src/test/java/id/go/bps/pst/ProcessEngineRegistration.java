package id.go.bps.pst;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Makes the engine of the test's own Spring context the one registered as "default" before each test.
 * Several test contexts are cached side by side, each with an engine named "default"; Camunda's static
 * registry keeps one per name and a context that closes (e.g. {@code @DirtiesContext}) unregisters the
 * name for all of them, after which the engine REST API of the others answers "Process engine default
 * not available". Registered for every test in {@code META-INF/spring.factories}.
 */
public class ProcessEngineRegistration extends AbstractTestExecutionListener {

  @Override
  public int getOrder() {
    return 5000; // after dependency injection
  }

  @Override
  public void prepareTestInstance(TestContext testContext) {
    register(testContext);
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    register(testContext);
  }

  private static void register(TestContext testContext) {
    if (!testContext.hasApplicationContext()) {
      return;
    }
    testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).ifAvailable(engine -> {
      if (ProcessEngines.getProcessEngines().get(engine.getName()) != engine) {
        ProcessEngines.registerProcessEngine(engine);
      }
    });
  }
}
