package id.go.bps.pst.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * The input limits of our own routes: rate limits of the public endpoints and the body-size cap. A plain
 * configuration (not a component scan target of web-slice tests), like the identity module's security configuration.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class WebInputConfiguration {

  /** Our own routes; Camunda's webapps and REST API ({@code /camunda}, {@code /engine-rest}) keep their limits. */
  static final String[] OWN_ROUTES = {"/api/*", "/kiosk", "/kiosk/*", "/pengaduan", "/pengaduan/*", "/portal/*",
      "/loket/*", "/laporan", "/laporan/*", "/skm", "/verifikasi/*"};

  /** Tomcat's own error answers in Indonesian and in our shape (see {@link IndonesianErrorReportValve}). */
  @Bean
  org.springframework.boot.web.server.WebServerFactoryCustomizer<
      org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory> indonesianTomcatErrors() {
    return factory -> factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
        host.setErrorReportValveClass(IndonesianErrorReportValve.class.getName());
      }
    });
  }

  /** Boot's error answers as problem details for JSON clients; browsers keep the error page. */
  @Bean
  ProblemErrorController problemErrorController(org.springframework.boot.web.servlet.error.ErrorAttributes attributes,
      org.springframework.boot.autoconfigure.web.ServerProperties server,
      org.springframework.beans.factory.ObjectProvider<
          org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver> resolvers) {
    return new ProblemErrorController(attributes, server.getError(), resolvers.orderedStream().toList());
  }

  @Bean
  PublicRateLimits publicRateLimits(RateLimitProperties properties) {
    return new PublicRateLimits(properties);
  }

  @Bean
  FilterRegistrationBean<PublicRateLimitFilter> publicRateLimitFilter(PublicRateLimits limits, ObjectMapper objectMapper) {
    FilterRegistrationBean<PublicRateLimitFilter> registration =
        new FilterRegistrationBean<>(new PublicRateLimitFilter(limits, objectMapper));
    registration.setName("pst-public-rate-limit");
    registration.addUrlPatterns("/kiosk", "/kiosk/*", "/api/quotes", "/pengaduan", "/pengaduan/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(ObjectMapper objectMapper,
      @Value("${pst.request.max-body-size:256KB}") DataSize maxBodySize) {
    return sizeLimit("pst-request-size-limit", maxBodySize, objectMapper, OWN_ROUTES);
  }

  /**
   * The engine's REST API and the webapps' API take larger JSON (a cart's form, an administrator's batch of ids), but
   * not any size: a signed-in caller's 30 MB task query was read and parsed whole (the security probe). Uploads and
   * deployments are multipart and keep their own limits.
   */
  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> engineRequestSizeLimitFilter(ObjectMapper objectMapper,
      @Value("${pst.request.engine-max-body-size:2MB}") DataSize maxBodySize) {
    return sizeLimit("pst-engine-request-size-limit", maxBodySize, objectMapper, "/engine-rest/*", "/camunda/api/*");
  }

  private static FilterRegistrationBean<RequestSizeLimitFilter> sizeLimit(String name, DataSize maxBodySize,
      ObjectMapper objectMapper, String... urlPatterns) {
    FilterRegistrationBean<RequestSizeLimitFilter> registration =
        new FilterRegistrationBean<>(new RequestSizeLimitFilter(maxBodySize.toBytes(), objectMapper));
    registration.setName(name);
    registration.addUrlPatterns(urlPatterns);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
    return registration;
  }
}
