package id.go.bps.pst.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.TestSql;
import id.go.bps.pst.portal.PortalTestSupport;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The outbox with several senders on one database (as in a cluster): a mail is sent by the one sender
 * that claimed it, never twice; a claim of a node that died expires and another node sends the mail.
 */
class MailOutboxClaimTest extends PortalTestSupport {

  @Autowired MailOutbox outbox;

  private static String mailId(MimeMessage message) {
    try {
      return message.getHeader("X-PST-Mail-Id", null);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Long> receivedById() {
    return Arrays.stream(smtp().getReceivedMessages()).map(MailOutboxClaimTest::mailId)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  @Test
  void theMailServerIsPartOfTheHealthButNotOfReadiness() throws Exception {
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    java.util.function.Function<String, String> asAdmin = path -> {
      try {
        return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)))
            .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin".getBytes()))
            .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    };
    assertThat(asAdmin.apply("/actuator/health")).contains("\"mail\":{\"status\":\"UP\"");
    assertThat(asAdmin.apply("/actuator/health/readiness")).doesNotContain("\"mail\"");
  }

  @Test
  void aClaimOfADeadNodeExpiresAndTheMailIsSentOnceByAnotherNode() throws Exception {
    String number = startRequest("Dewi Lestari", "dewi@example.com");
    long id = outbox.forRequest(number).get(0).id();
    // another node claimed the mail and died before sending it
    Instant now = Instant.now();
    TestSql.update(jdbc, "update pst_mail_outbox set claimed_by = 'node-x/dead', claimed_until = ?, attempts = 1 where id = ?",
        Timestamp.from(now.plusSeconds(300)), id);

    mailSender.sendDue(now);
    assertThat(receivedById()).doesNotContainKey(String.valueOf(id));
    assertThat(outbox.forRequest(number).get(0).status()).isEqualTo(MailStatus.PENDING);

    // after the claim time, this node takes the mail over
    mailSender.sendDue(now.plusSeconds(301));
    assertThat(receivedById()).containsEntry(String.valueOf(id), 1L);
    OutboxMail sent = outbox.forRequest(number).get(0);
    assertThat(sent.status()).isEqualTo(MailStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(2);
    assertThat(jdbc.queryForObject("select sent_by from pst_mail_outbox where id = ?", String.class, id))
        .isNotBlank().isNotEqualTo("node-x");
  }

  @Test
  void concurrentSendersNeverSendOneMailTwice() throws Exception {
    List<String> numbers = new ArrayList<>();
    for (String name : List.of("Ani", "Budi", "Citra", "Dodi", "Eko", "Fitri")) {
      numbers.add(startRequest(name + " Santoso", name.toLowerCase() + "@example.com"));
    }
    List<Long> ids = numbers.stream().flatMap(n -> outbox.forRequest(n).stream()).map(OutboxMail::id).toList();
    assertThat(ids).hasSizeGreaterThanOrEqualTo(6);

    int senders = 4;
    CyclicBarrier start = new CyclicBarrier(senders);
    Instant now = Instant.now().plusSeconds(1);
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    List<Future<Integer>> runs = new ArrayList<>();
    for (int s = 0; s < senders; s++) {
      Callable<Integer> run = () -> {
        start.await();
        return mailSender.sendDue(now);
      };
      runs.add(pool.submit(run));
    }
    int delivered = 0;
    for (Future<Integer> run : runs) {
      delivered += run.get();
    }
    pool.shutdown();

    Map<String, Long> received = receivedById();
    for (long id : ids) {
      assertThat(received).as("mail " + id).containsEntry(String.valueOf(id), 1L);
    }
    assertThat(delivered).isGreaterThanOrEqualTo(ids.size());
    assertThat(numbers.stream().flatMap(n -> outbox.forRequest(n).stream()))
        .allSatisfy(m -> {
          assertThat(m.status()).isEqualTo(MailStatus.SENT);
          assertThat(m.attempts()).isEqualTo(1);
        });
  }
}
