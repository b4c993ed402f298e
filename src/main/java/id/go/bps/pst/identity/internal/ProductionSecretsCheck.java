package id.go.bps.pst.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Stops the start-up outside the {@code demo} profile when an HMAC secret is missing, is one of the
 * published demo values, or is weak: the payment secret ({@code PST_PAYMENT_SECRET}, bank notifications),
 * the portal secret ({@code PST_PORTAL_SECRET}, the visitors' links) and the visitor screens' secret
 * ({@code PST_SCREEN_SECRET}, which defaults to the portal's and is then checked as that one). A forged
 * bank notification or portal link needs nothing more than the secret, so a guessable one is as bad as none.
 * Runs after {@link AdminPasswordCheck} (listed after it in {@code META-INF/spring.factories}).
 */
public class ProductionSecretsCheck implements EnvironmentPostProcessor, Ordered {

  /** A secret must have at least this many characters (32 characters of base64 ≈ 192 bits). */
  public static final int MIN_LENGTH = 32;
  /** ... and at least this many different characters (rules out "aaaa…" and "12121212…"). */
  static final int MIN_DISTINCT = 10;

  static final String PAYMENT = "pst.payment.secret";
  static final String PORTAL = "pst.portal.secret";
  static final String SCREEN = "pst.screen.secret";

  /** The demo values shipped in the code, application.yaml and docker/env.example. */
  static final Set<String> DEMO_VALUES = Set.of("demo-secret-change-me", "demo-portal-secret-change-me",
      "change-me-payment-hmac", "change-me-portal-hmac");
  private static final List<String> DEMO_WORDS = List.of("demo", "change-me", "changeme", "secret", "rahasia",
      "password", "example", "contoh");

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.acceptsProfiles(Profiles.of("demo")) || !isThisApplication(application)) {
      return;
    }
    List<String> problems = new ArrayList<>();
    check(environment, PAYMENT, "PST_PAYMENT_SECRET", problems);
    check(environment, PORTAL, "PST_PORTAL_SECRET", problems);
    check(environment, SCREEN, "PST_SCREEN_SECRET", problems);
    if (!problems.isEmpty()) {
      throw new WeakSecretException(problems);
    }
  }

  /**
   * Only this application has these secrets; another Spring application started in the same JVM (the
   * benchmark's stock Camunda engine) is left alone.
   */
  private static boolean isThisApplication(SpringApplication application) {
    return application == null || application.getAllSources().stream()
        .anyMatch(source -> source instanceof Class<?> type && type.getName().startsWith("id.go.bps.pst."));
  }

  private static void check(ConfigurableEnvironment environment, String property, String variable,
      List<String> problems) {
    String value;
    try {
      value = environment.getProperty(property);
    } catch (IllegalArgumentException unresolvedPlaceholder) {
      value = null;
    }
    weakness(value).ifPresent(why -> problems.add(variable + " (" + property + "): " + why));
  }

  /** Why the secret cannot be used, or empty when it can. Never includes the value itself. */
  static java.util.Optional<String> weakness(String value) {
    if (value == null || value.isBlank() || value.contains("${")) {
      return java.util.Optional.of("not set / belum diisi");
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (DEMO_VALUES.contains(value) || DEMO_WORDS.stream().anyMatch(lower::contains)) {
      return java.util.Optional.of("a demo or placeholder value / nilai contoh (demo)");
    }
    if (value.length() < MIN_LENGTH) {
      return java.util.Optional.of("too short, " + value.length() + " characters, at least " + MIN_LENGTH
          + " needed / terlalu pendek, minimal " + MIN_LENGTH + " karakter");
    }
    if (value.chars().distinct().count() < MIN_DISTINCT) {
      return java.util.Optional.of("too few different characters / terlalu sedikit karakter yang berbeda");
    }
    return java.util.Optional.empty();
  }

  /** Thrown when a secret is missing, demo or weak; explained by {@link ProductionSecretsFailureAnalyzer}. */
  public static class WeakSecretException extends IllegalStateException {

    private final List<String> problems;

    WeakSecretException(List<String> problems) {
      super("Secrets unusable outside the 'demo' profile: " + String.join("; ", problems)
          + ". / Rahasia HMAC belum aman: " + String.join("; ", problems) + ".");
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }
}
