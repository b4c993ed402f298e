package id.go.bps.pst.visit;

import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.payment.MutableClock;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One application context for the visit module's integration tests: the real web server, the
 * engine with the job executor off (tests drive timers with the engine's clock), and a test clock
 * for the queue, so that each test works on a day of its own.
 */
abstract class VisitIntegrationTest extends id.go.bps.pst.SharedContextTest {

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired QueueService queue;
  @Autowired SaleProcess process;
  @Autowired UnitProperties unit;
  @Autowired id.go.bps.pst.order.OrderService orders;

  @Autowired id.go.bps.pst.common.web.PublicRateLimits rateLimits;

  /** Every test starts with a full allowance: the limits count per client, and all tests are one client. */
  @org.junit.jupiter.api.BeforeEach
  void resetRateLimits() {
    rateLimits.reset();
  }

  /** The latest kiosk sign-in code mailed to this address (the outbox holds it in the demo). */
  String kioskCode(String email) {
    String body = jdbc.queryForObject("select body_text from pst_mail_outbox where recipient = ? and mail_type = "
        + "'KIOSK_CODE' order by id desc limit 1", String.class, email);
    Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(body);
    if (!m.find()) {
      throw new AssertionError("no code in the mail");
    }
    return m.group(1);
  }

  @AfterEach
  void resetClocks() {
    clock.reset();
    ClockUtil.reset();
  }

  /** Sets both the application's and the engine's clock (WITA = UTC+8). */
  void at(String witaDateTime) {
    Instant instant = java.time.LocalDateTime.parse(witaDateTime).atZone(unit.zoneId()).toInstant();
    clock.set(instant);
    ClockUtil.setCurrentTime(java.util.Date.from(instant));
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  static Map<String, Object> guestBook(String name, String nik, String email) {
    Map<String, Object> v = new HashMap<>();
    v.put("visitorName", name);
    v.put("identityType", "KTP");
    v.put("identityNumber", nik);
    v.put("visitorEmail", email);
    v.put("visitorPhone", "081255650671");
    v.put("institution", "Universitas Borneo Tarakan");
    v.put("userCategory", "STUDENT");
    v.put("purpose", "Data kemiskinan untuk skripsi");
    v.put("consent", true);
    return v;
  }

  long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  long processInstances() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().count();
  }

  /** A browser-like client of the kiosk: keeps the session cookie and posts the page's token. */
  final class KioskClient {
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    String token;

    HttpResponse<String> get(String path) throws Exception {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(r.body());
      if (m.find()) {
        token = m.group(1);
      }
      return r;
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
      Map<String, String> withToken = new HashMap<>(form);
      if (token != null && !withToken.containsKey("_csrf")) {
        withToken.put("_csrf", token);
      }
      String body = withToken.entrySet().stream()
          .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
      return http.send(HttpRequest.newBuilder(URI.create(url(path)))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  HttpResponse<String> staff(String method, String path, String user) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    b = "POST".equals(method)
        ? b.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.noBody())
        : b.GET();
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
