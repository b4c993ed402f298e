package id.go.bps.pst.visit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.notification.MailOutbox;
import id.go.bps.pst.notification.MailType;
import id.go.bps.pst.order.IdentityType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.web.MockHttpSession;

/** The kiosk's one-time code without Spring: its tries are counted once each, also when sent at the same time. */
class KioskSignInTest {

  /**
   * Forty wrong codes sent at once in one kiosk session (a script, not a person at the kiosk): before, each request
   * read the count of tries left before any wrote it back, so more than five tries were had at one code. Now four
   * are "wrong", the rest find the code void, and the right code after them opens nothing.
   */
  @Test
  void triesSentAtOnceAreCountedOneByOne() throws Exception {
    VisitorDirectory visitors = mock(VisitorDirectory.class);
    MailOutbox outbox = mock(MailOutbox.class);
    KnownVisitor ani = new KnownVisitor("ref-1", "Ani Lestari", IdentityType.KTP, "6503010101900001",
        "ani@example.org", "081234567890", "PT Maju", "PRIVATE");
    when(visitors.find("ani@example.org")).thenReturn(Optional.of(ani));
    UnitProperties unit = new UnitProperties("6503", "BPS Kabupaten Tana Tidung", "Asia/Makassar", "Tideng Pale",
        "Jl. Perintis", "ipds6503@bps.go.id", "0812-5565-0671", null, null, null);
    KioskSignIn signIn = new KioskSignIn(visitors, outbox, unit, Clock.systemUTC());
    MockHttpSession session = new MockHttpSession();
    signIn.start("ani@example.org", session);
    @SuppressWarnings("unchecked")
    ArgumentCaptor<Map<String, Object>> mail = ArgumentCaptor.forClass(Map.class);
    verify(outbox).enqueueTo(anyString(), anyString(), eq("ani@example.org"), eq(MailType.KIOSK_CODE), mail.capture());
    String right = (String) mail.getValue().get("code");
    String wrong = right.equals("000000") ? "111111" : "000000";

    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<KioskSignIn.Outcome>> tries = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      tries.add(pool.submit(() -> {
        go.await();
        return signIn.verify(wrong, session);
      }));
    }
    go.countDown();
    List<KioskSignIn.Outcome> outcomes = new ArrayList<>();
    for (Future<KioskSignIn.Outcome> t : tries) {
      outcomes.add(t.get());
    }
    pool.shutdown();
    assertThat(outcomes.stream().filter(o -> o == KioskSignIn.Outcome.WRONG).count()).isEqualTo(KioskSignIn.ATTEMPTS - 1);
    assertThat(outcomes).doesNotContain(KioskSignIn.Outcome.VERIFIED);
    assertThat(signIn.verify(right, session)).isNotEqualTo(KioskSignIn.Outcome.VERIFIED);
    assertThat(signIn.verified(session)).isEmpty();
    verify(outbox).enqueueTo(anyString(), anyString(), any(), any(), any());
  }
}
