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
   * rejection reason without its HTML tags; on a phone the page still fits. The step forms stay Indonesian.
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
    assertThat(browser.driver.findElement(By.id("dokumen-anda")).getText()).isEqualTo("Your documents (Dokumen dari Anda)");
    assertThat(browser.driver.findElement(By.id("uploads")).getText()).doesNotContain("<b>");
    assertThat(page).containsPattern("\\d{1,2} (January|February|March|April|May|June|July|August|September|October"
        + "|November|December) \\d{4} \\d{2}:\\d{2} WITA");
    assertThat(browser.driver.manage().getCookieNamed("pst-lang").getValue()).isEqualTo("en");
    browser.step("Task_AcceptTerms"); // the step form (Indonesian, as deployed) is there
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
}
