package id.go.bps.pst.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 11 finding 3, reproduced and refused: a lookup by identity number showed the visitor's name,
 * unthrottled, and registering with someone else's number overwrote their stored name, e-mail and phone (so
 * the victim's next portal link went to the attacker).
 */
class KioskPrivacyTest extends VisitIntegrationTest {

  private static final String NIK = "6503015508880003";
  private static final String EMAIL = "rahmawati.privasi@example.com";

  private void victimRegistered() throws Exception {
    if (jdbc.queryForObject("select count(*) from pst_visitor where identity_number = ?", Long.class, NIK) > 0) {
      return;
    }
    at("2032-03-01T08:30:00");
    KioskClient kiosk = new KioskClient();
    kiosk.get("/kiosk");
    Map<String, String> form = KioskGuestBookTest.valid();
    form.put("name", "Rahmawati Privasi");
    form.put("identityNumber", NIK);
    form.put("email", EMAIL);
    form.put("phone", "0812-1111-2222");
    assertThat(kiosk.post("/kiosk", form).statusCode()).isEqualTo(302);
  }

  private long codeMails() {
    return jdbc.queryForObject("select count(*) from pst_mail_outbox where mail_type = 'KIOSK_CODE'", Long.class);
  }

  @Test
  void aLookupByIdentityNumberRevealsNothingWithoutTheCodeMailedToTheAddressOnFile() throws Exception {
    victimRegistered();
    long mails = codeMails();
    KioskClient stranger = new KioskClient();
    stranger.get("/kiosk");

    HttpResponse<String> asked = stranger.post("/kiosk/cari", Map.of("kunci", NIK));
    String page = HtmlUtils.htmlUnescape(asked.body());
    assertThat(asked.statusCode()).isEqualTo(200);
    assertThat(page).contains("kode masuk 6 angka sudah kami kirim").doesNotContain("Rahmawati")
        .doesNotContain("6503**********03").doesNotContain(EMAIL);
    assertThat(codeMails()).isEqualTo(mails + 1);
    assertThat(jdbc.queryForObject("select recipient from pst_mail_outbox where mail_type = 'KIOSK_CODE' "
        + "order by id desc limit 1", String.class)).isEqualTo(EMAIL);

    // guessing: five wrong codes, then the code is void; nothing was shown
    String right = kioskCode(EMAIL);
    String wrong = right.equals("000000") ? "111111" : "000000";
    for (int i = 0; i < 4; i++) {
      String answer = HtmlUtils.htmlUnescape(stranger.post("/kiosk/kode", Map.of("kode", wrong)).body());
      assertThat(answer).contains("Kode masuk salah").doesNotContain("Rahmawati");
    }
    assertThat(HtmlUtils.htmlUnescape(stranger.post("/kiosk/kode", Map.of("kode", wrong)).body()))
        .contains("Kode masuk sudah tidak berlaku");
    assertThat(HtmlUtils.htmlUnescape(stranger.post("/kiosk/kode", Map.of("kode", right)).body()))
        .as("the right code after the tries are used up").contains("Kode masuk sudah tidak berlaku")
        .doesNotContain("Rahmawati");

    // a number nobody has: the same answer, and no mail
    KioskClient other = new KioskClient();
    other.get("/kiosk");
    String unknown = HtmlUtils.htmlUnescape(other.post("/kiosk/cari", Map.of("kunci", "6503010101900009")).body());
    assertThat(unknown).contains("kode masuk 6 angka sudah kami kirim");
    assertThat(codeMails()).isEqualTo(mails + 1);
    assertThat(HtmlUtils.htmlUnescape(other.post("/kiosk/kode", Map.of("kode", "123456")).body()))
        .contains("Kode masuk salah");

    // the visitor, with the code from their mailbox, is welcomed by name (a new allowance: the kiosk is one client)
    rateLimits.reset();
    KioskClient visitor = new KioskClient();
    visitor.get("/kiosk");
    visitor.post("/kiosk/cari", Map.of("kunci", NIK));
    assertThat(HtmlUtils.htmlUnescape(visitor.post("/kiosk/kode", Map.of("kode", kioskCode(EMAIL))).body()))
        .contains("Selamat datang kembali").contains("Rahmawati Privasi").contains("6503**********03");
    // a code is used once: another kiosk session cannot reuse it
    KioskClient replay = new KioskClient();
    replay.get("/kiosk");
    assertThat(HtmlUtils.htmlUnescape(replay.post("/kiosk/kode", Map.of("kode", kioskCode(EMAIL))).body()))
        .doesNotContain("Rahmawati");
  }

  @Test
  void aRegistrationWithAnotherPersonsNumberIsRefusedAndOverwritesNothing() throws Exception {
    victimRegistered();
    at("2032-03-02T09:00:00");
    Map<String, Object> before = jdbc.queryForMap("select name, email, phone, visit_count from pst_visitor "
        + "where identity_number = ?", NIK);
    long instances = processInstances();
    long requests = count("pst_sale_request");

    KioskClient attacker = new KioskClient();
    attacker.get("/kiosk");
    Map<String, String> form = KioskGuestBookTest.valid();
    form.put("name", "Penyerang Jahat");
    form.put("identityNumber", NIK);
    form.put("email", "penyerang@example.net");
    form.put("phone", "0899-9999-9999");
    HttpResponse<String> refused = attacker.post("/kiosk", form);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(HtmlUtils.htmlUnescape(refused.body())).contains("Nomor identitas ini sudah tercatat")
        .contains("minta bantuan petugas").doesNotContain("Rahmawati").doesNotContain(EMAIL);
    assertThat(jdbc.queryForMap("select name, email, phone, visit_count from pst_visitor where identity_number = ?",
        NIK)).isEqualTo(before);
    assertThat(processInstances()).isEqualTo(instances);
    assertThat(count("pst_sale_request")).isEqualTo(requests);

    // the same name with the attacker's e-mail is refused too
    form.put("name", "Rahmawati Privasi");
    assertThat(attacker.post("/kiosk", form).statusCode()).isEqualTo(400);

    // the person on file, typing their own name and address (other case and spacing), is served; nothing changes
    KioskClient self = new KioskClient();
    self.get("/kiosk");
    Map<String, String> own = KioskGuestBookTest.valid();
    own.put("name", "rahmawati   privasi");
    own.put("identityNumber", NIK);
    own.put("email", EMAIL.toUpperCase());
    own.put("phone", "0877-0000-0000");
    assertThat(self.post("/kiosk", own).statusCode()).isEqualTo(302);
    Map<String, Object> after = jdbc.queryForMap("select name, email, phone from pst_visitor where identity_number = ?", NIK);
    assertThat(after.get("NAME") == null ? after.get("name") : after.get("NAME")).isEqualTo("Rahmawati Privasi");
    assertThat(jdbc.queryForObject("select email from pst_visitor where identity_number = ?", String.class, NIK))
        .isEqualTo(EMAIL);
    assertThat(jdbc.queryForObject("select phone from pst_visitor where identity_number = ?", String.class, NIK))
        .isEqualTo("0812-1111-2222");
  }

  @Test
  void lookupsAndRegistrationsAreRateLimitedPerClientWithAnIndonesianMessage() throws Exception {
    KioskClient kiosk = new KioskClient();
    kiosk.get("/kiosk");
    long mails = codeMails();
    for (int i = 0; i < 10; i++) {
      assertThat(kiosk.post("/kiosk/cari", Map.of("kunci", "65030101019" + String.format("%05d", i))).statusCode())
          .isEqualTo(200);
    }
    HttpResponse<String> limited = kiosk.post("/kiosk/cari", Map.of("kunci", NIK));
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    assertThat(limited.body()).contains("Terlalu banyak permintaan dari perangkat ini").contains("menit");
    assertThat(codeMails()).as("a refused lookup sends nothing").isEqualTo(mails);
    // the code entry counts against the same allowance, and a path parameter does not dodge it
    assertThat(kiosk.post("/kiosk/kode", Map.of("kode", "123456")).statusCode()).isEqualTo(429);
    assertThat(kiosk.post("/kiosk/cari;x=1", Map.of("kunci", NIK)).statusCode()).isEqualTo(429);

    long instances = processInstances();
    Map<String, String> bad = KioskGuestBookTest.valid();
    bad.remove("consent"); // refused anyway, so the loop creates nothing
    for (int i = 0; i < 30; i++) {
      assertThat(kiosk.post("/kiosk", bad).statusCode()).isEqualTo(400);
    }
    assertThat(kiosk.post("/kiosk", KioskGuestBookTest.valid()).statusCode()).isEqualTo(429);
    assertThat(processInstances()).isEqualTo(instances);
  }
}
