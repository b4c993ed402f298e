package id.go.bps.pst.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The complaint pages over real HTTP: bad input on the public form gets clear Indonesian messages and
 * stores nothing, cross-site posts are refused, a good complaint gets a tracking code that finds it;
 * staff pages need a login, auditors do not see contacts, only the supervisor edits the holiday calendar.
 */
class ComplaintPagesTest extends id.go.bps.pst.SharedContextTest {

  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ComplaintService complaints;

  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  @Test
  void badInputIsExplainedInIndonesianAndStoresNothing() throws Exception {
    String token = token("/pengaduan");
    long before = count();
    HttpResponse<String> empty = post("/pengaduan", form("_csrf", token));
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("Nama wajib diisi.", "Pilih kategori pengaduan",
        "Isi alamat e-mail atau nomor telepon/WhatsApp", "Uraian pengaduan wajib diisi.", "Centang persetujuan");

    HttpResponse<String> wrong = post("/pengaduan", form("_csrf", token, "name", "Budi<script>", "email", "budi@",
        "phone", "12ab", "category", "KOPI", "requestNumber", "123", "description", "Pendek", "consent", "true"));
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("Nama hanya boleh berisi huruf", "Alamat e-mail tidak valid",
        "Nomor telepon/WhatsApp tidak valid", "Pilih kategori", "6503-2026-000123", "terlalu singkat");
    // what was typed stays in the form, escaped
    assertThat(wrong.body()).contains("value=\"budi@\"").doesNotContain("Budi<script>");


    // a value the form cannot send: named in words, not by the field's code name
    HttpResponse<String> odd = post("/pengaduan", form("_csrf", token, "name", "Budi Santoso", "consent", "mungkin"));
    assertThat(odd.statusCode()).isEqualTo(400);
    assertThat(odd.body()).contains("«persetujuan pemrosesan data pribadi»").doesNotContain("«consent»");

    HttpResponse<String> tooLong = post("/pengaduan", form("_csrf", token, "name", "Budi Santoso",
        "phone", "0812 5565 0671", "category", "OTHER", "description", "x".repeat(4001), "consent", "true"));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("paling banyak 4.000 karakter");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void crossSiteOrTokenlessPostsAreRefused() throws Exception {
    String token = token("/pengaduan");
    long before = count();
    Map<String, String> good = form("_csrf", token, "name", "Budi Santoso", "email", "budi@example.com",
        "category", "SERVICE", "description", "Antrian di loket PST sangat lama pada hari Senin.", "consent", "true");
    // another site's page cannot read the visitor's token: it posts with the visitor's cookie and a token of its own
    HttpClient otherSite = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    Matcher theirs = TOKEN.matcher(otherSite.send(HttpRequest.newBuilder(uri("/pengaduan")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body());
    assertThat(theirs.find()).isTrue();
    Map<String, String> forged = new LinkedHashMap<>(good);
    forged.put("_csrf", theirs.group(1));
    HttpResponse<String> crossSite = browser.send(HttpRequest.newBuilder(uri("/pengaduan"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", "cross-site")
        .POST(HttpRequest.BodyPublishers.ofString(encode(forged))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(crossSite.statusCode()).isEqualTo(403);
    Map<String, String> noToken = new LinkedHashMap<>(good);
    noToken.remove("_csrf");
    assertThat(post("/pengaduan", noToken).statusCode()).isEqualTo(403);
    assertThat(count()).isEqualTo(before);
  }

  /** The same complaint sent twice (a resend after a flaky connection) is one complaint with one tracking code. */
  @Test
  void theSameComplaintSentTwiceIsStoredOnce() throws Exception {
    HttpResponse<String> page = get("/pengaduan");
    Matcher token = TOKEN.matcher(page.body());
    Matcher id = Pattern.compile("name=\"submission\" value=\"([0-9a-f-]{36})\"").matcher(page.body());
    assertThat(token.find()).isTrue();
    assertThat(id.find()).as("the form carries its own id").isTrue();
    Map<String, String> complaint = form("_csrf", token.group(1), "submission", id.group(1), "name", "Rini Lestari",
        "email", "rini.lestari@example.com", "category", "SERVICE",
        "description", "Antrean di loket PST terlalu lama pada hari Senin pagi.", "consent", "true");
    long before = count();
    HttpResponse<String> first = post("/pengaduan", complaint);
    HttpResponse<String> again = post("/pengaduan", complaint);
    assertThat(first.statusCode()).isEqualTo(302);
    assertThat(again.statusCode()).isEqualTo(302);
    assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
    assertThat(count()).isEqualTo(before + 1);
  }

  @Test
  void aComplaintIsFoundByItsTrackingCodeAndShowsNoPersonalData() throws Exception {
    String token = token("/pengaduan");
    HttpResponse<String> sent = post("/pengaduan", form("_csrf", token, "name", "Budi Santoso",
        "email", "budi.santoso@example.com", "phone", "0812-3456-7890", "category", "FACILITIES",
        "description", "Ruang tunggu PST panas karena pendingin udara rusak.", "consent", "true"));
    assertThat(sent.statusCode()).isEqualTo(302);
    String location = sent.headers().firstValue("Location").orElseThrow();
    Matcher m = Pattern.compile("kode=(ADU-6503-[A-Z0-9]{4}-[A-Z0-9]{4})").matcher(location);
    assertThat(m.find()).isTrue();
    String code = m.group(1);

    HttpResponse<String> page = get("/pengaduan/lacak?kode=" + code.toLowerCase().replace("-", "+"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(code, "Diterima", "Sarana", "Pengaduan diterima melalui Formulir pengaduan web")
        .doesNotContain("Budi", "budi.santoso", "3456");
    assertThat(get("/pengaduan/lacak?kode=ADU-6503-ZZZZ-ZZZZ").statusCode()).isEqualTo(404);
    HttpResponse<String> malformed = get("/pengaduan/lacak?kode=%3Cscript%3E");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("tidak dikenali").doesNotContain("<script>");
    // not waiting for the complainant yet: a confirmation is refused with a message
    HttpResponse<String> early = post("/pengaduan/lacak/tanggapan", form("_csrf", token, "kode", code,
        "keputusan", "PUAS"));
    assertThat(early.statusCode()).isEqualTo(400);
    assertThat(early.body()).contains("tidak sedang menunggu tanggapan Anda");

    // staff: login needed; the supervisor sees the contact, the auditor does not
    assertThat(get("/laporan/pengaduan").statusCode()).isEqualTo(401);
    HttpResponse<String> list = get("/laporan/pengaduan?saluran=WEB", "supervisor1");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(code, "Formulir pengaduan web");
    assertThat(get("/laporan/pengaduan/" + code, "petugas1").body()).contains("budi.santoso@example.com");
    HttpResponse<String> audit = get("/laporan/pengaduan/" + code, "auditor1");
    assertThat(audit.statusCode()).isEqualTo(200);
    assertThat(audit.body()).contains("tidak ditampilkan untuk auditor", "Pengaduan diterima").doesNotContain("budi.santoso");
    assertThat(get("/laporan/pengaduan/" + code, "bendahara1").statusCode()).isEqualTo(403);
  }

  @Autowired id.go.bps.pst.order.OrderService orders;

  /**
   * The public form answers alike for a request number that does not exist, one of somebody else and the
   * complainant's own (it told a stranger which numbers are sales of the unit): each complaint is accepted with a
   * tracking code; only the complainant's own sale (same e-mail or phone) is linked; the tracking page shows the
   * number as typed; staff see the number typed and why it was not linked.
   */
  @Test
  void aRequestNumberGetsTheSameAnswerWhetherOrNotItExistsOrIsTheComplainants() throws Exception {
    String sale = orders.register("6503", java.time.ZoneId.of("Asia/Makassar"), new id.go.bps.pst.order.Visitor(
        "Siti Aminah", "siti.aminah@example.com", "081255650671", id.go.bps.pst.order.IdentityType.KTP,
        "6503014507900001", "Universitas Borneo Tarakan", "STUDENT"), "A901", "petugas1", null).requestNumber();
    String unknown = "6503-2026-" + String.format("%06d", 900000 + (int) (System.nanoTime() % 99999));
    String token = token("/pengaduan");
    long before = count();

    HttpResponse<String> ofNobody = complain(token, "Budi Santoso", "budi@example.com", unknown);
    HttpResponse<String> ofSomebodyElse = complain(token, "Budi Santoso", "budi@example.com", sale);
    HttpResponse<String> own = complain(token, "Siti Aminah", "SITI.AMINAH@example.com", sale);
    for (HttpResponse<String> answer : java.util.List.of(ofNobody, ofSomebodyElse, own)) {
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
      assertThat(answer.headers().firstValue("Location").orElse("")).matches(".*/pengaduan/lacak\\?kode=ADU-6503-"
          + "[A-Z0-9]{4}-[A-Z0-9]{4}&baru=1");
    }
    assertThat(count()).isEqualTo(before + 3);

    Complaint notFound = complaints.get(code(ofNobody));
    Complaint notTheirs = complaints.get(code(ofSomebodyElse));
    Complaint theirs = complaints.get(code(own));
    assertThat(notFound.requestNumber()).isNull();
    assertThat(notFound.reportedRequestNumber()).isEqualTo(unknown);
    assertThat(notTheirs.requestNumber()).isNull();
    assertThat(notTheirs.reportedRequestNumber()).isEqualTo(sale);
    assertThat(theirs.requestNumber()).isEqualTo(sale);
    assertThat(complaints.ofRequest(sale)).extracting(Complaint::trackingCode).containsExactly(theirs.trackingCode());
    assertThat(orders.history(sale)).filteredOn(e -> e.action().equals("COMPLAINT_FILED")).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains(theirs.trackingCode()));

    // the tracking pages read alike: the number as typed, nothing about a link
    String pageOfNobody = get("/pengaduan/lacak?kode=" + notFound.trackingCode()).body();
    String pageOfSomebodyElse = get("/pengaduan/lacak?kode=" + notTheirs.trackingCode()).body();
    assertThat(pageOfNobody).contains("Nomor permintaan yang Anda tulis", unknown).doesNotContain("ditautkan");
    assertThat(pageOfSomebodyElse).contains("Nomor permintaan yang Anda tulis", sale)
        .doesNotContain("ditautkan", "Siti");
    // staff see what was typed and why it is not linked
    String staff = get("/laporan/pengaduan/" + notTheirs.trackingCode(), "supervisor1").body();
    assertThat(staff).contains("id=\"reported-request\"", sale, "Nomor permintaan tidak ditautkan",
        "tidak sama dengan kontak pengguna layanan");
    assertThat(get("/laporan/pengaduan/" + notFound.trackingCode(), "petugas1").body())
        .contains(unknown, "tidak ada permintaan dengan nomor itu di unit ini");
    assertThat(get("/laporan/pengaduan/" + theirs.trackingCode(), "supervisor1").body())
        .contains("/laporan/permintaan/" + sale).doesNotContain("id=\"reported-request\"");
  }

  private HttpResponse<String> complain(String token, String name, String email, String requestNumber)
      throws Exception {
    return post("/pengaduan", form("_csrf", token, "submission", java.util.UUID.randomUUID().toString(), "name", name,
        "email", email, "category", "PRODUCT", "requestNumber", requestNumber,
        "description", "Publikasi yang saya beli tidak lengkap halamannya.", "consent", "true"));
  }

  private static String code(HttpResponse<String> answer) {
    Matcher m = Pattern.compile("kode=(ADU-[A-Z0-9-]+)").matcher(answer.headers().firstValue("Location").orElse(""));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void onlyTheSupervisorMaintainsTheHolidayCalendar() throws Exception {
    HttpResponse<String> y2026 = get("/laporan/hari-libur?tahun=2026", "auditor1");
    assertThat(y2026.statusCode()).isEqualTo(200);
    assertThat(y2026.body()).contains("Cuti bersama Idul Fitri 1447 H", "Kamis, 24 Desember 2026")
        .doesNotContain("Belum ada cuti bersama").doesNotContain("Tambah hari libur");
    HttpResponse<String> y2027 = get("/laporan/hari-libur?tahun=2027", "supervisor1");
    assertThat(y2027.body()).contains("Belum ada cuti bersama untuk tahun", "Tahun Baru 2027 Masehi", "Tambah hari libur");
    String token = TOKEN.matcher(y2027.body()).results().findFirst().orElseThrow().group(1);

    assertThat(post("/laporan/hari-libur", form("_csrf", token, "tanggal", "2027-03-10", "nama", "Nyepi",
        "jenis", "NATIONAL"), "petugas1").statusCode()).isEqualTo(403);
    HttpResponse<String> bad = post("/laporan/hari-libur", form("_csrf", token, "tanggal", "2027-02-30",
        "nama", "X", "jenis", "NATIONAL"), "supervisor1");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("Tanggal tidak dapat dibaca");
    HttpResponse<String> added = post("/laporan/hari-libur", form("_csrf", token, "tanggal", "2027-12-24",
        "nama", "Cuti bersama Natal (contoh uji)", "jenis", "CUTI_BERSAMA", "sumber", "SKB 2026"), "supervisor1");
    assertThat(added.statusCode()).isEqualTo(302);
    HttpResponse<String> duplicate = post("/laporan/hari-libur", form("_csrf", token, "tanggal", "2027-12-24",
        "nama", "Lagi", "jenis", "CUTI_BERSAMA"), "supervisor1");
    assertThat(duplicate.statusCode()).isEqualTo(400);
    assertThat(duplicate.body()).contains("sudah ada di kalender");
    assertThat(get("/laporan/hari-libur?tahun=2027", "supervisor1").body()).contains("Cuti bersama Natal (contoh uji)")
        .doesNotContain("Belum ada cuti bersama");
    Long id = jdbc.queryForObject("select id from pst_holiday where holiday_date = '2027-12-24'", Long.class);
    assertThat(post("/laporan/hari-libur/" + id + "/hapus", form("_csrf", token, "tahun", "2027"), "supervisor1")
        .statusCode()).isEqualTo(302);
    assertThat(jdbc.queryForObject("select count(*) from pst_holiday where holiday_date = '2027-12-24'", Long.class))
        .isZero();
  }

  // ---- HTTP helpers -----------------------------------------------------------------------------

  private long count() {
    return jdbc.queryForObject("select count(*) from pst_complaint", Long.class);
  }

  private String token(String path) throws Exception {
    HttpResponse<String> page = get(path);
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher m = TOKEN.matcher(page.body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    return browser.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    return browser.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, Map<String, String> form, String user) throws Exception {
    return browser.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .header("Authorization", basic(user)).POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, String> form(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
  }
}
