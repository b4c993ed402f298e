package id.go.bps.pst.visit;

import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the visitor screens at the counters ({@code pst.screen.*}).
 *
 * @param secret HMAC-SHA256 key of the pairing links (environment {@code PST_SCREEN_SECRET}); when unset,
 *     the portal's secret ({@code pst.portal.secret}); changing it unpairs every screen
 * @param pairingsValidFrom pairings issued before this moment are refused (unpairs every screen without
 *     changing the secret, e.g. after a tablet was lost); empty means all are valid
 */
@ConfigurationProperties(prefix = "pst.screen")
public record CounterScreenProperties(String secret, Instant pairingsValidFrom) {

  public CounterScreenProperties {
    if (secret == null || secret.isBlank()) {
      throw new IllegalStateException("pst.screen.secret (PST_SCREEN_SECRET) must not be empty");
    }
  }
}
