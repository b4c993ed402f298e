package id.go.bps.pst.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The visitor in a real browser (Debian's headless Chromium): opens the portal link from the mail,
 * asks for an invoice correction, and after the officer's steps accepts, chooses cash, confirms the
 * product and rates the service, each step rendered from its own Camunda Form; the audit trail records
 * the visitor, not an officer. Screenshots: target/screenshots/portal/.
 */
class PortalBrowserTest extends PortalTestSupport {

  private VisitorStepBrowser browser;

  @BeforeEach
  void openBrowser() throws Exception {
    assumeTrue(id.go.bps.pst.Chromium.installed(), "Debian chromium is not installed");
    browser = new VisitorStepBrowser("portal", "1280,1000");
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void visitorAsksForACorrectionAndLaterRatesTheService() throws Exception {
    String number = startRequest("Indah Permatasari", "indah@example.com");
    toInvoiceReview(number, cart(publication(PUBLICATION), map("wks-6503-kecamatan")));
    deliverMails();
    MimeMessage invoiceMail = Arrays.stream(smtp().getReceivedMessages())
        .filter(m -> to(m).equals("indah@example.com") && subject(m).startsWith("Invoice")).findFirst().orElseThrow();
    String link = portalLink(GreenMailUtil.getBody(invoiceMail));

    browser.driver.get(link);
    assertThat(browser.driver.findElement(By.id("request-number")).getText()).isEqualTo(number);
    WebElement review = browser.step("Task_ReviewInvoice");
    // the step's own form: the sale view with the visitor's documents, linked through the portal
    assertThat(review.getText()).contains(number, "Indah Permatasari", "Total PNBP", "Invoice");
    assertThat(review.findElements(By.cssSelector("a[href*='/dokumen/']"))).isNotEmpty()
        .allSatisfy(a -> assertThat(a.getDomAttribute("href")).startsWith("/portal/"));
    browser.screenshot("1-review-invoice");
    // on a phone the page fits its width (tables become cards, the form's columns stack)
    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 667));
    assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
        .as("wider than the window: %s", ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
            "var w = document.documentElement.clientWidth; return Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getBoundingClientRect().right > w + 1).slice(0, 8)"
                + ".map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')"))
        .isLessThanOrEqualTo(0);
    browser.screenshot("1a-review-invoice-phone");
    ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()", review);
    browser.screenshot("1b-review-invoice-phone-form");
    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    // a correction without a reason: the rule's message above the form, the choice kept
    browser.choose(review, "Minta perbaikan");
    browser.send(review);
    assertThat(browser.errorAbove(review)).contains("paling sedikit 5 karakter");
    assertThat(browser.optionInput(review, "Minta perbaikan").isSelected()).isTrue();
    browser.screenshot("2-correction-refused");
    browser.field(review, "Bagian yang perlu diperbaiki").sendKeys("Peta yang saya perlukan tingkat desa, bukan kecamatan");
    browser.sendAndWaitForReload(review);
    assertThat(browser.driver.findElement(By.id("notice")).getText()).contains("sudah kami terima");
    assertThat(browser.driver.findElement(By.id("history")).getText())
        .contains("Perbaikan invoice/dokumen diminta: Peta yang saya perlukan tingkat desa", "Anda (melalui portal)");
    assertThat(orders.history(number)).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("TASK_COMPLETED");
      assertThat(e.actor()).isEqualTo("pengguna layanan (portal)");
      assertThat(e.detail()).isEqualTo("Periksa invoice (oleh pengguna layanan sendiri)");
    });
    assertThat(orders.history(number)).noneSatisfy(e -> assertThat(e.detail()).contains(
        "Periksa invoice (dibantu petugas"));

    // the officer answers the correction; the visitor is told by mail
    completeAs("petugas1", "petugas", number, "Task_HandleInvoiceCorrection", with(
        cart(publication(PUBLICATION), map("wks-6503-desa")), Map.of("visitorName", "Indah Permatasari",
            "institution", "Universitas Borneo Tarakan", "commercial", false, "purpose", "Penelitian tesis",
            "correctionResult", "Peta diganti tingkat desa")));
    executeJob(number, "Task_IssueInvoice");
    deliverMails();
    assertThat(Arrays.stream(smtp().getReceivedMessages()).filter(m -> to(m).equals("indah@example.com"))
        .map(m -> GreenMailUtil.getBody(m)).toList()).anySatisfy(b -> assertThat(b).contains("Peta diganti tingkat desa"));

    browser.driver.get(link);
    review = browser.step("Task_ReviewInvoice");
    browser.choose(review, "Sesuai");
    browser.sendAndWaitForReload(review);
    WebElement payment = browser.step("Task_ChoosePaymentMethod");
    assertThat(payment.getText()).contains("Tagihan: Rp");
    browser.choose(payment, "Tunai kepada bendahara");
    browser.screenshot("3-choose-payment");
    browser.sendAndWaitForReload(payment);
    assertThat(browser.driver.findElement(By.id("no-tasks")).getText()).contains("tidak ada langkah");

    payCashAndHandOver(number);
    browser.driver.get(link);
    assertThat(browser.driver.findElement(By.id("downloads")).getText()).contains(".pdf");
    // the history names who did each step by role: the cash and the receipt are the treasurer's
    assertThat(browser.bodyText()).contains("Bendahara Penerimaan", "Petugas PST").doesNotContain("bendahara1");
    WebElement product = browser.step("Task_ReviewProduct");
    // a correction of the product: the officer's answer reaches the visitor, whose review starts afresh
    browser.choose(product, "Minta perbaikan");
    browser.field(product, "Bagian yang perlu diperbaiki").sendKeys("Nama instansi pada kuitansi belum lengkap");
    browser.sendAndWaitForReload(product);
    completeAs("petugas1", "petugas", number, "Task_HandleProductCorrection", Map.of("productCorrectionResult",
        "Nama instansi dilengkapi pada kuitansi versi 2", "reissueReceipt", false));
    deliverMails();
    assertThat(Arrays.stream(smtp().getReceivedMessages()).filter(m -> to(m).equals("indah@example.com"))
        .map(m -> GreenMailUtil.getBody(m)).toList())
        .anySatisfy(b -> assertThat(b).contains("Nama instansi dilengkapi pada kuitansi versi 2"));
    browser.driver.get(link);
    product = browser.step("Task_ReviewProduct");
    assertThat(product.getText()).contains("Tanggapan petugas atas permintaan perbaikan Anda: Nama instansi dilengkapi "
        + "pada kuitansi versi 2");
    assertThat(browser.optionInput(product, "Minta perbaikan").isSelected()).isFalse();
    assertThat(browser.optionInput(product, "Sesuai").isSelected()).isFalse();
    assertThat(browser.driver.findElement(By.id("history")).getText())
        .contains("Perbaikan kuitansi/produk ditindaklanjuti: Nama instansi dilengkapi pada kuitansi versi 2");
    browser.screenshot("4a-product-correction-answered");
    browser.choose(product, "Sesuai");
    browser.sendAndWaitForReload(product);

    WebElement rating = browser.step("Task_RateService");
    String[] elements = {"1. Persyaratan", "2. Sistem", "3. Waktu", "4. Biaya", "5. Produk", "6. Kompetensi",
        "7. Perilaku", "8. Penanganan"};
    for (int q = 1; q <= 8; q++) {
      browser.choose(rating, elements[q - 1], q % 2 == 0 ? "4 - " : "3 - ");
    }
    browser.send(rating); // element 9 missing: the form says so, in Indonesian, and nothing is sent
    assertThat(browser.errorAbove(rating)).isEqualTo("Periksa kembali isian yang ditandai.");
    assertThat(browser.fieldErrors(browser.group(rating, "9. Sarana"))).containsExactly("Kolom ini wajib diisi.");
    assertThat(browser.bodyText()).doesNotContain("Field is required", "Field must");
    assertThat(hasTask(number, "Task_RateService")).isTrue();
    browser.screenshot("4-rating-incomplete");
    assertThat(browser.optionInput(browser.group(rating, "2. Sistem"), "4 - ").isSelected()).isTrue();
    browser.choose(rating, "9. Sarana", "4 - ");
    browser.field(rating, "Saran atau komentar").sendKeys("Pelayanan daring sangat membantu");
    browser.sendAndWaitForReload(rating);
    assertThat(browser.driver.findElement(By.id("status")).getText()).isEqualTo("Selesai");
    browser.screenshot("5-done");

    assertThat(jdbc.queryForObject("select q9 from pst_survey_response where request_number = ?", Integer.class,
        number)).isEqualTo(4);
    assertThat(jdbc.queryForObject("select q2 from pst_survey_response where request_number = ?", Integer.class,
        number)).isEqualTo(4);
    assertThat(jdbc.queryForObject("select comment_text from pst_survey_response where request_number = ?",
        String.class, number)).isEqualTo("Pelayanan daring sangat membantu");
    assertThat(jdbc.queryForObject("select assisted_by from pst_survey_response where request_number = ?",
        String.class, number)).isNull();
    assertThat(orders.history(number)).filteredOn(e -> e.action().equals("TASK_COMPLETED")
            && e.actor().equals("pengguna layanan (portal)")).extracting(e -> e.detail())
        .anySatisfy(d -> assertThat(d).startsWith("Beri penilaian kualitas layanan"))
        .anySatisfy(d -> assertThat(d).startsWith("Pilih cara pembayaran"));
    // a visitor step done at the counter stays "assisted by" the officer
    assertThat(orders.history(number)).anySatisfy(e -> assertThat(e.detail())
        .contains("Setujui ketentuan PNBP dan serahkan dokumen (dibantu petugas petugas1"));
  }

  private static String to(MimeMessage m) {
    try {
      return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A visitor who cancels at the invoice: the portal stops inviting uploads and promising download links. */
  @Test
  void aCancelledRequestsPortalNoLongerInvitesUploadsOrPromisesDownloads() throws Exception {
    String number = startRequest("Rudi Hartono", "rudi.hartono@example.com");
    toInvoiceReview(number, cart(publication(PUBLICATION)));
    String link = url("/portal/" + links.issue(number).token());
    browser.driver.get(link);
    assertThat(browser.bodyText()).contains("Tautan unduhan tersedia setelah produk diserahkan");
    WebElement review = browser.step("Task_ReviewInvoice");
    browser.choose(review, "Batalkan permintaan");
    browser.field(review, "Alasan pembatalan").sendKeys("Data sudah saya peroleh dari instansi lain");
    browser.sendAndWaitForReload(review);
    browser.waiting(60).until(d -> {
      d.navigate().refresh();
      return d.findElement(By.id("status")).getText().equals("Dibatalkan");
    });
    assertThat(browser.bodyText()).contains("Permintaan ini dibatalkan: tidak ada produk yang diserahkan.")
        .doesNotContain("Unggah pindaian", "Tautan unduhan tersedia setelah");
    browser.screenshot("6-cancelled");
  }

  /**
   * A visitor from abroad switches the portal to English with the switch on the page: the page's own texts, the
   * status and the document names in English, dates as "2 December 2026 10:42 WITA", the choice kept on reload, a
   * rejection reason without its HTML tags; on a phone the page still fits. The step's form is English too.
   */
  @Test
  void visitorSwitchesThePortalToEnglish() throws Exception {
    String number = startRequest("John Smith", "john.smith@example.com");
    completeAs("petugas1", "petugas", number, "Task_CallVisitor", Map.of("counterName", "Loket 1"));
    toTerms(number, cart(microdata(SUSENAS, "KODE_KEC, JK")));
    var file = uploads.upload(number, "IDENTITY_CARD", "passport.pdf", id.go.bps.pst.document.TestUploads.pdf("passport"),
        id.go.bps.pst.process.Actors.VISITOR_PORTAL);
    uploads.decide(number, file.id(), false, "<b>Foto buram</b>", "petugas1");
    String link = url("/portal/" + links.issue(number).token());

    browser.driver.get(link);
    assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("id");
    assertThat(browser.bodyText()).contains("Dokumen dari Anda");
    // the reason without its tags in the upload table and the history (the step form's own table is the form's)
    assertThat(browser.driver.findElement(By.id("uploads")).getText()).contains("Alasan ditolak: Foto buram.")
        .doesNotContain("<b>");
    assertThat(browser.driver.findElement(By.id("history")).getText()).contains("ditolak: Foto buram")
        .doesNotContain("<b>");
    browser.driver.findElement(By.id("lang-en")).click();
    browser.waiting(20).until(d -> "en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
    String page = browser.bodyText();
    assertThat(page).contains("Request " + number, "Dear John Smith", "Your documents",
        "Identity document (KTP, driving licence or passport)", "rejected", "Reason for rejection: Foto buram.",
        "Steps waiting for you", "Choose file", "Upload a new version", "History", "Request registered in the guest book",
        "Bahasa Indonesia")
        .doesNotContain("??", "Pilih berkas", "Unggah versi baru");
    // the heading keeps its Indonesian name in brackets: the step forms (Indonesian) refer to it
    assertThat(browser.driver.findElement(By.id("dokumen-anda")).getText()).isEqualTo("Your documents");
    assertThat(browser.driver.findElement(By.id("uploads")).getText()).doesNotContain("<b>");
    assertThat(page).containsPattern("\\d{1,2} (January|February|March|April|May|June|July|August|September|October"
        + "|November|December) \\d{4} \\d{2}:\\d{2} WITA");
    assertThat(browser.driver.manage().getCookieNamed("pst-lang").getValue()).isEqualTo("en");
    // the step's form in English too: its texts, table headings and options (FormTranslation)
    WebElement terms = browser.step("Task_AcceptTerms");
    assertThat(terms.getText()).contains("Products you requested", "Required documents",
        "Do you agree to the PNBP tariff terms above?", "I agree", "Statement of intended use of the microdata")
        .doesNotContain("Produk yang Anda minta", "Apakah Anda setuju", "Setuju\n", "Dokumen persyaratan");
    assertThat(browser.driver.findElement(By.id("steps-some-indonesian")).getText()).contains("may be in Indonesian");
    browser.screenshot("7-english");
    browser.driver.get(link); // the choice is kept
    assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 667));
    assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
        .isLessThanOrEqualTo(0);
    browser.screenshot("7a-english-phone");
    ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
        "document.getElementById('uploads').scrollIntoView()");
    browser.screenshot("7b-english-phone-uploads");
    browser.driver.findElement(By.id("lang-id")).click();
    browser.waiting(20).until(d -> "id".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
    assertThat(browser.bodyText()).contains("Dokumen dari Anda", "Kartu identitas (KTP/SIM/Paspor)");
  }

  /**
   * A visitor who chose English works the steps in English by clicking: the invoice review, the payment method (its
   * options from the form's FEEL expression), the product review and the survey, whose validation messages are
   * English as well; the values stored are the form's own. Screenshots: target/screenshots/portal/8*-english-*.png.
   */
  @Test
  void anEnglishVisitorWorksTheStepsAndRatesTheServiceInEnglish() throws Exception {
    String number = startRequest("Emma Wilson", "emma.wilson@example.com");
    toInvoiceReview(number, cart(publication(PUBLICATION)));
    String link = url("/portal/" + links.issue(number).token());
    browser.driver.get(link);
    browser.driver.findElement(By.id("lang-en")).click();
    browser.waiting(20).until(d -> "en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));

    WebElement review = browser.step("Task_ReviewInvoice");
    assertThat(review.getText()).contains("Check the invoice (step 10)", "Documents of this request", "Details",
        "Product", "Calculation", "Total PNBP: Rp", "Legal basis", "Result of your check", "Request a correction")
        .doesNotContain("Periksa invoice", "Rincian", "Perhitungan", "Hasil pemeriksaan", "Sesuai", "Minta perbaikan",
            "Dasar:");
    browser.choose(review, "Correct");
    browser.screenshot("8-english-review-invoice");
    browser.sendAndWaitForReload(review);
    assertThat(browser.driver.findElement(By.id("notice")).getText())
        .isEqualTo("Thank you, we have received your answers.");

    WebElement payment = browser.step("Task_ChoosePaymentMethod");
    assertThat(payment.getText()).contains("Amount due: Rp", "Payment method", "Cash, to the treasurer",
        "Bank, with a billing code (SIMPONI)").doesNotContain("Tagihan", "Cara pembayaran", "Tunai", "Bank dengan");
    browser.choose(payment, "Bank, with a billing code");
    assertThat(payment.getText()).contains("Bank payment: the billing code is sent to your e-mail address");
    browser.choose(payment, "Cash, to the treasurer");
    browser.screenshot("8a-english-choose-payment");
    browser.sendAndWaitForReload(payment);
    assertThat(engine.getRuntimeService().getVariable(processInstanceId(number), "paymentMethod")).isEqualTo("CASH");

    payCashAndHandOver(number);
    browser.driver.get(link); // the choice is kept
    WebElement product = browser.step("Task_ReviewProduct");
    assertThat(product.getText()).contains("Check the receipt and the products you received")
        .doesNotContain("Periksa kuitansi");
    browser.choose(product, "Correct");
    browser.sendAndWaitForReload(product);

    WebElement rating = browser.step("Task_RateService");
    assertThat(rating.getText()).contains("Public satisfaction survey", "1. Requirements", "9. Facilities and "
        + "infrastructure", "1 - Poor", "4 - Very good", "Suggestions or comments (optional)")
        .doesNotContain("Survei", "Persyaratan", "Tidak baik", "Kurang baik", "Sangat baik", "Saran", "Antrian");
    String[] elements = {"1. Requirements", "2. System", "3. Completion", "4. Cost", "5. Product", "6. Competence",
        "7. Behaviour", "8. Handling"};
    for (int q = 1; q <= 8; q++) {
      browser.choose(rating, elements[q - 1], q % 2 == 0 ? "4 - " : "2 - ");
    }
    browser.send(rating); // element 9 missing: the form says so, in English
    assertThat(browser.errorAbove(rating)).isEqualTo("Please check the marked fields.");
    assertThat(browser.fieldErrors(browser.group(rating, "9. Facilities"))).containsExactly("This field is required.");
    assertThat(browser.bodyText()).doesNotContain("Kolom ini wajib diisi", "Periksa kembali");
    browser.screenshot("8b-english-survey-incomplete");
    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 667));
    assertThat(((Number) browser.js(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
        .isLessThanOrEqualTo(0);
    browser.js("arguments[0].scrollIntoView()", browser.group(rating, "9. Facilities"));
    browser.choose(rating, "9. Facilities", "3 - ");
    browser.field(rating, "Suggestions or comments").sendKeys("Very helpful, thank you");
    browser.screenshot("8c-english-survey-phone");
    browser.sendAndWaitForReload(rating);
    assertThat(browser.driver.findElement(By.id("status")).getText()).isEqualTo("Completed");
    browser.screenshot("8d-english-done-phone");

    assertThat(jdbc.queryForObject("select q1 from pst_survey_response where request_number = ?", Integer.class,
        number)).isEqualTo(2);
    assertThat(jdbc.queryForObject("select q8 from pst_survey_response where request_number = ?", Integer.class,
        number)).isEqualTo(4);
    assertThat(jdbc.queryForObject("select q9 from pst_survey_response where request_number = ?", Integer.class,
        number)).isEqualTo(3);
    assertThat(jdbc.queryForObject("select comment_text from pst_survey_response where request_number = ?",
        String.class, number)).isEqualTo("Very helpful, thank you");
    // the audit trail keeps the step's Indonesian name (staff read it), done by the visitor in the portal
    assertThat(orders.history(number)).filteredOn(e -> e.action().equals("TASK_COMPLETED")
            && e.actor().equals("pengguna layanan (portal)")).extracting(e -> e.detail())
        .anySatisfy(d -> assertThat(d).startsWith("Beri penilaian kualitas layanan"));
  }
}
