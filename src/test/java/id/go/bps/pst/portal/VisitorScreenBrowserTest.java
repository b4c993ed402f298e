package id.go.bps.pst.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bps.pst.TestSql;
import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.order.RequiredDocument;
import id.go.bps.pst.rating.SurveyService;
import id.go.bps.pst.visit.QueueService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The visitor screen at the counter, in real browsers (Debian's headless Chromium): the officer's
 * counter page pairs a tablet with Loket 1; the officer calls a visitor; the tablet shows that visitor's
 * steps rendered from their Camunda Forms; the visitor ticks the documents handed over and accepts the
 * terms on the tablet; the officer's Tasklist shows what the visitor did; a later step is done in the
 * portal through the same rendering; another visitor at Loket 2 never shows on Loket 1's screen.
 * Screenshots: target/screenshots/visitor-screen/.
 *
 * <p>A fresh context: Tasklist and the engine REST API find the engine by its name in a JVM-wide
 * registry, where the engine of the most recently started test context answers as "default"; the
 * shared portal context may be older than others started since.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class VisitorScreenBrowserTest extends PortalTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired QueueService queue;
  @Autowired UnitProperties unit;
  @Autowired SurveyService surveys;
  @Autowired id.go.bps.pst.document.DocumentService documentService;

  private VisitorStepBrowser officer;
  private VisitorStepBrowser tablet;
  private VisitorStepBrowser phone;

  @BeforeEach
  void openBrowsers() throws Exception {
    assumeTrue(id.go.bps.pst.Chromium.installed(), "Debian chromium is not installed");
    officer = new VisitorStepBrowser("visitor-screen", "1400,1000");
    tablet = new VisitorStepBrowser("visitor-screen", "1280,800");
    // the tests of this context leave tickets behind: today's queue starts empty for this test
    TestSql.update(jdbc, "update pst_queue_ticket set finished_at = ?, finished_by = 'test' where finished_at is null",
        Timestamp.from(Instant.now()));
  }

  @AfterEach
  void closeBrowsers() {
    // the revocation of Loket 1's screens is this test's: other classes (one database on MariaDB) pair Loket 1 under
    // clocks of their own
    TestSql.update(jdbc, "delete from pst_counter_screen_revocation where unit_code = ? and counter_name = ?",
        unit.code(), "Loket 1");
    for (VisitorStepBrowser b : new VisitorStepBrowser[] {officer, tablet, phone}) {
      if (b != null) {
        b.close();
      }
    }
  }

  @Test
  void visitorDoesTheirStepsOnTheScreenAtTheCounterAndNothingOfAnotherVisitorShows() throws Exception {
    // Loket 1 starts empty: a visitor of another test (one database) may still be in session there
    queue.finishSession(unit.code(), unit.zoneId(), "Loket 1", "petugas1");
    String a = startRequest("Indah Permatasari", "indah.layar@example.com");
    String b = startRequest("Rahmat Hidayat", "rahmat.layar@example.com");
    String ticketB = orders.get(b).ticketNumber();

    // the officer's counter page offers the pairing of Loket 1's visitor screen, as a link and a QR code
    // opened without a session (a bookmark): the way to the login, then back to the page
    officer.driver.get("http://localhost:" + port + "/laporan/loket?loket=Loket%201");
    assertThat(officer.bodyText()).contains("Anda belum masuk");
    officer.screenshot("0-counter-page-not-signed-in");
    String back = officer.driver.findElement(By.id("back")).getDomProperty("href");
    assertThat(officer.driver.findElement(By.id("login")).getDomProperty("href"))
        .endsWith("/camunda/app/welcome/default/#!/login");
    officer.logIn(url("/camunda/app/tasklist/"), "petugas1");
    officer.driver.get(back);
    WebElement pair = officer.driver.findElement(By.id("pair-screen"));
    assertThat(pair.getText()).isEqualTo("Pasang layar pengguna layanan");
    String screenUrl = pair.getDomAttribute("href");
    assertThat(screenUrl).startsWith(url("/loket/layar/"));
    assertThat(officer.driver.findElements(By.cssSelector("#visitor-screen svg path"))).hasSize(1);
    officer.screenshot("1-counter-page-pairing");
    String pairing = screenUrl.substring(screenUrl.lastIndexOf('/') + 1);

    // the tablet: nobody at Loket 1 yet, a welcome with the unit's name (a sale of the other test of this class that
    // ended there a moment ago is thanked for 20 s first: wait for the welcome)
    java.time.Instant welcomeBy = java.time.Instant.now().plusSeconds(40);
    while (!new String(get(screenUrl + "/keadaan").body(), StandardCharsets.UTF_8).contains("\"state\":\"welcome\"")
        && java.time.Instant.now().isBefore(welcomeBy)) {
      Thread.sleep(500);
    }
    tablet.driver.get(screenUrl);
    tablet.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("screen-welcome")));
    assertThat(tablet.bodyText()).contains("Selamat datang", "BPS Kabupaten Tana Tidung", "Loket 1");
    tablet.screenshot("2-welcome");

    // the officer calls the next ticket (A) to Loket 1; another officer calls B to Loket 2
    officer.driver.findElement(By.id("call-next")).click();
    officer.waiting(30).until(d -> d.findElement(By.id("message")).getText().contains("dipanggil ke Loket 1"));
    queue.callNext(unit.code(), unit.zoneId(), QueueService.SALES, "Loket 2", "petugas2");
    assertThat(queue.byRequest(a).orElseThrow().counterName()).isEqualTo("Loket 1");
    assertThat(queue.byRequest(b).orElseThrow().counterName()).isEqualTo("Loket 2");

    // while the officer records the request, the screen says what the sale waits for
    waitForMessage("petugas sedang mengerjakan langkah «Catat permintaan produk statistik»");
    assertThat(tablet.driver.findElement(By.id("screen-ticket")).getText()).isEqualTo(orders.get(a).ticketNumber());
    tablet.screenshot("3-waiting-for-the-officer");

    toTerms(a, cart(microdata(SUSENAS, "KODE_KEC, JK, UMUR"), publication(PUBLICATION)));
    toTerms(b, cart(publication(PUBLICATION)), "petugas2");
    assertThat(hasTask(b, "Task_AcceptTerms")).isTrue();

    // a visitor who reads English (a passport holder) taps the switch at the top of the screen: the step's form and
    // heading in English (translated on the server), then back to Bahasa Indonesia
    tablet.step("Task_AcceptTerms");
    assertThat(tablet.driver.findElements(By.id("lang-en"))).singleElement().satisfies(l -> assertThat(l.isDisplayed()).isTrue());
    tablet.driver.findElement(By.id("lang-en")).click();
    WebElement english = tablet.waiting(30).ignoring(org.openqa.selenium.WebDriverException.class).until(d -> d
        .findElements(By.cssSelector("#step-Task_AcceptTerms.step-ready")).stream()
        .filter(e -> e.getText().contains("Accept the PNBP terms and hand over the documents")).findFirst().orElse(null));
    assertThat(tablet.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
    assertThat(english.getText()).contains("Products you requested and their PNBP tariff", a);
    tablet.screenshot("4a-terms-in-english");
    tablet.driver.findElement(By.id("lang-id")).click();
    tablet.waiting(30).until(d -> "id".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));

    // A's terms on the tablet, from the step's own form
    WebElement terms = tablet.step("Task_AcceptTerms");
    assertThat(terms.getText()).contains(a, "Indah Permatasari", "Total PNBP", "Dokumen persyaratan yang Anda serahkan");
    // nothing typed: the form says what is missing, in Indonesian, and nothing is sent
    tablet.send(terms);
    assertThat(tablet.errorAbove(terms)).isEqualTo("Periksa kembali isian yang ditandai.");
    assertThat(tablet.fieldErrors(tablet.group(terms, "Apakah Anda setuju"))).containsExactly("Kolom ini wajib diisi.");
    assertThat(hasTask(a, "Task_AcceptTerms")).isTrue();
    // the visitor ticks the documents handed over, writes the abstract and accepts
    List<RequiredDocument> required = orders.requiredDocuments(a);
    assertThat(required).isNotEmpty();
    for (RequiredDocument d : required) {
      tablet.choose(terms, "Dokumen persyaratan yang Anda serahkan", d.name());
    }
    // the abstract starts from the purpose the officer recorded; the visitor rewrites it
    WebElement abstractField = tablet.field(terms, "Abstraksi penggunaan data mikro");
    abstractField.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Analisis umur dan jenis kelamin penduduk per kecamatan untuk tesis.");
    // microdata: the usage agreement's occupation and address
    tablet.field(terms, "Pekerjaan/jabatan").sendKeys("Mahasiswa S2");
    tablet.field(terms, "Alamat").sendKeys("Jl. Perintis No. 7, Tideng Pale");
    // the first send marked both as required: their messages go once the typing is taken (the form's debounce), and
    // the form moves up under the pointer; choose only then
    tablet.waiting(10).until(d -> tablet.fieldErrors(tablet.group(terms, "Pekerjaan/jabatan")).isEmpty()
        && tablet.fieldErrors(tablet.group(terms, "Alamat")).isEmpty());
    tablet.choose(terms, "Apakah Anda setuju", "Setuju");
    tablet.screenshot("4-terms-filled-in");
    tablet.send(terms);
    tablet.waiting(30).until(d -> d.findElement(By.id("screen-notice")).getText().contains("sudah kami terima"));
    waitForMessage("petugas sedang mengerjakan langkah «Periksa kelengkapan dan kesesuaian dokumen»");
    tablet.screenshot("5-terms-sent");

    // recorded as the visitor's own step, with the documents handed over
    assertThat(orders.history(a)).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("TASK_COMPLETED");
      assertThat(e.actor()).isEqualTo("pengguna layanan (layar loket)");
      assertThat(e.detail()).isEqualTo("Setujui ketentuan PNBP dan serahkan dokumen (oleh pengguna layanan sendiri)");
    });
    assertThat(orders.requiredDocuments(a)).allSatisfy(d -> assertThat(d.submitted()).isTrue());

    // B's step is at Loket 2: it never shows on Loket 1's screen, and Loket 1's pairing cannot reach it
    String taskOfB = task(b, "Task_AcceptTerms").getId();
    assertThat(tablet.driver.getPageSource()).doesNotContain(b, "Rahmat", ticketB, taskOfB);
    assertThat(get(url("/loket/layar/" + pairing + "/langkah/" + taskOfB)).statusCode()).isEqualTo(409);
    HttpResponse<String> completeB = postJson(url("/loket/layar/" + pairing + "/langkah/" + taskOfB),
        "{\"variables\":{\"termsDecision\":\"ACCEPT\",\"documentsSubmitted\":[]}}");
    assertThat(completeB.statusCode()).isEqualTo(409);
    assertThat(completeB.body()).doesNotContain("Rahmat", b);
    assertThat(hasTask(b, "Task_AcceptTerms")).isTrue();
    JsonNode loket1 = JSON.readTree(get(url("/loket/layar/" + pairing + "/keadaan")).body());
    assertThat(loket1.toString()).doesNotContain(b, "Rahmat", ticketB);

    // the officer's Tasklist (signed in since the counter page): the document check shows what the visitor handed
    // over and wrote
    String check = task(a, "Task_CheckDocuments").getId();
    officer.driver.get(url("/camunda/app/tasklist/default/#/?task=" + check));
    officer.waiting(60).until(d -> d.findElements(By.cssSelector(".fjs-container table")).size() > 0
        && d.findElement(By.cssSelector(".fjs-container")).getText().contains("diserahkan"));
    String checkForm = officer.driver.findElement(By.cssSelector(".fjs-container")).getText();
    assertThat(checkForm).contains(required.get(0).name(), "diserahkan")
        .doesNotContain("belum diserahkan").contains("Abstraksi penggunaan data: Analisis umur dan jenis kelamin");
    officer.screenshot("6-tasklist-document-check");
    officer.choose(officer.driver.findElement(By.cssSelector(".fjs-container")), "Lengkap dan sesuai");
    officer.waiting(30).until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[normalize-space()='Selesaikan']"))).click();
    officer.waiting(30).until(d -> !hasTask(a, "Task_CheckDocuments"));
    executeJob(a, "Task_IssueInvoice");
    executeJob(a, "Task_IssueMicrodataDocuments");

    // the invoice, sample and agreement on the tablet: links through the screen's own pairing
    WebElement review = tablet.step("Task_ReviewInvoice");
    List<WebElement> documentLinks = review.findElements(By.cssSelector("a[href*='/dokumen/']"));
    assertThat(documentLinks).hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(l -> assertThat(l.getDomAttribute("href")).startsWith("/loket/layar/" + pairing + "/dokumen/"));
    HttpResponse<byte[]> invoice = get(url(documentLinks.get(0).getDomAttribute("href")));
    assertThat(invoice.statusCode()).isEqualTo(200);
    assertThat(invoice.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("pdf"));
    // a key that is not a field of the form is refused (400, named) and nothing changes
    String reviewTask = task(a, "Task_ReviewInvoice").getId();
    long total = orders.get(a).totalAmount();
    HttpResponse<String> extra = postJson(url("/loket/layar/" + pairing + "/langkah/" + reviewTask),
        "{\"variables\":{\"invoiceReview\":\"OK\",\"orderTotal\":0}}");
    assertThat(extra.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(extra.body()).path("message").asText())
        .isEqualTo("Isian orderTotal tidak ada pada formulir ini dan tidak dapat dikirim.");
    assertThat(hasTask(a, "Task_ReviewInvoice")).isTrue();
    assertThat(orders.get(a).totalAmount()).isEqualTo(total);
    assertThat(engine.getRuntimeService().getVariable(processInstanceId(a), "invoiceReview")).isNull();
    tablet.screenshot("7-review-invoice");

    // the agreement names the visitor's occupation wrongly: the visitor asks for a correction on the screen, the
    // officer answers it in Tasklist (the occupation only: a blank address keeps the recorded one), the agreement is
    // issued again and the visitor reviews version 2
    tablet.choose(review, "Minta perbaikan");
    tablet.field(review, "Bagian yang perlu diperbaiki").sendKeys("Pekerjaan saya pada perjanjian: dosen, bukan mahasiswa");
    tablet.send(review);
    officer.waiting(30).until(d -> hasTask(a, "Task_HandleInvoiceCorrection"));
    officer.driver.get(url("/camunda/app/tasklist/default/#/?task=" + task(a, "Task_HandleInvoiceCorrection").getId()));
    officer.waiting(60).until(d -> d.findElements(By.cssSelector(".fjs-container")).size() > 0
        && d.findElement(By.cssSelector(".fjs-container")).getText().contains("Perjanjian penggunaan data mikro"));
    WebElement correction = officer.driver.findElement(By.cssSelector(".fjs-container"));
    assertThat(correction.getText()).contains("dosen, bukan mahasiswa", "Isi hanya yang harus diubah")
        .doesNotContain("Jl. Perintis"); // the recorded address never reaches a form
    officer.field(correction, "Pekerjaan/jabatan yang benar").sendKeys("Dosen");
    officer.field(correction, "Yang diperbaiki").sendKeys("Pekerjaan pada perjanjian diubah menjadi dosen");
    officer.js("arguments[0].scrollIntoView({block: 'center'})", officer.field(correction, "Pekerjaan/jabatan yang benar"));
    officer.screenshot("7a-tasklist-officer-corrects-the-agreement");
    officer.waiting(30).until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[normalize-space()='Selesaikan']"))).click();
    officer.waiting(30).until(d -> !hasTask(a, "Task_HandleInvoiceCorrection"));
    assertThat(orders.agreementParticulars(a)).satisfies(p -> {
      assertThat(p.occupation()).isEqualTo("Dosen");
      assertThat(p.address()).isEqualTo("Jl. Perintis No. 7, Tideng Pale");
    });
    executeJob(a, "Task_IssueInvoice");
    executeJob(a, "Task_IssueMicrodataDocuments");
    WebElement again = tablet.waiting(60).ignoring(org.openqa.selenium.WebDriverException.class).until(d -> d
        .findElements(By.cssSelector("#step-Task_ReviewInvoice.step-ready")).stream()
        .filter(step -> step.getText().contains("(versi 2)")).findFirst().orElse(null));
    var agreement = id.go.bps.pst.document.DocumentKind.USAGE_AGREEMENT;
    var corrected = documentService.find(a).stream().filter(d -> d.kind() == agreement).findFirst().orElseThrow();
    assertThat(corrected.version()).isEqualTo(2);
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(documentService.open(corrected.id()).bytes())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
          .contains("Pekerjaan/Jabatan : Dosen", "Alamat : Jl. Perintis No. 7, Tideng Pale");
    }
    tablet.screenshot("7b-review-corrected-agreement");
    review = again;
    tablet.choose(review, "Sesuai");
    tablet.send(review);

    // the payment choice shows on the tablet; the visitor makes it on the phone, in the portal, same rendering
    tablet.step("Task_ChoosePaymentMethod");
    phone = new VisitorStepBrowser("visitor-screen", "412,915");
    phone.driver.get(links.issue(a).url());
    WebElement payment = phone.step("Task_ChoosePaymentMethod");
    assertThat(payment.getText()).contains("Tagihan: Rp", "Cara pembayaran");
    phone.choose(payment, "Tunai kepada bendahara");
    phone.screenshot("8-portal-choose-payment");
    phone.sendAndWaitForReload(payment);
    assertThat(phone.driver.findElement(By.id("notice")).getText()).contains("sudah kami terima");
    // the tablet follows: the payment step is gone, the visitor is asked to pay the treasurer the sale's total
    waitForMessage("Silakan bayar " + id.go.bps.pst.common.Rupiah.format(orders.get(a).totalAmount())
        + " secara tunai kepada Bendahara Penerimaan. Kuitansi diberikan setelah pembayaran diterima.");
    assertThat(tablet.noStep("Task_ChoosePaymentMethod")).isTrue();
    assertThat(tablet.driver.findElement(By.id("screen-message-en")).getText()).startsWith("Please pay Rp")
        .contains("in cash to the treasurer");
    tablet.screenshot("9-asked-to-pay-the-treasurer");
    assertThat(orders.history(a)).anySatisfy(e -> {
      assertThat(e.actor()).isEqualTo("pengguna layanan (portal)");
      assertThat(e.detail()).isEqualTo("Pilih cara pembayaran (oleh pengguna layanan sendiri)");
    });
    assertThat(orders.history(a)).anySatisfy(e -> {
      assertThat(e.actor()).isEqualTo("pengguna layanan (layar loket)");
      assertThat(e.detail()).isEqualTo("Periksa invoice, contoh data mikro dan perjanjian (oleh pengguna layanan sendiri)");
    });

    // the visitor had switched to English; they leave the counter: the screen forgets them at once and welcomes the
    // next visitor in Bahasa Indonesia (English was this visitor's choice, not the tablet's)
    tablet.driver.findElement(By.id("lang-en")).click();
    tablet.waiting(30).until(d -> "en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang"))
        && d.findElement(By.id("screen-message")).isDisplayed());
    officer.driver.get("http://localhost:" + port + "/laporan/loket?loket=Loket%201");
    officer.driver.findElement(By.id("finish")).click();
    tablet.waiting(30).until(d -> "id".equals(d.findElement(By.tagName("html")).getDomAttribute("lang"))
        && d.findElement(By.id("screen-welcome")).isDisplayed() && d.getCurrentUrl().endsWith("lang=id"));
    assertThat(tablet.driver.findElement(By.id("screen-lang")).isDisplayed()).isFalse();
    assertThat(tablet.driver.getPageSource()).doesNotContain(a, "Indah");
    tablet.screenshot("10-welcome-again");

    assertThat(get(url("/loket/layar/" + pairing + "/dokumen/" + documents(a))).statusCode()).isEqualTo(409);
    // the tablet is lost: the officer revokes Loket 1's old screens on the counter page; the old pairing shows nothing
    // any more, the page's new QR code pairs the tablet again
    officer.driver.findElement(By.id("revoke-screens")).click();
    officer.driver.switchTo().alert().accept();
    officer.waiting(30).until(d -> d.findElement(By.id("message")).getText().contains("Layar lama Loket 1 dicabut"));
    officer.screenshot("11-counter-page-old-screens-revoked");
    tablet.waiting(30).until(d -> d.findElement(By.id("screen-welcome")).getText().contains("Layar belum terpasang"));
    assertThat(tablet.bodyText()).contains("sudah dicabut");
    assertThat(get(screenUrl + "/keadaan").statusCode()).isEqualTo(403);
    tablet.screenshot("12-old-screen-revoked");
    String newScreen = officer.driver.findElement(By.id("pair-screen")).getDomAttribute("href");
    assertThat(newScreen).isNotEqualTo(screenUrl);
    tablet.driver.get(newScreen);
    tablet.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("screen-welcome")));
    assertThat(tablet.bodyText()).contains("Selamat datang", "Loket 1");
    assertThat(get(newScreen + "/keadaan").statusCode()).isEqualTo(200);
  }

  @Test
  void aRatingTypedByAnOfficerInTasklistIsMarkedAndLeftOutOfTheIndex() throws Exception {
    String number = startRequest("Sari Dewi", "sari.layar@example.com");
    toInvoiceReview(number, cart(publication(PUBLICATION)));
    completeAs("petugas1", "petugas", number, "Task_ReviewInvoice", Map.of("invoiceReview", "OK"));
    completeAs("petugas1", "petugas", number, "Task_ChoosePaymentMethod", Map.of("paymentMethod", "CASH"));
    payCashAndHandOver(number);
    completeAs("petugas1", "petugas", number, "Task_ReviewProduct", Map.of("productReview", "OK"));
    int counted = surveys.index(unit.code()).respondents();
    String rate = task(number, "Task_RateService").getId();

    // the officer cannot pose as the visitor: completedVia is not a field of the form
    StringBuilder scores = new StringBuilder();
    for (int q = 1; q <= 9; q++) {
      scores.append("\"surveyQ").append(q).append("\":{\"value\":4},");
    }
    HttpResponse<String> posing = submitAs("petugas1", rate,
        "{\"variables\":{" + scores + "\"completedVia\":{\"value\":\"portal\"}}}");
    assertThat(posing.statusCode()).isEqualTo(400);
    assertThat(posing.body()).contains("completedVia");
    assertThat(hasTask(number, "Task_RateService")).isTrue();

    // assisted in Tasklist (the same call Tasklist makes): kept, marked, not counted
    HttpResponse<String> assisted = submitAs("petugas1", rate,
        "{\"variables\":{" + scores + "\"surveyComment\":{\"value\":\"Diisi petugas atas permintaan pengguna\"}}}");
    assertThat(assisted.statusCode()).as(assisted.body()).isEqualTo(204);
    assertThat(jdbc.queryForObject("select assisted_by from pst_survey_response where request_number = ?",
        String.class, number)).isEqualTo("petugas1");
    assertThat(jdbc.queryForObject("select source from pst_survey_response where request_number = ?",
        String.class, number)).isEqualTo("COUNTER");
    assertThat(surveys.index(unit.code()).respondents()).isEqualTo(counted);
    assertThat(orders.history(number)).anySatisfy(e -> assertThat(e.detail())
        .isEqualTo("Beri penilaian kualitas layanan (dibantu petugas petugas1 atas nama pengguna layanan)"));
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private void waitForMessage(String text) {
    tablet.waiting(30).until(d -> {
      var message = d.findElements(By.id("screen-message-text"));
      return !message.isEmpty() && message.get(0).isDisplayed() && message.get(0).getText().contains(text);
    });
  }

  private long documents(String requestNumber) {
    return jdbc.queryForObject("select min(id) from pst_document where request_number = ?", Long.class,
        requestNumber);
  }

  private HttpResponse<String> submitAs(String user, String taskId, String body) throws Exception {
    String basic = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/engine-rest/task/" + taskId
            + "/submit-form"))).header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
