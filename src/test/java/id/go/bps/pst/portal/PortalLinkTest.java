package id.go.bps.pst.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.document.DocumentService;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A link opens its own request only; tampered and expired links are refused with a clear page. */
class PortalLinkTest extends PortalTestSupport {

  @Autowired DocumentService documents;

  @Test
  void linkForRequestANeverShowsRequestB() throws Exception {
    String a = startRequest("Andi Saputra", "andi@example.com", null);
    toInvoiceReview(a, cart(publication(PUBLICATION)));
    String b = startRequest("Beni Kurniawan", "beni@example.com", null);
    toInvoiceReview(b, cart(map("wks-6503-kecamatan")));
    String tokenA = links.issue(a).token();

    HttpResponse<byte[]> page = get(url("/portal/" + tokenA));
    String html = new String(page.body(), StandardCharsets.UTF_8);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(html).contains(a, "Andi Saputra").doesNotContain(b).doesNotContain("Beni Kurniawan")
        .doesNotContain("/api/documents"); // documents only through the portal
    // the visitor's open step, as a form
    assertThat(html).contains("Periksa invoice", "name=\"invoiceReview\"");

    long documentOfA = documents.find(a).get(0).id();
    long documentOfB = documents.find(b).get(0).id();
    assertThat(get(url("/portal/" + tokenA + "/dokumen/" + documentOfA)).statusCode()).isEqualTo(200);
    assertThat(get(url("/portal/" + tokenA + "/dokumen/" + documentOfB)).statusCode()).isEqualTo(404);

    // a task of B cannot be completed with A's link
    String taskOfB = task(b, "Task_ReviewInvoice").getId();
    var post = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(url("/portal/" + tokenA + "/tugas/" + taskOfB)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("invoiceReview=OK")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(post.body()).contains("sudah tidak menunggu isian Anda");
    assertThat(hasTask(b, "Task_ReviewInvoice")).isTrue();
  }

  @Test
  void tamperedAndExpiredLinksAreRefused() throws Exception {
    String a = startRequest("Citra Lestari", "citra@example.com", null);
    String other = startRequest("Dodi Pratama", "dodi@example.com", null);
    String token = links.issue(a).token();
    String[] parts = token.split("\\.");

    // another request number with A's signature
    HttpResponse<byte[]> swapped = get(url("/portal/" + other + "." + parts[1] + "." + parts[2]));
    assertThat(swapped.statusCode()).isEqualTo(403);
    assertThat(new String(swapped.body(), StandardCharsets.UTF_8)).contains("Tautan tidak sah").doesNotContain(other);
    // a later expiry with the old signature
    assertThat(get(url("/portal/" + a + "." + (Long.parseLong(parts[1]) + 86400) + "." + parts[2])).statusCode())
        .isEqualTo(403);
    // one character of the signature changed
    char c = parts[2].charAt(0);
    String flipped = a + "." + parts[1] + "." + (c == 'A' ? 'B' : 'A') + parts[2].substring(1);
    assertThat(get(url("/portal/" + flipped)).statusCode()).isEqualTo(403);
    assertThat(get(url("/portal/garbage")).statusCode()).isEqualTo(403);

    HttpResponse<byte[]> expired = get(url("/portal/" + links.issue(a, Instant.now().minusSeconds(1)).token()));
    assertThat(expired.statusCode()).isEqualTo(410);
    assertThat(new String(expired.body(), StandardCharsets.UTF_8)).contains("sudah kedaluwarsa", "petugas PST");
    assertThat(get(url("/portal/" + token)).statusCode()).isEqualTo(200);
  }
}
