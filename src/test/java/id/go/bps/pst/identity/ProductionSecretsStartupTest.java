package id.go.bps.pst.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.bps.pst.PstApplication;
import id.go.bps.pst.identity.internal.ProductionSecretsCheck;
import id.go.bps.pst.identity.internal.ProductionSecretsCheck.WeakSecretException;
import id.go.bps.pst.identity.internal.ProductionSecretsFailureAnalyzer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Issue 11 finding 2: outside 'demo' the application started with the public demo secrets, so a bank
 * notification signed with the demo secret was accepted and a forged portal link opened a request. Now the
 * start-up stops, naming the variable, when a payment, portal or screen secret is missing, demo or weak.
 */
class ProductionSecretsStartupTest {

  static final String STRONG_PAYMENT = "q8Vw3kR1zP0sLx7mN2bT5yH9cJ4fG6dA-payment";
  static final String STRONG_PORTAL = "Z3nK8vQ1wE5rT7yU9iO0pL2kJ4hG6fD8-portal";

  @Test
  void productionStartWithoutSecretsStopsNamingBothVariables() {
    assumeTrue(System.getenv("PST_PAYMENT_SECRET") == null && System.getenv("PST_PORTAL_SECRET") == null,
        "secrets are set in this environment");
    assertThatThrownBy(() -> new SpringApplicationBuilder(PstApplication.class)
        .profiles("test-nodemo")
        .properties("spring.datasource.url=jdbc:h2:mem:secrets-test", "server.port=0")
        .run("--camunda.bpm.admin-user.password=a-strong-admin-password").close())
        .isInstanceOf(WeakSecretException.class)
        .hasMessageContaining("PST_PAYMENT_SECRET")
        .hasMessageContaining("PST_PORTAL_SECRET")
        .hasMessageContaining("PST_SCREEN_SECRET");
  }

  @Test
  void demoValuesAndWeakValuesAreRefusedWithoutEchoingThem() {
    assertRefused(Map.of("pst.payment.secret", "demo-secret-change-me", "pst.portal.secret", STRONG_PORTAL),
        "PST_PAYMENT_SECRET");
    assertRefused(Map.of("pst.payment.secret", STRONG_PAYMENT, "pst.portal.secret", "demo-portal-secret-change-me"),
        "PST_PORTAL_SECRET");
    assertRefused(Map.of("pst.payment.secret", "change-me-payment-hmac", "pst.portal.secret", STRONG_PORTAL),
        "PST_PAYMENT_SECRET");
    WeakSecretException shortOne = assertRefused(
        Map.of("pst.payment.secret", "kX9!short", "pst.portal.secret", STRONG_PORTAL), "PST_PAYMENT_SECRET");
    assertThat(shortOne.getMessage()).contains("32").doesNotContain("kX9!short");
    assertRefused(Map.of("pst.payment.secret", "ab".repeat(20), "pst.portal.secret", STRONG_PORTAL),
        "PST_PAYMENT_SECRET");
    // the screen secret defaults to the portal's: a strong portal secret covers it, a weak own one does not
    assertRefused(Map.of("pst.payment.secret", STRONG_PAYMENT, "pst.portal.secret", STRONG_PORTAL,
        "pst.screen.secret", "tablet"), "PST_SCREEN_SECRET");
  }

  @Test
  void strongSecretsPassAndTheDemoProfileKeepsItsDefaults() {
    check(Map.of("pst.payment.secret", STRONG_PAYMENT, "pst.portal.secret", STRONG_PORTAL,
        "pst.screen.secret", STRONG_PORTAL), false);
    check(Map.of(), true);
  }

  @Test
  void failureAnalysisSaysWhatToDo() {
    WeakSecretException failure = assertRefused(Map.of(), "PST_PAYMENT_SECRET");
    FailureAnalysis analysis = new ProductionSecretsFailureAnalyzer().analyze(failure);
    assertThat(analysis.getDescription()).contains("PST_PAYMENT_SECRET", "PST_PORTAL_SECRET", "Rahasia HMAC");
    assertThat(analysis.getAction()).contains("openssl rand", "demo");
  }

  private static WeakSecretException assertRefused(Map<String, Object> properties, String variable) {
    try {
      check(properties, false);
    } catch (WeakSecretException e) {
      assertThat(e.problems()).anyMatch(p -> p.startsWith(variable));
      return e;
    }
    throw new AssertionError("expected the start-up to stop for " + variable);
  }

  private static void check(Map<String, Object> properties, boolean demo) {
    StandardEnvironment environment = new StandardEnvironment();
    Map<String, Object> all = new HashMap<>(properties);
    // as application.yaml: the screen secret falls back to the portal secret
    all.putIfAbsent("pst.screen.secret", "${PST_SCREEN_SECRET_UNSET_IN_TESTS:${pst.portal.secret:demo-portal-secret-change-me}}");
    environment.getPropertySources().addFirst(new MapPropertySource("test", all));
    if (demo) {
      environment.setActiveProfiles("demo");
    } else {
      environment.setActiveProfiles("test-nodemo");
    }
    new ProductionSecretsCheck().postProcessEnvironment(environment, null);
  }
}
