package id.go.bps.pst.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.document.DocumentService;
import id.go.bps.pst.payment.internal.NotificationSignature;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

/**
 * The catalogue of hostile and broken inputs ({@code security/bad-inputs.csv}) across the kiosk, the complaint
 * form, quotes, the catalogue, the documents API, the portal's steps, the engine REST API, the counter page,
 * bank notifications and reports. For every row: no 5xx, the expected status, for a refusal a message a person understands
 * (Indonesian; the row's text when given), no framework, SQL or stack-trace text, and nothing half-saved (the
 * business tables and the engine's history keep their row counts).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCatalogueTest extends PortalTestSupport {

  static final List<String> COUNTED = List.of("pst_sale_request", "pst_order_line", "pst_visitor", "pst_queue_ticket",
      "pst_payment", "pst_billing", "pst_receipt", "pst_complaint", "pst_survey_response", "pst_document",
      "pst_refund_decision", "pst_holiday", "pst_mail_outbox", "ACT_HI_PROCINST", "ACT_RU_TASK", "ACT_RU_VARIABLE");
  static final List<String> FRAMEWORK_TEXT = List.of("Failed to convert", "Exception", "SQL", "insert into", "INSERT INTO",
      "java.", "\tat ", "Whitelabel", "JSON parse error", "HTTP Status", "Bad Request", "Cannot deserialize",
      "org.springframework", "org.hibernate", "ENGINE-", "Internal Server Error", "Required request");
  static final List<String> INDONESIAN = List.of("tidak", "wajib", "paling", "harus", "Terlalu", "ditolak",
      "kedaluwarsa", "salah", "Pilih", "belum", "berwenang", "Mohon", "Isi", "Kode", "Nilai", "Isian", "Loket",
      "Periode", "Tanggal", "tanggal", "periode", "terlalu");
  static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @Autowired DocumentService documents;
  @Autowired id.go.bps.pst.common.web.PublicRateLimits rateLimits;

  private final Map<String, String> placeholders = new HashMap<>();

  @BeforeAll
  void salesAtTheirSteps() {
    String terms = startRequest("Katalog Masukan", "katalog.masukan@example.com");
    completeAs("petugas1", "petugas", terms, "Task_CallVisitor", Map.of("counterName", "Loket 1"));
    toTerms(terms, cart(publication(PUBLICATION)));
    String invoice = startRequest("Katalog Invoice", "katalog.invoice@example.com");
    toInvoiceReview(invoice, cart(publication(PUBLICATION)));
    String other = startRequest("Orang Lain", "orang.lain@example.com");
    placeholders.put("{termsTask}", task(terms, "Task_AcceptTerms").getId());
    placeholders.put("{portalTerms}", links.issue(terms).token());
    placeholders.put("{invoiceTask}", task(invoice, "Task_ReviewInvoice").getId());
    placeholders.put("{portalInvoice}", links.issue(invoice).token());
    placeholders.put("{request}", invoice);
    placeholders.put("{doc}", String.valueOf(documents.find(invoice).get(0).id()));
    placeholders.put("{otherPortal}", links.issue(other).token());
  }

  static List<CSVRecord> catalogue() throws Exception {
    try (Reader in = new InputStreamReader(BadInputCatalogueTest.class.getResourceAsStream("/security/bad-inputs.csv"),
        StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).build()
          .parse(in).getRecords();
    }
  }

  Stream<Arguments> rows() throws Exception {
    return catalogue().stream().map(r -> Arguments.of(r.get("id"), r.get("area"), r.get("method"), r.get("path"),
        r.get("auth"), r.get("type"), r.get("body"), r.get("expect"), r.get("message")));
  }

  @Test
  void theCatalogueHasAtLeast150InputsAcrossTheBoundaries() throws Exception {
    List<CSVRecord> all = catalogue();
    assertThat(all).hasSizeGreaterThanOrEqualTo(150);
    assertThat(all.stream().map(r -> r.get("area")).distinct()).contains("kiosk", "complaint", "quote", "portal",
        "rest", "payment", "report", "counter", "documents");
  }

  @Test
  void anonymousQuotesAndComplaintsAreRateLimitedPerClient() throws Exception {
    rateLimits.reset();
    HttpClient http = HttpClient.newHttpClient();
    String quote = "{\"items\":[{\"type\":\"MAP\",\"id\":\"wks-6503-desa\"}]}";
    for (int i = 0; i < 120; i++) {
      assertThat(http.send(HttpRequest.newBuilder(URI.create(url("/api/quotes"))).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(quote)).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(200);
    }
    HttpResponse<String> limited = http.send(HttpRequest.newBuilder(URI.create(url("/api/quotes")))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(quote)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    assertThat(limited.body()).contains("\"title\":\"Terlalu banyak permintaan\"", "Silakan coba lagi dalam");

    long complaints = jdbc.queryForObject("select count(*) from pst_complaint", Long.class);
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String token = token(browser, "/pengaduan");
    String refused = form("@complaint&description=pendek", token);
    for (int i = 0; i < 20; i++) {
      assertThat(browser.send(HttpRequest.newBuilder(URI.create(url("/pengaduan")))
          .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(refused))
          .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
    }
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(url("/pengaduan")))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(refused))
        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(page.statusCode()).isEqualTo(429);
    assertThat(page.body()).contains("Terlalu banyak permintaan dari perangkat ini");
    assertThat(jdbc.queryForObject("select count(*) from pst_complaint", Long.class)).isEqualTo(complaints);
    rateLimits.reset();
  }

  @ParameterizedTest(name = "{0} {1}: {2} {3}")
  @MethodSource("rows")
  void refusedWithAHumanMessageAndNothingSaved(String id, String area, String method, String path, String auth,
      String type, String body, String expect, String message) throws Exception {
    rateLimits.reset();
    Map<String, Long> before = counts();
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    String token = switch (auth) {
      case "kiosk" -> token(http, "/kiosk");
      case "complaint" -> token(http, "/pengaduan");
      default -> null;
    };
    String resolvedPath = expand(path).replace(" ", "%20").replace("'", "%27");
    String payload = expand(body);
    String contentType = switch (type) {
      case "form" -> "application/x-www-form-urlencoded";
      case "json" -> "application/json";
      case "raw" -> "text/plain";
      default -> null;
    };
    if ("form".equals(type)) {
      payload = form(payload, token);
    }
    boolean page = !resolvedPath.startsWith("/api/") && !resolvedPath.startsWith("/engine-rest")
        && !resolvedPath.contains("/langkah/");
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(resolvedPath)))
        .header("Accept", page ? "text/html,application/xhtml+xml" : "application/json");
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    switch (auth) {
      case "-", "kiosk", "complaint" -> { }
      case "bank", "bank-forged" -> {
        String ts = Long.toString(Instant.now().getEpochSecond());
        b.header("X-PST-Timestamp", ts).header("X-PST-Signature", NotificationSignature.sign(
            "bank".equals(auth) ? "demo-secret-change-me" : "tebakan-penyerang", ts, payload.getBytes(StandardCharsets.UTF_8)));
      }
      default -> b.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((auth + ":" + ("admin".equals(auth) ? "admin" : auth)).getBytes(StandardCharsets.UTF_8)));
    }
    b.method(method, payload.isEmpty() && !"POST".equals(method) && !"PUT".equals(method)
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));

    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    String shown = HtmlUtils.htmlUnescape(r.body());
    String excerpt = shown.length() > 400 ? shown.substring(0, 400) : shown;
    assertThat(r.statusCode()).as("#%s never 5xx: %s", id, excerpt).isLessThan(500);
    assertThat(Arrays.asList(expect.split("\\|"))).as("#%s status %s: %s", id, r.statusCode(), excerpt)
        .contains(String.valueOf(r.statusCode()));
    boolean camundasOwnRefusal = resolvedPath.startsWith("/engine-rest") && (r.statusCode() == 401 || r.statusCode() == 403);
    // a 2xx row is an input answered normally without harm (a lookup that finds nothing): no refusal to explain
    if (!camundasOwnRefusal && r.statusCode() >= 400) {
      if (!message.isBlank()) {
        assertThat(shown).as("#%s message", id).contains(message);
      } else {
        assertThat(shown).as("#%s an Indonesian message", id).containsAnyOf(INDONESIAN.toArray(String[]::new));
      }
    }
    // the engine REST API names its error class in "type" (Camunda's convention); everything else is text
    String text = shown.replaceAll("\"type\"\\s*:\\s*\"\\w+Exception\"", "");
    for (String framework : FRAMEWORK_TEXT) {
      if (framework.equals("SQL")) {
        // as a word: a random form token such as "vGVnSQL8Mv..." is not SQL text
        assertThat(text).as("#%s no SQL text", id).doesNotContainPattern("(?<![A-Za-z0-9])SQL(?![A-Za-z0-9])");
      } else {
        assertThat(text).as("#%s no framework, SQL or stack text", id).doesNotContain(framework);
      }
    }
    assertThat(counts()).as("#%s nothing half-saved", id).isEqualTo(before);
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : COUNTED) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    return counts;
  }

  private String token(HttpClient http, String page) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(page))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    Matcher m = TOKEN.matcher(r.body());
    return m.find() ? m.group(1) : null;
  }

  /** {placeholders}, {{rep:TEXT:N}} and {{join:TEXT:N}}. */
  String expand(String s) {
    String out = s;
    for (var p : placeholders.entrySet()) {
      out = out.replace(p.getKey(), p.getValue());
    }
    Matcher m = Pattern.compile("\\{\\{(rep|join):(.*?):(\\d+)}}").matcher(out);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int n = Integer.parseInt(m.group(3));
      String text = m.group(2);
      String expanded = "rep".equals(m.group(1)) ? text.repeat(n)
          : Stream.generate(() -> text).limit(n).collect(Collectors.joining(","));
      m.appendReplacement(sb, Matcher.quoteReplacement(expanded));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String form(String body, String token) {
    Map<String, String> fields = new LinkedHashMap<>();
    List<String> parts = new ArrayList<>(Arrays.asList(body.split("&")));
    if (!parts.isEmpty() && parts.get(0).equals("@kiosk")) {
      parts.remove(0);
      fields.putAll(Map.of("name", "Siti Aminah", "identityType", "KTP", "identityNumber", "6503014507900001",
          "email", "siti.aminah@example.com", "phone", "0812-5565-0671", "institution", "Universitas Borneo Tarakan",
          "userCategory", "STUDENT", "visitPurpose", "Data kemiskinan untuk skripsi", "consent", "true"));
    } else if (!parts.isEmpty() && parts.get(0).equals("@complaint")) {
      parts.remove(0);
      fields.putAll(Map.of("name", "Pengadu Uji", "email", "pengadu.uji@example.com", "phone", "081255650671",
          "category", "SERVICE", "description", "Petugas tidak menjelaskan tarif dengan jelas kepada saya.",
          "consent", "true"));
    }
    if (token != null) {
      fields.put("_csrf", token);
    }
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      fields.put(eq < 0 ? part : part.substring(0, eq), eq < 0 ? "" : part.substring(eq + 1));
    }
    return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
  }
}
