package id.go.bps.pst.portal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring links to the visitor portal. A token is {@code <request number>.<expiry epoch
 * seconds>.<signature>}, the signature being HMAC-SHA256 (base64url) over request number and expiry
 * with the secret {@code pst.portal.secret}. A token opens exactly the request it names.
 */
@Component
public class PortalLinks {

  private static final Logger LOG = LoggerFactory.getLogger(PortalLinks.class);
  private static final Pattern REQUEST_NUMBER = Pattern.compile("\\d{4}-\\d{4}-\\d{6}");

  /** A token with the moment it stops working. */
  public record Link(String token, String url, Instant expiresAt) {
  }

  private final byte[] secret;
  private final PortalProperties properties;
  private final String baseUrl;
  private final Clock clock;

  PortalLinks(PortalProperties properties, @Value("${pst.public-base-url:http://localhost:8080}") String publicBaseUrl,
      Clock clock) {
    this.properties = properties;
    this.secret = properties.secret().getBytes(StandardCharsets.UTF_8);
    String base = properties.baseUrl().isBlank() ? publicBaseUrl : properties.baseUrl();
    this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.clock = clock;
    if (PortalProperties.DEMO_SECRET.equals(properties.secret())) {
      LOG.warn("pst.portal.secret is the demo default: set a real secret outside the embedded demo");
    }
  }

  /** A new link for the request, valid for {@code pst.portal.link-validity}. */
  public Link issue(String requestNumber) {
    return issue(requestNumber, clock.instant().plus(properties.linkValidity()));
  }

  /** A link for the request that expires at the given moment (whole seconds). */
  public Link issue(String requestNumber, Instant expiresAt) {
    long expiry = expiresAt.getEpochSecond();
    String token = requestNumber + "." + expiry + "." + sign(requestNumber, expiry);
    return new Link(token, baseUrl + "/portal/" + token, Instant.ofEpochSecond(expiry));
  }

  /** The request number the token opens; {@link PortalLinkException} when tampered, malformed or expired. */
  public String verify(String token) {
    if (token == null) {
      throw new PortalLinkException(PortalLinkException.Reason.INVALID);
    }
    String[] parts = token.split("\\.");
    if (parts.length != 3 || !REQUEST_NUMBER.matcher(parts[0]).matches() || !parts[1].matches("\\d{1,12}")) {
      throw new PortalLinkException(PortalLinkException.Reason.INVALID);
    }
    long expiry = Long.parseLong(parts[1]);
    byte[] expected = sign(parts[0], expiry).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
      throw new PortalLinkException(PortalLinkException.Reason.INVALID);
    }
    if (!clock.instant().isBefore(Instant.ofEpochSecond(expiry))) {
      throw new PortalLinkException(PortalLinkException.Reason.EXPIRED);
    }
    return parts[0];
  }

  private String sign(String requestNumber, long expiry) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] sig = mac.doFinal((requestNumber + "|" + expiry).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
