package id.go.bps.pst.visit.internal;

import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.notification.MailOutbox;
import id.go.bps.pst.notification.MailType;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of a returning visitor at the kiosk: a lookup by e-mail or identity number reveals
 * nothing by itself; when the visitor is on file, a one-time 6-digit code goes by e-mail (the mail outbox) to
 * the address on file, and only the right code, typed at the same kiosk session within
 * {@link #VALIDITY}, shows the name and lets the visit use the stored data.
 *
 * <p>Why the e-mailed code and not the last ticket's code: a ticket shows its queue number and request number,
 * both sequential and guessable, and the slip is left on chairs; the e-mail address is where the portal link
 * and every document of the visitor go anyway, so whoever reads that mailbox learns nothing new from the name.
 *
 * <p>The lookup answers the same whether the visitor is on file or not (no mail when not), and every code
 * allows {@link #ATTEMPTS} tries; both lookups and tries are rate-limited per client as well. The challenge
 * lives in the kiosk's HTTP session (sticky in the cluster), only as a SHA-256 of the code.
 */
@Component
class KioskSignIn {

  static final Duration VALIDITY = Duration.ofMinutes(10);
  static final int ATTEMPTS = 5;
  static final String CHALLENGE = "kioskChallenge";
  static final String VERIFIED = "kioskVerifiedVisitor";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** What the session keeps between the lookup and the code: never the code itself. */
  record Challenge(String visitorRef, String codeHash, Instant expiresAt, int attemptsLeft) implements Serializable {
  }

  enum Outcome { VERIFIED, WRONG, EXPIRED, NO_CHALLENGE }

  private final VisitorDirectory visitors;
  private final MailOutbox outbox;
  private final UnitProperties unit;
  private final Clock clock;

  KioskSignIn(VisitorDirectory visitors, MailOutbox outbox, UnitProperties unit, Clock clock) {
    this.visitors = visitors;
    this.outbox = outbox;
    this.unit = unit;
    this.clock = clock;
  }

  /** Starts a sign-in for the key; sends the code only when a visitor is on file. Answers nothing about it. */
  @Transactional
  void start(String key, HttpSession session) {
    start(key, null, session);
  }

  /** As {@link #start(String, HttpSession)} at the kiosk of the given unit (its mail, its zone). */
  @Transactional
  void start(String key, id.go.bps.pst.common.Unit kiosk, HttpSession session) {
    session.removeAttribute(VERIFIED);
    Optional<KnownVisitor> found = visitors.find(key);
    Instant expires = clock.instant().plus(VALIDITY);
    String code = String.format("%06d", RANDOM.nextInt(1_000_000));
    if (found.isPresent()) {
      String unitCode = kiosk == null ? unit.code() : kiosk.code();
      java.time.ZoneId zone = kiosk == null ? unit.zoneId() : kiosk.zoneId();
      outbox.enqueueTo(unitCode, unitCode, found.get().email(), MailType.KIOSK_CODE, Map.of("code", code,
          "validUntil", id.go.bps.pst.common.IndonesianFormat.hourMinute(expires, zone) + " "
              + id.go.bps.pst.common.IndonesianFormat.zoneName(zone)));
      session.setAttribute(CHALLENGE, new Challenge(found.get().ref(), hash(code), expires, ATTEMPTS));
    } else {
      // same shape, but no code can match (nothing was sent)
      session.setAttribute(CHALLENGE, new Challenge(null, null, expires, ATTEMPTS));
    }
  }

  /**
   * Checks a typed code. One try at a time per session: two tries sent at once both read "5 left" and each took one
   * off the same count, so parallel requests had more than {@link #ATTEMPTS} tries at one code.
   */
  Outcome verify(String typed, HttpSession session) {
    synchronized (org.springframework.web.util.WebUtils.getSessionMutex(session)) {
      return verifyOnce(typed, session);
    }
  }

  private Outcome verifyOnce(String typed, HttpSession session) {
    if (!(session.getAttribute(CHALLENGE) instanceof Challenge c)) {
      return Outcome.NO_CHALLENGE;
    }
    if (clock.instant().isAfter(c.expiresAt())) {
      session.removeAttribute(CHALLENGE);
      return Outcome.EXPIRED;
    }
    String code = typed == null ? "" : typed.replaceAll("\\s", "");
    boolean right = c.codeHash() != null && code.matches("\\d{6}")
        && MessageDigest.isEqual(c.codeHash().getBytes(StandardCharsets.US_ASCII),
            hash(code).getBytes(StandardCharsets.US_ASCII));
    if (right) {
      session.removeAttribute(CHALLENGE);
      session.setAttribute(VERIFIED, c.visitorRef());
      return Outcome.VERIFIED;
    }
    if (c.attemptsLeft() <= 1) {
      session.removeAttribute(CHALLENGE);
      return Outcome.EXPIRED;
    }
    session.setAttribute(CHALLENGE, new Challenge(c.visitorRef(), c.codeHash(), c.expiresAt(), c.attemptsLeft() - 1));
    return Outcome.WRONG;
  }

  /** The visitor this kiosk session proved to be, if any. */
  Optional<KnownVisitor> verified(HttpSession session) {
    return session.getAttribute(VERIFIED) instanceof String ref ? visitors.byRef(ref) : Optional.empty();
  }

  boolean pending(HttpSession session) {
    return session.getAttribute(CHALLENGE) instanceof Challenge;
  }

  void forget(HttpSession session) {
    session.removeAttribute(CHALLENGE);
    session.removeAttribute(VERIFIED);
  }

  private static String hash(String code) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
