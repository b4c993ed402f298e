package id.go.bps.pst.process;

import id.go.bps.pst.common.UnitProperties;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The filters in front of the engine's REST API, after its authentication (Camunda's own filters):
 * the completion guard, the guard of task comments and attachments, the administrators-only calls (jobs, history
 * statistics), the records' data in form variables and the
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
    return registration(guard, "pst-task-completion-guard", 20, ENGINE_API);
  }

  @Bean
  FilterRegistrationBean<TaskNotesGuard> taskNotesGuard(ProcessEngine engine) {
    return registration(new TaskNotesGuard(engine), "pst-task-notes-guard", 25, ENGINE_API);
  }

  @Bean
  FilterRegistrationBean<EngineAdministrationGuard> engineAdministrationGuard(ProcessEngine engine) {
    return registration(new EngineAdministrationGuard(engine), "pst-engine-administration-guard", 22, ENGINE_API);
  }

  /** Innermost: the engine's error answers in Indonesian, before the guards above look at them. */
  @Bean
  FilterRegistrationBean<EngineErrorAnswers> engineErrorAnswers(ProcessEngine engine) {
    return registration(new EngineErrorAnswers(engine), "pst-engine-error-answers", 5, ENGINE_API);
  }

  @Bean
  FilterRegistrationBean<DeploymentGuard> deploymentGuard(ModelCheck check, ProcessEngine engine) {
    return registration(new DeploymentGuard(check, engine), "pst-deployment-guard", 30, "/engine-rest/*");
  }

  @Bean
  FilterRegistrationBean<FormVariablesFilter> formVariablesFilter(SaleView view, ProcessEngine engine, TaskForms forms,
      id.go.bps.pst.complaint.ComplaintService complaints) {
    return registration(new FormVariablesFilter(view, engine, forms, complaints), "pst-form-variables", 10,
        ENGINE_API);
  }

  /** A filter on the given paths, {@code beforeLast} places before the lowest precedence (more: further out). */
  private static <T extends jakarta.servlet.Filter> FilterRegistrationBean<T> registration(T filter, String name,
      int beforeLast, String... paths) {
    FilterRegistrationBean<T> registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(paths);
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - beforeLast);
    return registration;
  }
}
