package id.go.bps.bench.stock;

import org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;

/**
 * The stock engine of the benchmark: the Camunda 7 Spring Boot starter with its defaults, started by
 * {@code id.go.bps.bench.Benchmark} in its own Spring context (same JVM, no web server) on its own
 * database. It scans only this package, so none of the application's beans, plugins or listeners are
 * in it. Its configuration is {@code src/test/resources/bench/stock.yaml} (the application's
 * {@code application.yaml} is not read): only what a stock engine needs to run on MariaDB at all.
 *
 * <p>The application's libraries on the shared class path that a plain Camunda application would not
 * have (Flyway with our migrations, JPA) are switched off, and so is the REST API (it needs a web
 * server, which the engine under test does not); the engine starter's own auto-configuration
 * (including the Spin plugin, present in a stock starter application that has Spin on its class path)
 * stays as it is.
 */
@SpringBootApplication(exclude = {FlywayAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
    JpaRepositoriesAutoConfiguration.class, CamundaBpmRestJerseyAutoConfiguration.class})
public class StockApplication {

  /** Arguments that make Spring Boot read bench/stock.yaml instead of the application's configuration. */
  public static final String[] CONFIGURATION = {
      "--spring.config.name=stock", "--spring.config.location=classpath:/bench/"};
}
