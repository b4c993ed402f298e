package id.go.bps.pst.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The language of the visitor's pages over real HTTP: Indonesian whatever the browser asks, English only by the
 * switch ({@code ?lang=en}, kept in the cookie {@code pst-lang}), back with {@code ?lang=id}; unknown values and
 * cookies change nothing; a form post is never switched; the pages stay public.
 */
class VisitorLocaleTest extends id.go.bps.pst.SharedContextTest {

  @LocalServerPort int port;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void indonesianByDefaultEvenForAnEnglishBrowser() throws Exception {
    HttpResponse<String> page = get("/pengaduan", "Accept-Language", "en-US,en;q=0.9");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"id\"", "Pengaduan Layanan Statistik", "Kirim pengaduan",
        "id=\"lang-en\"").doesNotContain("Send complaint", "??");
    assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("pst-lang"));
  }

  @Test
  void theSwitchGivesEnglishAndTheCookieKeepsIt() throws Exception {
    HttpResponse<String> english = get("/pengaduan?lang=en", "Accept-Language", "id-ID");
    assertThat(english.statusCode()).isEqualTo(200);
    assertThat(english.body()).contains("<html lang=\"en\"", "Complaints about Statistical Services", "Send complaint",
        "Staff behaviour", "id=\"lang-id\"", "Bahasa Indonesia").doesNotContain("Kirim pengaduan", "??");
    String cookie = english.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("pst-lang="))
        .findFirst().orElseThrow();
    assertThat(cookie).startsWith("pst-lang=en").contains("Path=/", "HttpOnly", "SameSite=Lax");

    // the next pages (another one too), with the cookie only
    HttpResponse<String> next = get("/skm", "Cookie", "pst-lang=en");
    assertThat(next.body()).contains("<html lang=\"en\"", "Public Satisfaction Survey", "Very good", "Requirements")
        .doesNotContain("??");
    HttpResponse<String> tracking = get("/pengaduan/lacak?kode=ADU-0000", "Cookie", "pst-lang=en");
    assertThat(tracking.body()).contains("Tracking code not recognised", "lang=id");
    HttpResponse<String> verification = get("/verifikasi/TIDAK-ADA", "Cookie", "pst-lang=en");
    assertThat(verification.statusCode()).isEqualTo(404);
    assertThat(verification.body()).contains("<html lang=\"en\"", "Document not found");

    // back to Indonesian
    HttpResponse<String> back = get("/pengaduan?lang=id", "Cookie", "pst-lang=en");
    assertThat(back.body()).contains("<html lang=\"id\"", "Kirim pengaduan").doesNotContain("Send complaint");
    assertThat(back.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("pst-lang=id"));
  }

  @Test
  void unknownValuesAndCookiesStayIndonesian() throws Exception {
    HttpResponse<String> unknown = get("/pengaduan?lang=xx");
    assertThat(unknown.statusCode()).isEqualTo(200);
    assertThat(unknown.body()).contains("<html lang=\"id\"", "Kirim pengaduan");
    assertThat(unknown.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("pst-lang"));
    for (String value : List.of("pst-lang=fr", "pst-lang=%%%", "pst-lang=", "pst-lang=en_XX_bad_value_123456")) {
      HttpResponse<String> page = get("/skm?lang=zz-%3Cscript%3E&x=%3Cscript%3E", "Cookie", value);
      assertThat(page.statusCode()).as(value).isEqualTo(200);
      assertThat(page.body()).as(value).contains("Survei Kepuasan Masyarakat").doesNotContain("<script>");
    }
    // a chosen English stays when an unknown value comes along
    assertThat(get("/skm?lang=xx", "Cookie", "pst-lang=en").body()).contains("<html lang=\"en\"");
  }

  @Test
  void errorPagesFollowTheChoice() throws Exception {
    HttpResponse<String> missing = get("/portal/tidak-ada/dokumen/abc", "Cookie", "pst-lang=en", "Accept", "text/html");
    assertThat(missing.statusCode()).isBetween(400, 404);
    assertThat(missing.body()).contains("<html lang=\"en\"").doesNotContain("??");
    HttpResponse<String> indonesian = get("/portal/tidak-ada/dokumen/abc", "Accept", "text/html");
    assertThat(indonesian.body()).contains("<html lang=\"id\"");
  }

  /**
   * A refused address names its part in words, never the parameter's code name ("«documentId»" was shown), in the
   * page's language; the English page then does not claim the detail is Indonesian.
   */
  @Test
  void aRefusedAddressNamesItsPartInWordsInThePagesLanguage() throws Exception {
    HttpResponse<String> indonesian = get("/portal/tidak-ada/dokumen/abc", "Accept", "text/html");
    assertThat(indonesian.statusCode()).isEqualTo(400);
    assertThat(indonesian.body()).contains("Nilai untuk «nomor dokumen» tidak dapat dibaca: harus berupa angka.")
        .doesNotContain("documentId");
    HttpResponse<String> english = get("/portal/tidak-ada/unduh/abc", "Accept", "text/html", "Cookie", "pst-lang=en");
    assertThat(english.statusCode()).isEqualTo(400);
    assertThat(english.body()).contains("<html lang=\"en\"", "The value for «download file number» cannot be read: "
        + "it must be a number.").doesNotContain("fileId", "Nilai untuk", "in Indonesian");
  }

  @Test
  void aPostIsNeverSwitchedAndKeepsItsCsrfCheck() throws Exception {
    // no token: refused by Spring Security as before, and no language cookie set by the lang parameter of a post
    HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/pengaduan?lang=en")).header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString("name=x")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(403);
    assertThat(post.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("pst-lang"));
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
