package id.go.bps.pst.report;

import static id.go.bps.pst.process.ProcessTestSupport.complete;
import static id.go.bps.pst.process.ProcessTestSupport.guestBook;
import static id.go.bps.pst.process.ProcessTestSupport.start;
import static id.go.bps.pst.process.ProcessTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.SharedContextTest;
import id.go.bps.pst.TestSql;
import id.go.bps.pst.payment.MutableClock;
import id.go.bps.pst.rating.SurveyService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The supervisor's and auditor's read-only pages: a request's trail and the satisfaction index. On the
 * shared context (unit 6503, whose other tests also record surveys): the index is read for a day of
 * 2036 that only this class uses, its responses recorded there with the test clock.
 */
class ReportPagesTest extends SharedContextTest {

  /** The day of this class's survey responses (no other test sets the clock to 2036). */
  private static final Instant SURVEY_DAY = Instant.parse("2036-05-13T02:00:00Z"); // 10:00 WITA

  @Autowired ProcessEngine engine;
  @Autowired SurveyService surveys;
  @Autowired MutableClock clock;
  @Autowired JdbcTemplate jdbc;
  @Autowired id.go.bps.pst.order.OrderService orders;
  @Autowired id.go.bps.pst.common.UnitDirectory unitDirectory;
  @Autowired id.go.bps.pst.visit.QueueService queue;
  @LocalServerPort int port;

  @Test
  void auditorReadsWhoDidWhatAndWhenWithoutTheIdentityNumber() throws Exception {
    BpmnAwareTests.init(engine);
    ProcessInstance pi = start(engine, guestBook("Siti Aminah", "INDIVIDUAL"));
    complete(engine, pi, "Task_CallVisitor", vars("counterName", "Loket 2"));
    String number = engine.getRuntimeService().getVariable(pi.getId(), "requestNumber").toString();

    HttpResponse<String> page = get("/laporan/permintaan/" + number, "auditor1");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(number, "Siti Aminah", "Buku tamu dicatat", "petugas1", "Dilayani di Loket 2",
        "6503**********01", "Panggil nomor antrian", "/camunda/app/cockpit/default/#/process-instance/")
        .doesNotContain("6503014507900001", "REGISTERED", "{id}");
    assertThat(get("/laporan/permintaan", "supervisor1").body()).contains(number);
    assertThat(get("/laporan/permintaan/" + number, "petugas1").statusCode()).isEqualTo(403);
    assertThat(get("/laporan/permintaan/" + number, null).statusCode()).isEqualTo(401);
    // a number of the unit's form that no sale has (the year 1999 is before any)
    assertThat(get("/laporan/permintaan/6503-1999-999999", "auditor1").statusCode()).isEqualTo(404);
  }

  @Test
  void satisfactionIndexFollowsPermenPanRb14Of2017() throws Exception {
    // two visitors rated all elements 4 and 3 (IKM 3,5 -> 87,50 -> B); a third rating, all 1, was typed by
    // an officer on the visitor's behalf: it is shown marked and left out of the index
    removeResponsesOfTheSurveyDay(); // of an earlier run on the same MariaDB database
    String run = Long.toString(System.nanoTime(), 36).toUpperCase();
    clock.set(SURVEY_DAY);
    try {
      surveys.record("6503-S" + run + "-1", "6503", new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4}, null, null);
      surveys.record("6503-S" + run + "-2", "6503", new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3}, "Baik", null);
      surveys.record("6503-S" + run + "-3", "6503", new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1}, "Diisi petugas",
          "petugas1");
    } finally {
      clock.reset();
    }
    try {
      HttpResponse<String> page = get("/laporan/skm?periode=hari&acuan=2036-05-13", "supervisor1");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("id=\"responses\">2<", "id=\"converted\">87,50<", "B (Baik)",
          "id=\"assisted\">1<", "diisikan petugas Rina Marlina (petugas1), tidak dihitung");
    } finally {
      removeResponsesOfTheSurveyDay();
    }
  }

  private void removeResponsesOfTheSurveyDay() {
    TestSql.update(jdbc, "delete from pst_survey_response where unit_code = '6503' and answered_at >= ? and answered_at < ?",
        Timestamp.from(SURVEY_DAY.minus(Duration.ofDays(1))), Timestamp.from(SURVEY_DAY.plus(Duration.ofDays(1))));
  }

  @Test
  void theCoordinatorCancelsARunningSaleWithAReasonAndTheAuditorCannot() throws Exception {
    BpmnAwareTests.init(engine);
    ProcessInstance pi = start(engine, guestBook("Rudi Hartono", "INDIVIDUAL"));
    complete(engine, pi, "Task_CallVisitor", vars("counterName", "Loket 1"));
    String number = engine.getRuntimeService().getVariable(pi.getId(), "requestNumber").toString();
    String path = "/laporan/permintaan/" + number;

    // the auditor reads: no form, and a post is refused
    Session auditor = new Session("auditor1");
    assertThat(auditor.get(path).body()).doesNotContain("cancel-form");
    assertThat(auditor.post(path + "/batal", "alasan", "Pengguna layanan menelepon").statusCode()).isEqualTo(403);

    Session supervisor = new Session("supervisor1");
    assertThat(supervisor.get(path).body()).contains("id=\"cancel-form\"", "Batalkan permintaan");
    // a reason too short: refused with words, the sale runs on
    HttpResponse<String> refused = supervisor.post(path + "/batal", "alasan", "x");
    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(supervisor.get(path).body()).contains("Tulis alasan pembatalan (5-500 karakter)");
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isWaitingAt("Task_RecordRequest");

    assertThat(supervisor.post(path + "/batal", "alasan", "Pengguna layanan menelepon, tidak jadi membeli")
        .statusCode()).isEqualTo(302);
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded();
    String after = supervisor.get(path).body();
    assertThat(after).contains("dibatalkan. Alasan dicatat", "Pengguna layanan menelepon, tidak jadi membeli",
        "supervisor1").doesNotContain("id=\"cancel-form\"");
    assertThat(jdbc.queryForObject("select status from pst_sale_request where request_number = ?", String.class,
        number)).isEqualTo("CANCELLED");
    // a second cancellation finds nothing running
    supervisor.post(path + "/batal", "alasan", "Sekali lagi dibatalkan");
    assertThat(supervisor.get(path).body()).contains("tidak sedang berjalan");
  }

  /**
   * The request list (auditors reach every request from it): the requests created in the chosen period, of the unit
   * the reader may see and, for a national reader, has chosen; a number opens its history. It showed the newest 200 of
   * every readable unit whatever the period or the chosen unit, and said "200 permintaan terbaru" for three.
   */
  @Test
  void requestListShowsThePeriodAndTheChosenUnitAndOpensANumber() throws Exception {
    clock.set(LIST_DAY); // a day of 2038 that only this test uses
    String ours;
    String theirs;
    try {
      ours = register("6503", "Rini Daftar");
      theirs = register("6501", "Yusuf Daftar");
    } finally {
      clock.reset();
    }
    String day = "periode=hari&acuan=2038-02-17";
    HttpResponse<String> mine = get("/laporan/permintaan?" + day, "auditor1");
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(mine.body()).contains(ours, "Rini Daftar", "1 permintaan dibuat pada periode ini", "id=\"period-picker\"",
        "/laporan/permintaan.csv?periode=hari&amp;acuan=2038-02-17")
        .doesNotContain(theirs, "200 permintaan terbaru");
    // a staff member of 6503 cannot choose 6501; the national auditor's choice is the list's
    assertThat(get("/laporan/permintaan?" + day + "&unit=6501", "supervisor1").body()).contains(ours)
        .doesNotContain(theirs);
    assertThat(get("/laporan/permintaan?" + day + "&unit=6501", "auditorpusat").body()).contains(theirs)
        .doesNotContain(ours);
    assertThat(get("/laporan/permintaan?" + day + "&unit=semua", "auditorpusat").body()).contains(theirs, ours,
        "2 permintaan dibuat pada periode ini");
    // another day: none, said in words
    assertThat(get("/laporan/permintaan?periode=hari&acuan=2038-02-18", "auditor1").body())
        .contains("Tidak ada permintaan yang dibuat pada periode ini").doesNotContain(ours);
    // any request is reached by its number (spaces around it are forgiven); a wrong form is a 400 in words
    HttpResponse<String> open = get("/laporan/permintaan?nomor=+" + ours + "+", "auditor1");
    assertThat(open.statusCode()).isEqualTo(302);
    assertThat(open.headers().firstValue("Location").orElse("")).endsWith("/laporan/permintaan/" + ours);
    HttpResponse<String> bad = get("/laporan/permintaan?nomor=%3Cb%3E6503", "auditor1");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("tidak sesuai bentuknya", "6503-2026-000123").doesNotContain("<b>6503");
    assertThat(get("/laporan/permintaan?periode=kustom&dari=2038-13-45&sampai=2038-02-17", "auditor1").statusCode())
        .isEqualTo(400);
    assertThat(get("/laporan/permintaan?" + day, "petugas1").statusCode()).isEqualTo(403);
    // the same list as CSV, per unit, named by unit for a national reader
    HttpResponse<String> csv = get("/laporan/permintaan.csv?" + day + "&unit=6501", "auditorpusat");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
        .contains("permintaan-6501-2038-02-17-2038-02-17.csv");
    assertThat(csv.body()).startsWith("\uFEFFNomor permintaan,Unit,Dibuat").contains(theirs + ",6501,17 Februari 2038 10.00 WITA,Yusuf Daftar")
        .doesNotContain(ours, "081200000000", "6501010101900001");
    assertThat(get("/laporan/permintaan.csv?" + day, "auditor1").body()).contains(ours).doesNotContain(theirs);
    assertThat(get("/laporan/permintaan.csv?" + day, "petugas1").statusCode()).isEqualTo(403);
  }

  /**
   * The history's tables say who changed each value, in which step, to the second: a first value's row named no step
   * (the start form's values, the counter of the call) and no one, and every time of a sale driven in one minute read
   * the same "15.42".
   */
  @Test
  void everyChangedValueNamesItsStepAndWhoToTheSecond() throws Exception {
    BpmnAwareTests.init(engine);
    // the start and the call in one and the same second, as MariaDB's history keeps them when an officer is quick
    // (whole seconds): the call's value is still the call's, not the registration's that ran in that second
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
        java.util.Date.from(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    try {
      changesOfOneSecond();
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
  }

  private void changesOfOneSecond() throws Exception {
    engine.getIdentityService().setAuthentication("petugas1", java.util.List.of("petugas"));
    ProcessInstance pi;
    try {
      pi = start(engine, guestBook("Wulan Audit", "INDIVIDUAL"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    complete(engine, pi, "Task_CallVisitor", vars("counterName", "Loket 3"));
    String number = engine.getRuntimeService().getVariable(pi.getId(), "requestNumber").toString();

    String page = get("/laporan/permintaan/" + number, "auditor1").body();
    String changes = page.substring(page.indexOf("id=\"changes\""), page.indexOf("</table>", page.indexOf("id=\"changes\"")));
    assertThat(row(changes, "Instansi")).contains("Buku tamu (awal proses)", "Rina Marlina (petugas1)",
        "Universitas Borneo Tarakan");
    assertThat(row(changes, "Loket")).contains("Panggil nomor antrian", "Rina Marlina (petugas1)", "Loket 3");
    assertThat(row(changes, "Petugas yang melayani")).contains("Rina Marlina (petugas1)");
    // times to the second in the unit's zone, in the steps, the changes and the audit trail
    String seconds = "\\d{1,2} [A-Z][a-z]+ \\d{4} \\d{2}\\.\\d{2}\\.\\d{2} WITA";
    for (String table : java.util.List.of("steps", "changes", "events")) {
      int at = page.indexOf("id=\"" + table + "\"");
      assertThat(page.substring(at, page.indexOf("</table>", at))).as(table).containsPattern(seconds);
    }
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test");
    // the counter is free again for the tests after this one (the visitor screen of Loket 3 welcomes the next)
    id.go.bps.pst.common.Unit unit = unitDirectory.require("6503");
    queue.finishSession(unit.code(), unit.zoneId(), "Loket 3", "petugas1");

    // a guest book typed at the kiosk (no Camunda user starts the sale): the kiosk typed it
    java.util.Map<String, Object> kiosk = new java.util.HashMap<>(guestBook("Kiki Kios", "INDIVIDUAL"));
    kiosk.put("registeredBy", "kiosk");
    ProcessInstance atKiosk = start(engine, kiosk);
    String kioskNumber = engine.getRuntimeService().getVariable(atKiosk.getId(), "requestNumber").toString();
    String kioskPage = get("/laporan/permintaan/" + kioskNumber, "auditor1").body();
    int at = kioskPage.indexOf("id=\"changes\"");
    assertThat(row(kioskPage.substring(at, kioskPage.indexOf("</table>", at)), "Instansi"))
        .contains("Buku tamu (awal proses)", "kiosk");
    engine.getRuntimeService().deleteProcessInstance(atKiosk.getId(), "test");
  }

  /** The table row (its cells' text) whose data cell is exactly {@code label}. */
  private static String row(String table, String label) {
    for (String tr : table.split("<tr")) {
      if (tr.contains(">" + label + "<")) {
        return tr.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
      }
    }
    throw new AssertionError("no row " + label + " in " + table);
  }

  /**
   * A national reader opens every unit's requests: the page names the request's unit and shows its times in that
   * unit's zone. It named the reader's default unit (Tana Tidung) over a Bulungan request and wrote a Jayapura sale's
   * times in WITA, an hour off.
   */
  @Test
  void aRequestPageNamesItsOwnUnitAndZone() throws Exception {
    if (unitDirectory.find("9471").isEmpty()) {
      unitDirectory.add(new id.go.bps.pst.common.Unit("9471", "BPS Kota Jayapura", "Asia/Jayapura", "Jayapura",
          "Jl. Tes, Jayapura", "bps9471@bps.go.id", null, null, null));
    }
    unitDirectory.refresh();
    try {
      clock.set(LIST_DAY); // 02.00 UTC: 11.00 WIT, 10.00 WITA
      String east;
      try {
        east = register("9471", "Yakob Timur");
      } finally {
        clock.reset();
      }
      String page = get("/laporan/permintaan/" + east, "admin").body();
      assertThat(page).contains("BPS Kota Jayapura · waktu WIT", "17 Februari 2038 11.00 WIT")
          .doesNotContain("Tana Tidung", "WITA");
      String bulungan = register("6501", "Yusuf Bulungan");
      assertThat(get("/laporan/permintaan/" + bulungan, "auditorpusat").body()).contains("BPS Kabupaten Bulungan")
          .doesNotContain("Tana Tidung");
    } finally {
      TestSql.update(jdbc, "delete from pst_unit where code = '9471'"); // other test classes count the demo's units
      unitDirectory.refresh();
    }
  }

  /** A period without tickets says so in words: its averages were blank cards and its tables bare headings. */
  @Test
  void anEmptyQueuePeriodSaysSo() throws Exception {
    String page = get("/laporan/kinerja-antrian?periode=hari&acuan=2039-01-03", "supervisor1").body();
    assertThat(page).contains("id=\"avg-wait\">–<", "id=\"avg-service\">–<",
        "Tidak ada nomor antrian yang diambil pada periode ini.", "Belum ada nomor antrian yang dipanggil pada periode ini.");
  }

  private static final Instant LIST_DAY = Instant.parse("2038-02-17T02:00:00Z"); // 10:00 WITA

  private String register(String unit, String name) {
    return orders.register(unit, java.time.ZoneId.of("Asia/Makassar"), new id.go.bps.pst.order.Visitor(name,
        "daftar@example.com", "081200000000", id.go.bps.pst.order.IdentityType.KTP, unit + "010101900001",
        "Universitas Uji", "INDIVIDUAL"), "P-901", "petugas1", null).requestNumber();
  }

  /** A browser's session of a staff user: basic authentication, its cookies, and the page's CSRF token. */
  private final class Session {
    private final String user;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    private String token;

    Session(String user) {
      this.user = user;
    }

    HttpResponse<String> get(String path) throws Exception {
      HttpResponse<String> page = client.send(authorized(path).GET().build(), HttpResponse.BodyHandlers.ofString());
      var csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
      if (csrf.find()) {
        token = csrf.group(1);
      }
      return page;
    }

    HttpResponse<String> post(String path, String field, String value) throws Exception {
      String body = field + "=" + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)
          + (token == null ? "" : "&_csrf=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8));
      return client.send(authorized(path).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder authorized(String path) {
      return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (user != null) {
      request.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
