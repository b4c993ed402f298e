package id.go.bps.pst.process;

import id.go.bps.pst.common.UnitProperties;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The filters in front of the engine's REST API, after its authentication (Camunda's own filters):
 * the completion guard, the guard of task comments and attachments, the sale view in form variables and the
 * engine's error answers in Indonesian. A plain configuration, so web-slice tests
 * of other modules do not load it.
 */
@Configuration(proxyBeanMethods = false)
class EngineApiFilters {

  private static final String[] ENGINE_API = {"/engine-rest/*", "/camunda/api/engine/*"};

  @Bean
  FilterRegistrationBean<TaskCompletionGuard> taskCompletionGuard(ProcessEngine engine, TaskForms forms,
      UnitProperties unit, id.go.bps.pst.order.OrderService orders, id.go.bps.pst.common.UnitDirectory units) {
    TaskCompletionGuard guard = new TaskCompletionGuard(engine, forms, unit.zoneId(), orders);
    guard.units = units;
    FilterRegistrationBean<TaskCompletionGuard> registration = new FilterRegistrationBean<>(guard);
    registration.setName("pst-task-completion-guard");
    registration.addUrlPatterns(ENGINE_API);
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<TaskNotesGuard> taskNotesGuard(ProcessEngine engine) {
    FilterRegistrationBean<TaskNotesGuard> registration = new FilterRegistrationBean<>(new TaskNotesGuard(engine));
    registration.setName("pst-task-notes-guard");
    registration.addUrlPatterns(ENGINE_API);
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 25);
    return registration;
  }

  /** Innermost: the engine's error answers in Indonesian, before the guards above look at them. */
  @Bean
  FilterRegistrationBean<EngineErrorAnswers> engineErrorAnswers() {
    FilterRegistrationBean<EngineErrorAnswers> registration = new FilterRegistrationBean<>(new EngineErrorAnswers());
    registration.setName("pst-engine-error-answers");
    registration.addUrlPatterns(ENGINE_API);
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 5);
    return registration;
  }

  @Bean
  FilterRegistrationBean<DeploymentGuard> deploymentGuard(ModelCheck check) {
    FilterRegistrationBean<DeploymentGuard> registration = new FilterRegistrationBean<>(new DeploymentGuard(check));
    registration.setName("pst-deployment-guard");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 30);
    return registration;
  }

  @Bean
  FilterRegistrationBean<FormVariablesFilter> formVariablesFilter(SaleView view) {
    FilterRegistrationBean<FormVariablesFilter> registration = new FilterRegistrationBean<>(new FormVariablesFilter(view));
    registration.setName("pst-form-variables");
    registration.addUrlPatterns(ENGINE_API);
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }
}
