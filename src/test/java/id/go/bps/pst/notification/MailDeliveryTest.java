package id.go.bps.pst.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.go.bps.pst.portal.PortalTestSupport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Mails through a real SMTP server: content, working links, and delivery after the server was down. */
class MailDeliveryTest extends PortalTestSupport {

  @Autowired MailOutbox outbox;

  private List<MimeMessage> received(String recipient) {
    return Arrays.stream(smtp().getReceivedMessages()).filter(m -> {
      try {
        return ((InternetAddress) m.getAllRecipients()[0]).getAddress().equals(recipient);
      } catch (Exception e) {
        return false;
      }
    }).toList();
  }

  @Test
  void mailsWaitWhileTheServerIsDownAndAreDeliveredLater() throws Exception {
    stopSmtp();
    String number;
    try {
      // the officer's work goes on while no mail can be sent
      number = startRequest("Eka Wulandari", "eka@example.com");
      toInvoiceReview(number, cart(publication(PUBLICATION)));
      assertThat(hasTask(number, "Task_ReviewInvoice")).isTrue();
      assertThat(deliverMails()).isZero();
      List<OutboxMail> waiting = outbox.forRequest(number);
      assertThat(waiting).extracting(OutboxMail::type).contains(MailType.PORTAL_LINK, MailType.INVOICE_ISSUED);
      assertThat(waiting).allSatisfy(m -> {
        assertThat(m.status()).isEqualTo(MailStatus.PENDING);
        assertThat(m.attempts()).isEqualTo(1);
        assertThat(m.lastError()).isNotBlank();
      });
      // a second run before the retry delay does not try again
      assertThat(mailSender.sendDue(java.time.Instant.now())).isZero();
      assertThat(outbox.forRequest(number)).allSatisfy(m -> assertThat(m.attempts()).isEqualTo(1));
    } finally {
      startSmtp();
    }
    assertThat(deliverMails()).isGreaterThanOrEqualTo(2);
    assertThat(outbox.forRequest(number)).allSatisfy(m -> {
      assertThat(m.status()).isEqualTo(MailStatus.SENT);
      assertThat(m.attempts()).isEqualTo(2);
    });

    List<MimeMessage> mails = received("eka@example.com");
    assertThat(mails).hasSize(2);
    MimeMessage verification = mails.stream().filter(m -> subject(m).startsWith("Verifikasi")).findFirst().orElseThrow();
    assertThat(subject(verification)).contains(number);
    assertThat(((InternetAddress) verification.getFrom()[0]).getAddress()).isEqualTo("pst6503@bps.go.id");
    String body = GreenMailUtil.getBody(verification);
    assertThat(body).contains("Yth. Eka Wulandari", number, "BPS Kabupaten Tana Tidung")
        .doesNotContain("6503014507900001"); // never the identity number
    // the link in the mail opens the visitor's request
    String link = portalLink(body);
    var page = get(link);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains(number, "Eka Wulandari");

    MimeMessage invoice = mails.stream().filter(m -> subject(m).startsWith("Invoice")).findFirst().orElseThrow();
    assertThat(GreenMailUtil.getBody(invoice)).contains("INV-6503-", "sudah terbit");
  }

  @Test
  void officerResendsThePortalLinkAndSeesTheOutbox() throws Exception {
    String number = startRequest("Fajar Hidayat", "fajar@example.com");
    deliverMails();
    assertThat(postAs("bendahara1", url("/api/requests/" + number + "/portal-link")).statusCode()).isEqualTo(403);
    var anonymous = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(url("/api/requests/" + number + "/portal-link"))).POST(
        java.net.http.HttpRequest.BodyPublishers.noBody()).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    var sent = postAs("petugas1", url("/api/requests/" + number + "/portal-link"));
    assertThat(sent.statusCode()).isEqualTo(202);
    assertThat(deliverMails()).isEqualTo(1);
    assertThat(received("fajar@example.com")).hasSize(2);
    assertThat(orders.history(number)).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("PORTAL_LINK_SENT");
      assertThat(e.actor()).isEqualTo("petugas1");
    });

    String basic = java.util.Base64.getEncoder().encodeToString("petugas1:petugas1".getBytes(StandardCharsets.UTF_8));
    var page = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(url("/laporan/outbox"))).header("Authorization", "Basic " + basic).GET().build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(number, "Tautan portal", "Terkirim").doesNotContain("PORTAL_LINK", "(UTC)");
    assertThat(get(url("/laporan/outbox")).statusCode()).isEqualTo(401);
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
