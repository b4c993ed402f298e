package id.go.bps.pst.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pairing of a visitor screen with one counter of one unit: what it accepts and what it refuses. */
class CounterScreenPairingTest {

  private static final String SECRET = "rahasia-layar-uji";
  private static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");
  private static final VisitProperties COUNTERS = new VisitProperties(null, List.of("Loket 1", "Loket 2"), null);

  /** A deployment serving the given units. */
  private static CounterScreenPairing pairing(String secret, Instant validFrom, String unitCode, VisitProperties visit,
      Instant now, String... otherUnits) {
    java.util.Set<String> served = new java.util.HashSet<>(List.of(otherUnits));
    served.add(unitCode);
    return new CounterScreenPairing(new CounterScreenProperties(secret, validFrom), served::contains, visit,
        Clock.fixed(now, ZoneOffset.UTC));
  }

  private static CounterScreenPairing tanaTidung() {
    return pairing(SECRET, null, "6503", COUNTERS, NOW);
  }

  @Test
  void aPairingOpensItsOwnUnitAndCounter() {
    String token = tanaTidung().issue("6503", "Loket 2");
    CounterScreenPairing.Pairing paired = tanaTidung().verify(token);
    assertThat(paired.unitCode()).isEqualTo("6503");
    assertThat(paired.counter()).isEqualTo("Loket 2");
    assertThat(paired.issuedAt()).isEqualTo(NOW);
    // long-lived: still valid a year later
    assertThat(pairing(SECRET, null, "6503", COUNTERS, NOW.plusSeconds(366L * 86400)).verify(token).counter())
        .isEqualTo("Loket 2");
    // URL-safe: a counter name with spaces needs no escaping
    assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
  }

  @Test
  void anOfficerRevokesOneCountersOldScreensOnly() {
    String old = tanaTidung().issue("6503", "Loket 1");
    String otherCounter = tanaTidung().issue("6503", "Loket 2");
    // Loket 1's screens revoked a minute later: its old pairing is refused, a new one and Loket 2's are not
    CounterScreenPairing.Revocations revoked = (unit, counter) -> "6503".equals(unit) && "Loket 1".equals(counter)
        ? java.util.Optional.of(NOW.plusSeconds(60)) : java.util.Optional.empty();
    Clock later = Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC);
    CounterScreenPairing afterwards = new CounterScreenPairing(new CounterScreenProperties(SECRET, null),
        "6503"::equals, COUNTERS, later, revoked);
    assertThatThrownBy(() -> afterwards.verify(old)).isInstanceOf(CounterScreenPairing.RefusedException.class)
        .hasMessageContaining("sudah dicabut");
    assertThat(afterwards.verify(otherCounter).counter()).isEqualTo("Loket 2");
    // paired again in the very second of the revocation: valid
    assertThat(afterwards.verify(afterwards.issue("6503", "Loket 1")).counter()).isEqualTo("Loket 1");
  }

  @Test
  void aTamperedTokenIsRefused() {
    String token = tanaTidung().issue("6503", "Loket 1");
    String[] parts = token.split("\\.");
    char s = parts[1].charAt(3);
    String otherSignature = parts[0] + "." + parts[1].substring(0, 3) + (s == 'A' ? 'B' : 'A') + parts[1].substring(4);
    char p = parts[0].charAt(2);
    String otherPayload = parts[0].substring(0, 2) + (p == 'A' ? 'B' : 'A') + parts[0].substring(3) + "." + parts[1];
    for (String bad : List.of(otherSignature, otherPayload, parts[0], parts[0] + ".", "." + parts[1], token + ".x",
        "garbage", "")) {
      assertThatThrownBy(() -> tanaTidung().verify(bad)).as(bad).isInstanceOf(CounterScreenPairing.RefusedException.class)
          .hasMessageContaining("tidak sah");
    }
    assertThatThrownBy(() -> tanaTidung().verify(null)).isInstanceOf(CounterScreenPairing.RefusedException.class);
  }

  @Test
  void theSignatureOfOneCounterDoesNotOpenAnother() {
    String token = tanaTidung().issue("6503", "Loket 1");
    String[] parts = token.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
    assertThat(payload).startsWith("6503\nLoket 1\n");
    String otherCounter = Base64.getUrlEncoder().withoutPadding().encodeToString(
        payload.replace("Loket 1", "Loket 2").getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> tanaTidung().verify(otherCounter + "." + parts[1]))
        .isInstanceOf(CounterScreenPairing.RefusedException.class);
  }

  @Test
  void aPairingOfAnotherUnitIsRefusedEvenWithTheSameSecret() {
    String ofAnotherUnit = pairing(SECRET, null, "6501", COUNTERS, NOW).issue("6501", "Loket 1");
    assertThatThrownBy(() -> tanaTidung().verify(ofAnotherUnit)).isInstanceOf(CounterScreenPairing.RefusedException.class);
    // and a token signed with another secret
    String otherSecret = pairing("rahasia-lain", null, "6503", COUNTERS, NOW).issue("6503", "Loket 1");
    assertThatThrownBy(() -> tanaTidung().verify(otherSecret)).isInstanceOf(CounterScreenPairing.RefusedException.class);
  }

  @Test
  void eachUnitOfOneDeploymentPairsItsOwnScreens() {
    CounterScreenPairing both = pairing(SECRET, null, "6503", COUNTERS, NOW, "6501");
    assertThat(both.verify(both.issue("6501", "Loket 1")).unitCode()).isEqualTo("6501");
    assertThat(both.verify(both.issue("6503", "Loket 1")).unitCode()).isEqualTo("6503");
    assertThat(both.issue("6501", "Loket 1")).isNotEqualTo(both.issue("6503", "Loket 1"));
    // no pairing for a unit the deployment does not serve
    assertThatThrownBy(() -> both.issue("6502", "Loket 1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pairingsAreRevokedBySettingsWithoutAnyState() {
    String token = tanaTidung().issue("6503", "Loket 1");
    // pairings issued before pst.screen.pairings-valid-from: refused; a new pairing works
    CounterScreenPairing afterLostTablet = pairing(SECRET, NOW.plusSeconds(60), "6503", COUNTERS, NOW.plusSeconds(120));
    assertThatThrownBy(() -> afterLostTablet.verify(token)).isInstanceOf(CounterScreenPairing.RefusedException.class)
        .hasMessageContaining("dicabut");
    assertThat(afterLostTablet.verify(afterLostTablet.issue("6503", "Loket 1")).counter()).isEqualTo("Loket 1");
    // a counter taken out of pst.visit.counters loses its screen
    CounterScreenPairing oneCounterLess = pairing(SECRET, null, "6503",
        new VisitProperties(null, List.of("Loket 1"), null), NOW);
    assertThat(oneCounterLess.verify(token).counter()).isEqualTo("Loket 1");
    String second = tanaTidung().issue("6503", "Loket 2");
    assertThatThrownBy(() -> oneCounterLess.verify(second)).isInstanceOf(CounterScreenPairing.RefusedException.class);
    assertThatThrownBy(() -> tanaTidung().issue("6503", "Loket 9")).isInstanceOf(IllegalArgumentException.class);
  }
}
