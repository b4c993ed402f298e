package id.go.bps.pst.identity.internal;

import id.go.bps.pst.identity.internal.AdminPasswordCheck.MissingAdminPasswordException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing admin password into Spring Boot's "APPLICATION FAILED TO START" report. */
public class AdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdminPasswordException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminPasswordException cause) {
    return new FailureAnalysis(
        "The Camunda admin user '" + cause.adminId() + "' has no password. Outside the 'demo' profile "
            + "(for example under 'mariadb') the password is read only from the environment variable "
            + "PST_ADMIN_PASSWORD, and it is not set.\n"
            + "Kata sandi pengguna admin Camunda belum diatur (variabel lingkungan PST_ADMIN_PASSWORD kosong).",
        "Set PST_ADMIN_PASSWORD to a strong password before starting, e.g. "
            + "PST_ADMIN_PASSWORD='...' java -jar app.jar --spring.profiles.active=mariadb, "
            + "or start with the 'demo' profile for a local trial (admin/admin).",
        cause);
  }
}
