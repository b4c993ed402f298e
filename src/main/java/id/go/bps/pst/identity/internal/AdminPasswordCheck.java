package id.go.bps.pst.identity.internal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops the start-up, before the process engine exists, when the Camunda admin user is
 * configured without a usable password. Outside the {@code demo} profile the password comes only
 * from {@code PST_ADMIN_PASSWORD}; when that is unset, Spring Boot's binder would otherwise keep
 * the unresolved text {@code ${PST_ADMIN_PASSWORD}} as the password, and the Camunda starter would
 * create the admin user with it (and never change it on later starts, since the user then exists).
 * Registered in {@code META-INF/spring.factories}.
 */
public class AdminPasswordCheck implements EnvironmentPostProcessor {

  static final String ADMIN_ID = "camunda.bpm.admin-user.id";
  static final String ADMIN_PASSWORD = "camunda.bpm.admin-user.password";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String adminId = environment.getProperty(ADMIN_ID);
    if (adminId == null || adminId.isBlank()) {
      return;
    }
    String password;
    try {
      password = environment.getProperty(ADMIN_PASSWORD);
    } catch (IllegalArgumentException unresolvedPlaceholder) {
      password = null;
    }
    if (password == null || password.isBlank() || password.contains("${")) {
      throw new MissingAdminPasswordException(adminId);
    }
  }

  /** Thrown when the admin user has no password; explained by {@link AdminPasswordFailureAnalyzer}. */
  public static class MissingAdminPasswordException extends IllegalStateException {

    private final String adminId;

    MissingAdminPasswordException(String adminId) {
      super("The Camunda admin user '" + adminId + "' has no password: set the environment variable "
          + "PST_ADMIN_PASSWORD (or run with the 'demo' profile). / Kata sandi admin belum diatur: isi "
          + "variabel lingkungan PST_ADMIN_PASSWORD.");
      this.adminId = adminId;
    }

    public String adminId() {
      return adminId;
    }
  }
}
