package id.go.bps.pst.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.web.util.HtmlUtils;

/** The kiosk's guest book over HTTP: bad input gets a clear message and creates nothing. */
class KioskGuestBookTest extends VisitIntegrationTest {

  static Map<String, String> valid() {
    Map<String, String> f = new HashMap<>();
    f.put("name", "Siti Aminah");
    f.put("identityType", "KTP");
    f.put("identityNumber", "6503014507900001"); // woman: day 05 written as 45
    f.put("email", "siti.aminah@example.com");
    f.put("phone", "0812-5565-0671");
    f.put("institution", "Universitas Borneo Tarakan");
    f.put("userCategory", "STUDENT");
    f.put("visitPurpose", "Data kemiskinan Kabupaten Tana Tidung untuk skripsi");
    f.put("consent", "true");
    return f;
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        bad("NIK of 15 digits", "identityNumber", "650301450790001", "NIK harus terdiri dari 16 angka"),
        bad("NIK of 17 digits", "identityNumber", "65030145079000011", "NIK harus terdiri dari 16 angka"),
        bad("NIK with a letter", "identityNumber", "650301450790000A", "NIK harus terdiri dari 16 angka"),
        bad("NIK born on 32 February", "identityNumber", "6503013202900001", "Tanggal lahir pada NIK"),
        bad("NIK woman day 72 (=32)", "identityNumber", "6503017201900001", "Tanggal lahir pada NIK"),
        bad("NIK month 13", "identityNumber", "6503011013900001", "Tanggal lahir pada NIK"),
        bad("NIK unknown province", "identityNumber", "9903011507900001", "Kode wilayah pada NIK"),
        bad("NIK serial 0000", "identityNumber", "6503011507900000", "Nomor urut pada NIK"),
        bad("passport too short", "PASPOR", "A12", "Nomor paspor harus 6-9"),
        bad("passport without digits", "PASPOR", "ABCDEFGH", "Nomor paspor harus 6-9"),
        bad("SIM with letters", "SIM", "1234ABCD9012", "Nomor SIM harus 12-14 angka"),
        bad("no identity type", "identityType", "", "Pilih jenis kartu identitas"),
        bad("missing e-mail", "email", "", "Alamat e-mail wajib diisi"),
        bad("malformed e-mail", "email", "siti@", "Alamat e-mail tidak valid"),
        bad("oversize e-mail", "email", "a".repeat(250) + "@example.com", "Alamat e-mail terlalu panjang"),
        bad("script tag in the name", "name", "<script>alert(1)</script>", "Nama tidak boleh berisi kode"),
        bad("oversize name", "name", "Siti " + "a".repeat(130), "Nama terlalu panjang"),
        bad("empty name", "name", "  ", "Nama wajib diisi"),
        bad("digits in the name", "name", "S1t1 4m1n4h", "Nama hanya boleh berisi huruf"),
        bad("phone with letters", "phone", "0812-CALL-ME", "Nomor telepon harus 8-20 angka"),
        bad("oversize institution", "institution", "U".repeat(201), "Nama instansi paling panjang 200"),
        bad("script in the purpose", "visitPurpose", "data <script>x</script>", "Tujuan kunjungan paling panjang"),
        bad("oversize purpose", "visitPurpose", "p".repeat(1001), "Tujuan kunjungan paling panjang"),
        bad("no user category", "userCategory", "", "Pilih kategori pengguna layanan"),
        bad("unknown user category", "userCategory", "ALIEN", "Pilih kategori pengguna layanan"),
        bad("no consent", "consent", null, "Persetujuan pemrosesan data pribadi wajib"));
  }

  private static Arguments bad(String what, String field, String value, String message) {
    Map<String, String> f = valid();
    switch (field) {
      case "PASPOR", "SIM" -> {
        f.put("identityType", field);
        f.put("identityNumber", value);
      }
      default -> {
        if (value == null) {
          f.remove(field);
        } else {
          f.put(field, value);
        }
      }
    }
    return Arguments.of(what, f, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputGetsAClearMessageAndCreatesNothing(String what, Map<String, String> form, String message)
      throws Exception {
    long instances = processInstances();
    long tickets = count("pst_queue_ticket");
    long visitors = count("pst_visitor");
    long requests = count("pst_sale_request");
    KioskClient kiosk = new KioskClient();
    kiosk.get("/kiosk");

    HttpResponse<String> r = kiosk.post("/kiosk", form);

    assertThat(r.statusCode()).as(what).isEqualTo(400);
    String text = HtmlUtils.htmlUnescape(r.body());
    assertThat(text).as(what).contains("Mohon periksa isian berikut").contains(message);
    assertThat(r.body()).as("never echoed as markup").doesNotContain("<script>alert");
    assertThat(processInstances()).as(what).isEqualTo(instances);
    assertThat(count("pst_queue_ticket")).as(what).isEqualTo(tickets);
    assertThat(count("pst_visitor")).as(what).isEqualTo(visitors);
    assertThat(count("pst_sale_request")).as(what).isEqualTo(requests);
  }

  @Test
  void validEntryStartsTheProcessLikeTheStartFormAndReturningVisitorsNeedNotRetype() throws Exception {
    at("2032-01-12T09:00:00");
    KioskClient kiosk = new KioskClient();
    kiosk.get("/kiosk");
    Map<String, String> form = valid();
    form.put("identityNumber", "6503 0145 0790 0002"); // spaces as people type them
    form.put("email", "returning.visitor@example.com");

    HttpResponse<String> created = kiosk.post("/kiosk", form);

    assertThat(created.statusCode()).isEqualTo(302);
    String location = created.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> ticketPage = kiosk.get(location.replaceFirst("^https?://[^/]+", ""));
    assertThat(ticketPage.statusCode()).isEqualTo(200);
    String page = HtmlUtils.htmlUnescape(ticketPage.body());
    assertThat(page).contains("P-001").contains("6503-2032-").contains("Senin, 12 Januari 2032, 09.00 WITA");
    Ticket ticket = queue.byPublicRef(location.substring(location.lastIndexOf('/') + 1)).orElseThrow();
    var instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(ticket.requestNumber()).singleResult();
    var variables = engine.getRuntimeService().getVariables(instance.getId());
    // personal data went to the order table; the process keeps only what tasks are told apart by
    assertThat(variables).containsEntry("visitorName", "Siti Aminah").containsEntry("userCategory", "STUDENT")
        .containsEntry("ticketNumber", "P-001").containsEntry("purpose", "Data kemiskinan Kabupaten Tana Tidung untuk skripsi")
        .doesNotContainKeys("identityNumber", "identityType", "visitorEmail", "visitorPhone", "consent");
    var request = orders.get(ticket.requestNumber());
    assertThat(request.visitorEmail()).isEqualTo("returning.visitor@example.com");
    assertThat(request.maskedIdentityNumber()).isEqualTo("6503**********02");
    assertThat(engine.getRuntimeService().getActiveActivityIds(instance.getId()))
        .contains("Task_CallVisitor", "Timer_QueueWait"); // first of the day: clock from arrival

    // back next time: a lookup by exact e-mail (any case) or identity number shows nothing; the code mailed to
    // the address on file shows the name and the masked number, never the number, e-mail or phone
    for (String key : List.of("Returning.Visitor@example.com", "6503014507900002")) {
      KioskClient again = new KioskClient();
      again.get("/kiosk");
      String asked = HtmlUtils.htmlUnescape(again.post("/kiosk/cari", Map.of("kunci", key)).body());
      assertThat(asked).contains("kode masuk 6 angka sudah kami kirim").doesNotContain("Siti Aminah")
          .doesNotContain("Selamat datang kembali");
      String found = HtmlUtils.htmlUnescape(again.post("/kiosk/kode",
          Map.of("kode", kioskCode("returning.visitor@example.com"))).body());
      assertThat(found).contains("Selamat datang kembali").contains("Siti Aminah").contains("6503**********02")
          .doesNotContain("6503014507900002").doesNotContain("returning.visitor@example.com")
          .doesNotContain("0812-5565-0671");
    }
    KioskClient partial = new KioskClient();
    partial.get("/kiosk");
    assertThat(HtmlUtils.htmlUnescape(partial.post("/kiosk/cari", Map.of("kunci", "returning.visitor")).body()))
        .contains("kode masuk 6 angka sudah kami kirim").doesNotContain("Siti Aminah");

    KioskClient returning = new KioskClient();
    returning.get("/kiosk");
    returning.post("/kiosk/cari", Map.of("kunci", "6503014507900002"));
    assertThat(returning.post("/kiosk/kode", Map.of("kode", kioskCode("returning.visitor@example.com"))).body())
        .contains("Selamat datang kembali");
    at("2032-01-12T09:05:00");
    HttpResponse<String> second = returning.post("/kiosk", Map.of("userCategory", "STUDENT",
        "visitPurpose", "Publikasi Kabupaten Tana Tidung Dalam Angka", "consent", "true"));
    assertThat(second.statusCode()).isEqualTo(302);
    Ticket secondTicket = queue.byPublicRef(second.headers().firstValue("Location").orElseThrow()
        .replaceFirst(".*/", "")).orElseThrow();
    assertThat(secondTicket.ticketNumber()).isEqualTo("P-002");
    assertThat(HtmlUtils.htmlUnescape(returning.get("/kiosk/tiket/" + secondTicket.publicRef()).body()))
        .contains("P-002").contains("id=\"waiting-ahead\">1<");
    var secondInstance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(secondTicket.requestNumber()).singleResult();
    assertThat(orders.get(secondTicket.requestNumber()).visitorEmail()).isEqualTo("returning.visitor@example.com");
    assertThat(engine.getRuntimeService().getActiveActivityIds(secondInstance.getId()))
        .contains("Task_CallVisitor", "Timer_QueueWait");
    assertThat(secondTicket.clockStartedAt()).isNull(); // P-001 has not finished yet: no clock
    assertThat(jdbc.queryForObject("select visit_count from pst_visitor where email = ?", Integer.class,
        "returning.visitor@example.com")).isEqualTo(2);
  }

  /** The same guest book sent twice (a resend, "confirm resubmission") gives its one ticket, not a second sale. */
  @Test
  void theSameGuestBookSentTwiceStoresOnce() throws Exception {
    at("2032-01-13T09:00:00");
    KioskClient kiosk = new KioskClient();
    String page = kiosk.get("/kiosk").body();
    java.util.regex.Matcher id = Pattern.compile("name=\"submission\" value=\"([0-9a-f-]{36})\"").matcher(page);
    assertThat(id.find()).as("the guest book carries its own id").isTrue();
    Map<String, String> form = valid();
    form.put("submission", id.group(1));
    long requests = count("pst_sale_request");
    HttpResponse<String> first = kiosk.post("/kiosk", form);
    HttpResponse<String> again = kiosk.post("/kiosk", form);
    assertThat(first.statusCode()).isEqualTo(302);
    assertThat(again.statusCode()).isEqualTo(302);
    assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
    assertThat(count("pst_sale_request")).isEqualTo(requests + 1);
    // a new page is a new visitor
    String next = kiosk.get("/kiosk").body();
    java.util.regex.Matcher other = Pattern.compile("name=\"submission\" value=\"([0-9a-f-]{36})\"").matcher(next);
    assertThat(other.find()).isTrue();
    assertThat(other.group(1)).isNotEqualTo(id.group(1));
  }

  @Test
  void postWithoutTheKioskTokenOrFromAnotherSiteIsRefused() throws Exception {
    long instances = processInstances();
    KioskClient noToken = new KioskClient();
    assertThat(noToken.post("/kiosk", valid()).statusCode()).isEqualTo(403);

    // another site's page cannot read the visitor's token: it posts with the visitor's cookie and a token of its own
    KioskClient crossSite = new KioskClient();
    crossSite.get("/kiosk");
    KioskClient otherSite = new KioskClient();
    otherSite.get("/kiosk");
    Map<String, String> form = valid();
    form.put("_csrf", otherSite.token);
    var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/kiosk")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Origin", "https://evil.example")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).reduce((a, b) -> a + "&" + b).orElse("")))
        .build();
    assertThat(crossSite.http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    assertThat(processInstances()).isEqualTo(instances);
  }
}
