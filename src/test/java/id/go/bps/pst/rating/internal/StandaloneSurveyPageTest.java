package id.go.bps.pst.rating.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The stand-alone survey {@code /skm} shows every problem of a submission at once, each under its field, and keeps
 * what was typed (the probe found one problem per submit: the browser's own check stopped at the first field, and
 * the follow-up's contact was checked one rule at a time).
 */
class StandaloneSurveyPageTest extends id.go.bps.pst.SharedContextTest {

  @LocalServerPort int port;

  @Test
  void everyProblemIsShownAtOnceNextToItsFieldAndTheEntriesStay() throws Exception {
    java.net.CookieManager cookies = new java.net.CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    String csrf = csrf(browser);
    Map<String, String> answer = new LinkedHashMap<>();
    answer.put("_csrf", csrf);
    answer.put("unit", "6503");
    answer.put("U9", "3"); // U1..U8 and the service left out
    answer.put("followUp", "true"); // no comment, and every contact field wrong
    answer.put("name", "Ani (Guru SD 2)");
    answer.put("email", "ani@contoh");
    answer.put("phone", "0812 555");

    HttpResponse<String> refused = post(browser, answer);
    assertThat(refused.statusCode()).isEqualTo(400);
    String html = refused.body();
    assertThat(html).contains("novalidate");
    assertThat(html).contains("id=\"problem-service\"", "Pilih jenis layanan yang Anda terima.",
        "id=\"problem-comment\"", "Tuliskan saran atau keluhan yang ingin ditindaklanjuti.",
        "id=\"problem-email\"", "Alamat e-mail tidak valid",
        "id=\"problem-phone\"", "9 sampai 15 angka",
        "id=\"problem-name\"", "Nama hanya boleh berisi huruf");
    for (int k = 1; k <= 8; k++) {
      assertThat(html).contains("id=\"problem-U" + k + "\"", "Berikan nilai 1 sampai 4 untuk unsur U" + k);
    }
    assertThat(html).doesNotContain("id=\"problem-U9\"", "id=\"problem-contact\"");
    assertThat(count(html, "<li>")).as("one line per problem in the list").isEqualTo(13);
    // what was typed stays
    assertThat(html).contains("value=\"Ani (Guru SD 2)\"", "value=\"ani@contoh\"", "value=\"0812 555\"");
    assertThat(html).containsPattern("name=\"U9\" value=\"3\"[^>]*checked");
    assertThat(html).containsPattern("id=\"followUp\"[^>]*checked");

    // in English: the same problems in English; a follow-up without any contact says so by the contact fields
    answer.put("_csrf", csrf);
    answer.remove("name");
    answer.put("email", "");
    answer.put("phone", "");
    answer.put("comment", "Antrean terlalu lama");
    java.net.HttpCookie english0 = new java.net.HttpCookie("pst-lang", "en");
    english0.setPath("/");
    cookies.getCookieStore().add(URI.create("http://localhost:" + port + "/"), english0);
    HttpResponse<String> english = post(browser, answer);
    assertThat(english.statusCode()).isEqualTo(400);
    assertThat(english.body()).contains("<html lang=\"en\"", "id=\"problem-contact\"",
        "So that we can follow up, give an e-mail address or a telephone/WhatsApp number.", "Choose the service",
        ">Antrean terlalu lama</textarea>").doesNotContain("Agar dapat ditindaklanjuti", "id=\"problem-comment\"");
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  private String csrf(HttpClient browser) throws Exception {
    HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/skm"))
        .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private HttpResponse<String> post(HttpClient browser, Map<String, String> form) throws Exception {
    String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/skm"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
