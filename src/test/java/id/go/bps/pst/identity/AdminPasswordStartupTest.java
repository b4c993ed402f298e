package id.go.bps.pst.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.bps.pst.PstApplication;
import id.go.bps.pst.identity.internal.AdminPasswordCheck;
import id.go.bps.pst.identity.internal.AdminPasswordCheck.MissingAdminPasswordException;
import id.go.bps.pst.identity.internal.AdminPasswordFailureAnalyzer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Outside 'demo' the admin password must come from PST_ADMIN_PASSWORD; without it the start-up stops. */
class AdminPasswordStartupTest {

  @Test
  void startupWithoutDemoProfileAndWithoutPasswordFailsClearly() {
    assumeTrue(System.getenv("PST_ADMIN_PASSWORD") == null, "PST_ADMIN_PASSWORD is set in this environment");
    assertThatThrownBy(() -> new SpringApplicationBuilder(PstApplication.class)
        .profiles("test-nodemo")
        .properties("spring.datasource.url=jdbc:h2:mem:admin-password-test", "server.port=0")
        .run().close())
        .isInstanceOf(MissingAdminPasswordException.class)
        .hasMessageContaining("PST_ADMIN_PASSWORD");
  }

  @Test
  void withoutTheCheckTheUnresolvedPlaceholderWouldBecomeThePassword() {
    // why the check exists: Spring Boot's binder keeps an unresolvable placeholder as literal text
    StandardEnvironment environment = environment(Map.of(
        "camunda.bpm.admin-user.id", "admin",
        "camunda.bpm.admin-user.password", "${PST_ADMIN_PASSWORD_NOT_SET_IN_ANY_TEST}"));
    assertThat(Binder.get(environment).bind("camunda.bpm.admin-user.password", String.class).get())
        .isEqualTo("${PST_ADMIN_PASSWORD_NOT_SET_IN_ANY_TEST}");
    assertThatThrownBy(() -> new AdminPasswordCheck().postProcessEnvironment(environment, null))
        .isInstanceOf(MissingAdminPasswordException.class);
  }

  @Test
  void blankPasswordIsRejectedAndARealOneAccepted() {
    assertThatThrownBy(() -> new AdminPasswordCheck().postProcessEnvironment(environment(Map.of(
        "camunda.bpm.admin-user.id", "admin", "camunda.bpm.admin-user.password", " ")), null))
        .isInstanceOf(MissingAdminPasswordException.class);
    new AdminPasswordCheck().postProcessEnvironment(environment(Map.of(
        "camunda.bpm.admin-user.id", "admin", "camunda.bpm.admin-user.password", "rahasia-kuat")), null);
    new AdminPasswordCheck().postProcessEnvironment(environment(Map.of()), null);
  }

  @Test
  void failureAnalysisTellsTheOperatorWhatToDo() {
    MissingAdminPasswordException failure = catchMissingPassword();
    FailureAnalysis analysis = new AdminPasswordFailureAnalyzer().analyze(failure);
    assertThat(analysis.getDescription()).contains("PST_ADMIN_PASSWORD", "admin");
    assertThat(analysis.getAction()).contains("PST_ADMIN_PASSWORD", "demo");
  }

  private static MissingAdminPasswordException catchMissingPassword() {
    try {
      new AdminPasswordCheck().postProcessEnvironment(environment(Map.of("camunda.bpm.admin-user.id", "admin")), null);
    } catch (MissingAdminPasswordException e) {
      return e;
    }
    throw new AssertionError("expected MissingAdminPasswordException");
  }

  private static StandardEnvironment environment(Map<String, Object> properties) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
    return environment;
  }
}
