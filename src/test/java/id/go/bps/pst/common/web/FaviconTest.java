package id.go.bps.pst.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The site's icon: served to anybody without a login (it was a 404), and linked from the public pages. */
class FaviconTest extends id.go.bps.pst.SharedContextTest {

  @LocalServerPort int port;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void theIconIsServedToAnonymousVisitors() throws Exception {
    HttpResponse<byte[]> ico = get("/favicon.ico");
    assertThat(ico.statusCode()).isEqualTo(200);
    assertThat(ico.headers().firstValue("Content-Type").orElse("")).containsAnyOf("image/x-icon",
        "image/vnd.microsoft.icon");
    assertThat(ico.body()).startsWith(0, 0, 1, 0); // an ICO header: reserved 0, type 1 (icon)
    HttpResponse<byte[]> svg = get("/favicon.svg");
    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
  }

  @Test
  void thePublicPagesLinkIt() throws Exception {
    for (String page : new String[] {"/kiosk", "/pengaduan", "/pengaduan/lacak", "/skm", "/verifikasi/TIDAK-ADA",
        "/portal/tidak-sah", "/antrian/layar"}) {
      String html = new String(get(page).body(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(html).as(page).contains("<link rel=\"icon\" href=\"/favicon.ico\"",
          "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">");
    }
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
