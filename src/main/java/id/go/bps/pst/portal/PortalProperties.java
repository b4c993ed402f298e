package id.go.bps.pst.portal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Visitor portal settings ({@code pst.portal.*}).
 *
 * @param secret HMAC-SHA256 key of the portal links; the default is for the embedded demo only and
 *     must be replaced (environment PST_PORTAL_SECRET or pst.portal.secret) in a real deployment
 * @param linkValidity how long a portal link works after it was issued
 * @param baseUrl public base URL the links start with; empty means {@code pst.public-base-url}
 */
@ConfigurationProperties("pst.portal")
public record PortalProperties(
    @DefaultValue(DEMO_SECRET) String secret,
    @DefaultValue("30d") Duration linkValidity,
    @DefaultValue("") String baseUrl) {

  public static final String DEMO_SECRET = "demo-portal-secret-change-me";
}
