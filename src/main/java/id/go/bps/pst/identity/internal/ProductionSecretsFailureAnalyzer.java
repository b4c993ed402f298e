package id.go.bps.pst.identity.internal;

import id.go.bps.pst.identity.internal.ProductionSecretsCheck.WeakSecretException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing, demo or weak HMAC secret into Spring Boot's "APPLICATION FAILED TO START" report. */
public class ProductionSecretsFailureAnalyzer extends AbstractFailureAnalyzer<WeakSecretException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, WeakSecretException cause) {
    return new FailureAnalysis(
        "Outside the 'demo' profile the HMAC secrets must be set and strong; these are not:\n  - "
            + String.join("\n  - ", cause.problems()) + "\n"
            + "Rahasia HMAC untuk notifikasi bank, tautan portal dan layar loket wajib diisi dengan nilai acak "
            + "yang kuat di luar profil 'demo'.",
        "Set each listed environment variable to a random value of at least " + ProductionSecretsCheck.MIN_LENGTH
            + " characters, e.g. PST_PAYMENT_SECRET=\"$(openssl rand -base64 48)\" and "
            + "PST_PORTAL_SECRET=\"$(openssl rand -base64 48)\" (PST_SCREEN_SECRET is optional and defaults to the "
            + "portal secret). The payment secret must equal the one configured at the bank side. "
            + "For a local trial start with the 'demo' profile.",
        cause);
  }
}
