package id.go.bps.pst.visit;

import id.go.bps.pst.common.UnitDirectory;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Pairs a visitor screen (a tablet or a second monitor facing the visitor, no account) with one
 * counter of one unit. The pairing is a signed, long-lived token {@code <payload>.<signature>}: the
 * payload (base64url) names unit code, counter and issue time; the signature is HMAC-SHA256 with
 * {@code pst.screen.secret} over a domain label and the payload, so it cannot be mistaken for a portal
 * link. Each unit of the deployment pairs its own screens (the officer's unit); a token names a unit the
 * deployment knows, or it is refused. A pairing opens only what is served at its own counter now. It is revoked for
 * one counter by the officer ("Cabut layar lama" on the counter page: {@link Revocations}), for all by changing the
 * secret or by {@code pst.screen.pairings-valid-from}; a counter removed from {@code pst.visit.counters}
 * loses its screens.
 */
@Component
public class CounterScreenPairing {

  private static final String DOMAIN = "pst-counter-screen\n";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  /** A verified pairing. */
  public record Pairing(String unitCode, String counter, Instant issuedAt) {}

  /**
   * Per counter: pairings issued before the answer are refused (the officer revoked that counter's old screens); empty
   * when nothing was revoked there.
   */
  @FunctionalInterface
  public interface Revocations {
    java.util.Optional<Instant> revokedBefore(String unitCode, String counter);

    Revocations NONE = (unitCode, counter) -> java.util.Optional.empty();
  }

  /** A pairing token that cannot be accepted; the message is for the person at the screen. */
  public static class RefusedException extends RuntimeException {
    public RefusedException(String message) {
      super(message);
    }
  }

  private final byte[] secret;
  private final Instant validFrom;
  private final Predicate<String> knownUnit;
  private final VisitProperties visit;
  private final Clock clock;
  private final Revocations revocations;

  @Autowired
  public CounterScreenPairing(CounterScreenProperties properties, UnitDirectory units, VisitProperties visit,
      Clock clock, Revocations revocations) {
    this(properties, code -> units.find(code).isPresent(), visit, clock, revocations);
  }

  /** With the units this deployment serves as a predicate on unit codes, nothing revoked per counter. */
  public CounterScreenPairing(CounterScreenProperties properties, Predicate<String> knownUnit, VisitProperties visit,
      Clock clock) {
    this(properties, knownUnit, visit, clock, Revocations.NONE);
  }

  /** With the units this deployment serves as a predicate on unit codes and the counters' revocations. */
  public CounterScreenPairing(CounterScreenProperties properties, Predicate<String> knownUnit, VisitProperties visit,
      Clock clock, Revocations revocations) {
    this.secret = properties.secret().getBytes(StandardCharsets.UTF_8);
    this.validFrom = properties.pairingsValidFrom();
    this.knownUnit = knownUnit;
    this.visit = visit;
    this.clock = clock;
    this.revocations = revocations;
  }

  /** A new pairing token for a counter of the unit (the officer's own unit, who pairs the screen). */
  public String issue(String unitCode, String counter) {
    if (!visit.counters().contains(counter)) {
      throw new IllegalArgumentException("unknown counter " + counter);
    }
    if (!knownUnit.test(unitCode)) {
      throw new IllegalArgumentException("unknown unit " + unitCode);
    }
    String payload = B64.encodeToString((unitCode + "\n" + counter + "\n" + clock.instant().getEpochSecond())
        .getBytes(StandardCharsets.UTF_8));
    return payload + "." + sign(payload);
  }

  /** The unit and counter a token pairs; {@link RefusedException} when tampered, revoked or of no unit served here. */
  public Pairing verify(String token) {
    String[] parts = token == null ? new String[0] : token.split("\\.", -1);
    if (parts.length != 2 || parts[0].isEmpty() || parts[0].length() > 400) {
      throw invalid();
    }
    byte[] expected = sign(parts[0]).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, parts[1].getBytes(StandardCharsets.US_ASCII))) {
      throw invalid();
    }
    String[] fields;
    long issued;
    try {
      fields = new String(B64D.decode(parts[0]), StandardCharsets.UTF_8).split("\n", -1);
      issued = fields.length == 3 ? Long.parseLong(fields[2]) : -1;
    } catch (IllegalArgumentException malformed) {
      throw invalid();
    }
    if (fields.length != 3 || !knownUnit.test(fields[0]) || !visit.counters().contains(fields[1])) {
      throw invalid();
    }
    Instant issuedAt = Instant.ofEpochSecond(issued);
    if (validFrom != null && issuedAt.isBefore(validFrom)
        || revocations.revokedBefore(fields[0], fields[1]).filter(issuedAt::isBefore).isPresent()) {
      throw new RefusedException("Pemasangan layar ini sudah dicabut. Mintalah petugas memasang ulang layar dari "
          + "halaman loket.");
    }
    return new Pairing(fields[0], fields[1], issuedAt);
  }

  private static RefusedException invalid() {
    return new RefusedException("Tautan layar pengguna layanan tidak sah. Mintalah petugas memasang ulang layar "
        + "dari halaman loket.");
  }

  private String sign(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return B64.encodeToString(mac.doFinal((DOMAIN + payload).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
