package id.go.bps.pst.payment.internal;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the payment module, prefix {@code pst.payment}. The shared secret is read from
 * {@code pst.payment.secret}, which the environment variable {@code PST_PAYMENT_SECRET} sets; the
 * default is for demonstrations only.
 */
@ConfigurationProperties(prefix = "pst.payment")
public class PaymentProperties {

  static final String DEMO_SECRET = "demo-secret-change-me";

  /** How long a billing code can be paid. */
  private Duration billingValidity = Duration.ofDays(7);

  /** Shared secret of the bank notification HMAC (HMAC-SHA256). */
  private String secret = DEMO_SECRET;

  /** How far the notification timestamp may be from our clock. */
  private Duration allowedClockSkew = Duration.ofMinutes(5);

  /** Default PNBP account code of a billing line. */
  private String accountCode = "425411";

  /** The unit's zone: receipt years and the reconciliation day are local to it. */
  private ZoneId zone = ZoneId.of("Asia/Makassar");

  public Duration getBillingValidity() {
    return billingValidity;
  }

  public void setBillingValidity(Duration billingValidity) {
    this.billingValidity = billingValidity;
  }

  public String getSecret() {
    return secret;
  }

  public void setSecret(String secret) {
    this.secret = secret;
  }

  public Duration getAllowedClockSkew() {
    return allowedClockSkew;
  }

  public void setAllowedClockSkew(Duration allowedClockSkew) {
    this.allowedClockSkew = allowedClockSkew;
  }

  public String getAccountCode() {
    return accountCode;
  }

  public void setAccountCode(String accountCode) {
    this.accountCode = accountCode;
  }

  public ZoneId getZone() {
    return zone;
  }

  public void setZone(ZoneId zone) {
    this.zone = zone;
  }

  boolean usesDemoSecret() {
    return DEMO_SECRET.equals(secret);
  }

  @Override
  public String toString() {
    // never print the secret
    return "PaymentProperties[billingValidity=" + billingValidity + ", allowedClockSkew=" + allowedClockSkew
        + ", accountCode=" + accountCode + ", zone=" + zone + "]";
  }
}
