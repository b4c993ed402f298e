package id.go.bps.pst.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bps.pst.document.DocumentService;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A link opens its own request only; tampered and expired links are refused with a clear page. */
class PortalLinkTest extends PortalTestSupport {

  @Autowired DocumentService documents;
  @Autowired id.go.bps.pst.visit.CounterScreenPairing screens;

  @Test
  void linkForRequestANeverShowsRequestB() throws Exception {
    String a = startRequest("Andi Saputra", "andi@example.com");
    toInvoiceReview(a, cart(publication(PUBLICATION)));
    String b = startRequest("Beni Kurniawan", "beni@example.com");
    toInvoiceReview(b, cart(map("wks-6503-kecamatan")));
    String tokenA = links.issue(a).token();

    HttpResponse<byte[]> page = get(url("/portal/" + tokenA));
    String html = new String(page.body(), StandardCharsets.UTF_8);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(html).contains(a, "Andi Saputra").doesNotContain(b).doesNotContain("Beni Kurniawan")
        .doesNotContain("/api/documents"); // documents only through the portal
    // the visitor's open step, rendered from its own Camunda Form: the schema and the variables it reads
    String taskOfA = task(a, "Task_ReviewInvoice").getId();
    assertThat(html).contains("Periksa invoice", "/portal/" + tokenA + "/langkah/" + taskOfA);
    HttpResponse<byte[]> step = get(url("/portal/" + tokenA + "/langkah/" + taskOfA));
    assertThat(step.statusCode()).isEqualTo(200);
    JsonNode stepJson = new ObjectMapper().readTree(step.body());
    assertThat(stepJson.at("/schema/id").asText()).isEqualTo("form-review-invoice");
    assertThat(stepJson.at("/schema/components").findValuesAsText("key")).contains("invoiceReview");
    assertThat(stepJson.at("/variables/sale/requestNumber").asText()).isEqualTo(a);
    assertThat(stepJson.at("/variables/sale/documentsMarkdown").asText()).contains("/portal/" + tokenA + "/dokumen/")
        .doesNotContain("/api/documents");
    // only what the form reads: no identity, contact or money variables of the process
    assertThat(stepJson.path("variables").fieldNames()).toIterable()
        .doesNotContain("identityNumberMasked", "visitorEmail", "visitorPhone", "orderTotal", "items");
    assertThat(new String(step.body(), StandardCharsets.UTF_8)).doesNotContain(b).doesNotContain("Beni Kurniawan");

    long documentOfA = documents.find(a).get(0).id();
    long documentOfB = documents.find(b).get(0).id();
    assertThat(get(url("/portal/" + tokenA + "/dokumen/" + documentOfA)).statusCode()).isEqualTo(200);
    assertThat(get(url("/portal/" + tokenA + "/dokumen/" + documentOfB)).statusCode()).isEqualTo(404);

    // a task of B can be neither read nor completed with A's link
    String taskOfB = task(b, "Task_ReviewInvoice").getId();
    assertThat(get(url("/portal/" + tokenA + "/langkah/" + taskOfB)).statusCode()).isEqualTo(409);
    HttpResponse<String> post = postJson(url("/portal/" + tokenA + "/langkah/" + taskOfB),
        "{\"variables\":{\"invoiceReview\":\"OK\"}}");
    assertThat(post.statusCode()).isEqualTo(409);
    assertThat(post.body()).contains("sudah tidak menunggu isian Anda");
    assertThat(hasTask(b, "Task_ReviewInvoice")).isTrue();
    // nor a step that is not the visitor's (an officer's task of A)
    completeAs("petugas1", "petugas", a, "Task_ReviewInvoice", Map.of("invoiceReview", "OK"));
    String officerTaskOfA = task(a, "Task_PrepareProduct").getId();
    assertThat(postJson(url("/portal/" + tokenA + "/langkah/" + officerTaskOfA), "{\"variables\":{}}").statusCode())
        .isEqualTo(409);
    assertThat(hasTask(a, "Task_PrepareProduct")).isTrue();
  }

  @Test
  void tamperedAndExpiredLinksAreRefused() throws Exception {
    String a = startRequest("Citra Lestari", "citra@example.com");
    String other = startRequest("Dodi Pratama", "dodi@example.com");
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

  @Autowired id.go.bps.pst.common.UnitDirectory units;

  /**
   * The refusal pages of a bad or expired link offer the language switch like the other portal pages (to this same
   * address, without writing the refused link into the page) and say how to reach the PST unit.
   */
  @Test
  void aRefusedLinkOffersEnglishAndTheUnitsContact() throws Exception {
    id.go.bps.pst.common.Unit unit = units.find("6503").orElseThrow();
    String a = startRequest("Hana Pertiwi", "hana@example.com");
    String token = links.issue(a).token();
    String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");

    String invalid = new String(get(url("/portal/" + tampered)).body(), StandardCharsets.UTF_8);
    assertThat(invalid).contains("Tautan tidak sah", "id=\"lang-en\"", "href=\"?lang=en\"", "id=\"refused-contact\"",
        "Hubungi PST " + unit.name(), "mailto:" + unit.email(), unit.phone()).doesNotContain(tampered);

    java.net.http.HttpResponse<String> english = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/portal/" + tampered + "?lang=en"))).GET().build(),
        java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(english.statusCode()).isEqualTo(403);
    assertThat(english.body()).contains("<html lang=\"en\"", "Invalid link", "Contact PST " + unit.name(), "Telephone",
        unit.email(), "id=\"lang-id\"", "href=\"?lang=id\"").doesNotContain("Tautan tidak sah", tampered);
    assertThat(english.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("pst-lang=en"));

    String expired = new String(get(url("/portal/" + links.issue(a, Instant.now().minusSeconds(1)).token())).body(),
        StandardCharsets.UTF_8);
    assertThat(expired).contains("Tautan sudah kedaluwarsa", "id=\"lang-en\"", "mailto:" + unit.email());
    // garbage that names no unit: the default unit's contact
    assertThat(new String(get(url("/portal/garbage")).body(), StandardCharsets.UTF_8))
        .contains("id=\"refused-contact\"", "mailto:" + units.defaultUnit().email());
  }

  @Test
  void aVisitorScreenNeedsAValidPairingOnEveryCall() throws Exception {
    String token = screens.issue("6503", "Loket 3");
    String[] parts = token.split("\\.");
    String tampered = parts[0] + "." + (parts[1].charAt(0) == 'A' ? 'B' : 'A') + parts[1].substring(1);
    HttpResponse<byte[]> page = get(url("/loket/layar/" + tampered));
    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("Layar belum terpasang", "tidak sah");
    HttpResponse<byte[]> state = get(url("/loket/layar/" + tampered + "/keadaan"));
    assertThat(state.statusCode()).isEqualTo(403);
    assertThat(new ObjectMapper().readTree(state.body()).path("message").asText()).contains("tidak sah");
    assertThat(postJson(url("/loket/layar/" + tampered + "/langkah/1"), "{\"variables\":{}}").statusCode())
        .isEqualTo(403);
    // a portal link is no pairing, nor the other way round
    String portalToken = links.issue(startRequest("Eko Prasetyo", "eko@example.com")).token();
    assertThat(get(url("/loket/layar/" + portalToken)).statusCode()).isEqualTo(403);
    assertThat(get(url("/portal/" + token)).statusCode()).isEqualTo(403);
    // the valid pairing: nobody at Loket 3, a welcome; no step to open
    HttpResponse<byte[]> welcome = get(url("/loket/layar/" + token + "/keadaan"));
    assertThat(welcome.statusCode()).isEqualTo(200);
    JsonNode body = new ObjectMapper().readTree(welcome.body());
    assertThat(body.path("state").asText()).isEqualTo("welcome");
    assertThat(body.path("counter").asText()).isEqualTo("Loket 3");
    assertThat(body.path("unitName").asText()).isEqualTo("BPS Kabupaten Tana Tidung");
    assertThat(get(url("/loket/layar/" + token + "/langkah/1")).statusCode()).isEqualTo(409);
  }
}
