package id.go.bps.pst.identity.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bps.pst.identity.AccessControl;
import id.go.bps.pst.identity.CurrentUser;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The servlet filters that authenticate /engine-rest (Camunda's HTTP Basic filter) and our /api and
 * /laporan paths. A plain configuration, so web-slice tests of other modules do not load them.
 */
@Configuration(proxyBeanMethods = false)
class IdentityFilters {


  /**
   * HTTP Basic for the Camunda REST API. Without it the starter leaves {@code /engine-rest} open to
   * anonymous callers; with it each call runs as the authenticated user and obeys authorizations.
   */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("pst-engine-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(ProcessEngine processEngine,
      ObjectMapper objectMapper, IdentityProperties properties) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(processEngine, objectMapper, properties));
    registration.setName("pst-api-authentication");
    registration.addUrlPatterns("/api", "/api/*", "/laporan", "/laporan/*", "/actuator", "/actuator/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
