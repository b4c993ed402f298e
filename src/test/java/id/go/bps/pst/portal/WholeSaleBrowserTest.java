package id.go.bps.pst.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.bps.pst.TestSql;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.RequestStatus;
import id.go.bps.pst.payment.BillingPort;
import id.go.bps.pst.payment.PaymentService;
import id.go.bps.pst.payment.ReceiptService;
import id.go.bps.pst.payment.internal.NotificationSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Whole sales as the people of the PST unit do them, in real browsers (Debian's headless Chromium),
 * with no call of any API for any task (issue 10): the visitor fills the guest book at the kiosk and
 * does the visitor's steps on the screen at the counter; the officer and the treasurer work in Camunda
 * Tasklist, each in their own browser session with one login; the officer calls the ticket on the
 * counter page. The asynchronous steps (documents, billing code) are run by the job executor, as in
 * production; the bank's payment notification arrives over HTTP, signed, as the bank sends it.
 *
 * <p>Every click and every typed field is counted per person; the counts go to
 * {@code target/whole-sale/clicks.md} and a screenshot of every form to
 * {@code target/screenshots/whole-sale/}.
 *
 * <p>A context of its own: the asynchronous steps need a running job executor, which neither the shared
 * context nor the portal tests' context has.
 */
// closed after the class: its job executor must not outlive it, since on MariaDB the cached contexts of
// other classes share the database and it would take their jobs (with its own document store)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
    "camunda.bpm.admin-user.password=admin",
    "camunda.bpm.job-execution.enabled=true",
    "camunda.bpm.job-execution.wait-time-in-millis=200",
    "camunda.bpm.job-execution.max-wait=1000",
    "pst.documents.storage-directory=target/test-documents-whole-sale",
    "pst.mail.sender-interval=1h",
    "pst.portal.secret=test-portal-secret"})
class WholeSaleBrowserTest {

  private static final int PORT = freePort();
  private static final List<String> REPORT = new ArrayList<>();
  private static final String PUBLICATION = "Kabupaten Tana Tidung Dalam Angka 2025";
  private static final String MICRODATA = "Survei Sosial Ekonomi Nasional (SUSENAS) Maret 2024";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry r) {
    id.go.bps.pst.TestDatabase.register(r);
    r.add("server.port", () -> PORT);
    r.add("pst.public-base-url", () -> "http://localhost:" + PORT);
  }

  @Autowired ProcessEngine engine;
  @Autowired OrderService orders;
  @Autowired PaymentService payments;
  @Autowired ReceiptService receipts;
  @Autowired BillingPort billing;
  @Autowired id.go.bps.pst.process.VisitorUploads uploads;
  @Autowired JdbcTemplate jdbc;
  @Autowired id.go.bps.pst.document.DocumentService documents;

  private Person officer;
  private Person treasurer;
  private Person visitor;
  private VisitorStepBrowser kiosk;
  private VisitorStepBrowser tablet;

  /** One person's browser and what they did in it. */
  static final class Person {
    final String name;
    final VisitorStepBrowser browser;
    int clicks;
    int typed;
    int logins;
    final List<String> values = new ArrayList<>();

    Person(String name, VisitorStepBrowser browser) {
      this.name = name;
      this.browser = browser;
    }

    void click(WebElement e) {
      clicks++;
      e.click();
    }

    void type(WebElement e, String value) {
      typed++;
      values.add(value);
      e.sendKeys(value);
    }
  }

  /**
   * The four browsers (officer, treasurer, kiosk, tablet) are started once for the class; before each sale
   * they forget the site (session, storage), so that each person signs in again as in a new browser.
   */
  private static VisitorStepBrowser[] browsers;

  @BeforeEach
  void browsers() throws Exception {
    assumeTrue(id.go.bps.pst.Chromium.installed(), "Debian chromium is not installed");
    if (browsers == null) {
      browsers = new VisitorStepBrowser[] {new VisitorStepBrowser("whole-sale", "1400,1000"),
          new VisitorStepBrowser("whole-sale", "1400,1000"), new VisitorStepBrowser("whole-sale", "1280,900"),
          new VisitorStepBrowser("whole-sale", "1280,900")};
    } else {
      for (VisitorStepBrowser b : browsers) {
        b.forget(url(""));
      }
    }
    officer = new Person("petugas", browsers[0]);
    treasurer = new Person("bendahara", browsers[1]);
    kiosk = browsers[2];
    tablet = browsers[3];
    visitor = new Person("pengguna layanan", kiosk);
    TestSql.update(jdbc, "update pst_queue_ticket set finished_at = ?, finished_by = 'test' where finished_at is null",
        Timestamp.from(Instant.now()));
    // sales left open by earlier test classes on the same database would fill the officer's list
    // (oldest first) so that this sale's task is not on the first page
    List<String> open = engine.getRuntimeService().createProcessInstanceQuery().list().stream()
        .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).toList();
    if (!open.isEmpty()) {
      engine.getRuntimeService().deleteProcessInstancesIfExists(open, "test isolation", true, true, true);
    }
  }

  @AfterAll
  static void closeBrowsers() {
    if (browsers != null) {
      for (VisitorStepBrowser b : browsers) {
        b.close();
      }
      browsers = null;
    }
  }

  @AfterAll
  static void report() throws IOException {
    Path out = Path.of("target", "whole-sale", "clicks.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, String.join("\n", REPORT) + "\n");
  }

  @Test
  void microdataAndAPublicationPaidInCash() throws Exception {
    pairTheCounterScreen();
    String number = guestBookAtTheKiosk("Siti Aminah", "6503014507900001", "siti.aminah@example.com",
        "Mahasiswa/pelajar", "Penelitian tesis tentang pengeluaran rumah tangga per kecamatan");

    // the officer calls the ticket on the counter page, then records the cart in Tasklist
    callTheNextTicket(number);
    openTask(officer, "Catat permintaan produk statistik", number);
    // the header names the category alone when the guest book has no institution (it read "· -")
    assertThat(officer.browser.bodyText()).contains("Antrian P-", " · Mahasiswa/pelajar").doesNotContain("· -");
    chooseInSelect(officer, "Produk", 0, MICRODATA);
    officer.click(checkboxLabel(officer, "Tambah produk ke-2"));
    chooseInSelect(officer, "Produk", 1, PUBLICATION);
    // each line asks what its kind needs: variables and regions for the microdata, the format for the publication
    assertThat(fieldLabels(officer, "Variabel data mikro")).isEqualTo(1);
    assertThat(fieldLabels(officer, "Wilayah/kecamatan")).isEqualTo(1);
    assertThat(fieldLabels(officer, "Format publikasi")).isEqualTo(1);
    assertThat(formTextarea(officer, "Keperluan penggunaan produk").getDomProperty("value"))
        .as("the purpose typed at the kiosk").startsWith("Penelitian tesis");
    shot(officer, "03-cart");
    complete(officer);
    // Tasklist lands on the next step of the same sale: no click to find it
    waitForOpenTask(officer, "Sampaikan ketentuan tarif PNBP");
    assertThat(officer.browser.bodyText()).contains("Total PNBP", "Dokumen persyaratan");
    shot(officer, "04-explain-terms");
    complete(officer);

    // the visitor accepts the terms on the screen at the counter
    WebElement terms = tablet.step("Task_AcceptTerms");
    for (var d : orders.requiredDocuments(number)) {
      visitor.click(option(terms, d.name()));
    }
    assertThat(tablet.field(terms, "Abstraksi penggunaan data mikro").getDomProperty("value"))
        .as("the abstract starts from the purpose").startsWith("Penelitian tesis");
    // the abstract is typed here, not uploaded as well
    assertThat(tablet.driver.findElements(By.cssSelector(".upload-row[data-code='DATA_USE_ABSTRACT']"))).isEmpty();
    // the usage agreement's occupation and address: asked here, once, for microdata
    visitor.type(tablet.field(terms, "Pekerjaan/jabatan"), "Mahasiswa pascasarjana");
    visitor.type(tablet.field(terms, "Alamat"), "Jl. Sengkawit RT 03 No. 12, Tideng Pale");
    visitor.click(option(terms, "Setuju"));
    tablet.screenshot("05-visitor-terms");
    visitor.click(terms.findElement(By.cssSelector("button.step-submit")));

    // the sale is back with the officer: Tasklist opens the document check by itself
    waitForOpenTask(officer, "Periksa kelengkapan dan kesesuaian dokumen");
    officer.click(formOption(officer, "Lengkap dan sesuai"));
    shot(officer, "06-check-documents");
    complete(officer);

    // invoice, sample and agreement are made by the system; the visitor reviews them and chooses cash
    WebElement review = tablet.step("Task_ReviewInvoice");
    assertThat(review.getText()).contains("Invoice", "Contoh Data Mikro", "Perjanjian");
    // the agreement the visitor reviews names their occupation and address (no "-")
    var agreementPdf = documents.find(number).stream()
        .filter(d -> d.kind() == id.go.bps.pst.document.DocumentKind.USAGE_AGREEMENT).findFirst().orElseThrow();
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(documents.open(agreementPdf.id()).bytes())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
          .contains("Pekerjaan/Jabatan : Mahasiswa pascasarjana", "Alamat : Jl. Sengkawit RT 03 No. 12, Tideng Pale");
    }
    visitor.click(option(review, "Sesuai"));
    tablet.screenshot("07-visitor-review-invoice");
    visitor.click(review.findElement(By.cssSelector("button.step-submit")));
    WebElement pay = tablet.step("Task_ChoosePaymentMethod");
    visitor.click(option(pay, "Tunai"));
    tablet.screenshot("08-visitor-choose-payment");
    visitor.click(pay.findElement(By.cssSelector("button.step-submit")));

    // the officer prepares the product (the sale's next step of theirs opens by itself)
    waitForOpenTask(officer, "Siapkan produk statistik yang diminta");
    // what each line delivers: the microdata extract, and for the publication's softcopy a PDF generated from the
    // catalogue (no original file is stored), which the officer must know before handing it over
    assertThat(officer.browser.bodyText()).contains("Yang diserahkan", "ekstrak CSV (variabel dan wilayah pesanan)",
        "PDF dibuat dari data katalog");
    shot(officer, "09-prepare");
    complete(officer);

    // the treasurer, in her own session, confirms the cash: the amount is the order's, nothing typed
    login(treasurer, "bendahara1");
    openTask(treasurer, "Terima pembayaran tunai", number);
    claimIfOffered(treasurer);
    long total = orders.get(number).totalAmount();
    assertThat(treasurer.browser.bodyText()).contains(id.go.bps.pst.common.Rupiah.format(total));
    // meanwhile the counter screen tells the visitor what to pay and to whom (Task_ReceiveCash's visitorHint)
    String payCash = "Silakan bayar " + id.go.bps.pst.common.Rupiah.format(total)
        + " secara tunai kepada Bendahara Penerimaan";
    tablet.waiting(30).until(d -> d.findElement(By.tagName("body")).getText().contains(payCash));
    tablet.screenshot("09a-visitor-asked-to-pay-cash");
    treasurer.click(checkboxLabel(treasurer, "Uang tunai sebesar tagihan"));
    shot(treasurer, "10-receive-cash");
    complete(treasurer);
    // the sale now waits for the visitor's signature: the treasurer is told so
    waitForText(treasurer, "menunggu");

    WebElement sign = tablet.step("Task_SignAgreement");
    // the step waits for the signed agreement: the visitor uploads its scan on the screen (choose, upload)
    java.nio.file.Path scan = java.nio.file.Path.of("target", "upload-files", "sppd-" + number + ".pdf");
    java.nio.file.Files.createDirectories(scan.getParent());
    java.nio.file.Files.write(scan, id.go.bps.pst.document.TestUploads.pdf("SPPD ditandatangani " + number));
    // first a wrong file (a program named .pdf): refused in the row, in Indonesian, nothing stored
    java.nio.file.Path wrong = scan.resolveSibling("program-" + number + ".pdf");
    java.nio.file.Files.write(wrong, new byte[] {'M', 'Z', 0, 0, 1, 2, 3, 4});
    tablet.upload(id.go.bps.pst.document.UploadService.SIGNED_AGREEMENT, wrong);
    WebElement refusal = tablet.waiting(30).until(d -> d.findElements(By.cssSelector(
        ".upload-row[data-code='SIGNED_AGREEMENT'] .step-error")).stream().filter(WebElement::isDisplayed).findFirst()
        .orElse(null));
    assertThat(refusal.getText()).contains("bukan PDF, JPEG, atau PNG");
    tablet.js("arguments[0].scrollIntoView({block: 'center'})", refusal);
    tablet.screenshot("11-visitor-upload-refused");
    tablet.upload(id.go.bps.pst.document.UploadService.SIGNED_AGREEMENT, scan);
    visitor.clicks += 4;
    tablet.waitForUploadStatus(id.go.bps.pst.document.UploadService.SIGNED_AGREEMENT, "UPLOADED");
    tablet.js("document.querySelector(\".upload-row[data-code='SIGNED_AGREEMENT']\").scrollIntoView({block: 'center'})");
    tablet.screenshot("11a-visitor-uploaded-agreement");
    sign = tablet.step("Task_SignAgreement");
    visitor.click(option(sign, "Perjanjian sudah saya tanda tangani"));
    visitor.click(option(sign, "Meterai sudah dibubuhkan"));
    tablet.screenshot("11-visitor-sign");
    visitor.click(sign.findElement(By.cssSelector("button.step-submit")));

    // back to the treasurer: the receipt step of the sale she followed opens by itself
    waitForOpenTask(treasurer, "Buat dan berikan kuitansi");
    assertThat(treasurer.browser.bodyText()).contains("tunai kepada bendahara");
    shot(treasurer, "12-issue-receipt");
    WebElement filePage = treasurer.browser.driver.findElement(By.xpath(
        "//div[contains(@class,'fjs-container')]//a[starts-with(normalize-space(.),'halaman berkas permintaan')]"));
    String filePageUrl = filePage.getDomProperty("href");
    assertThat(filePageUrl).endsWith("/laporan/berkas/" + number);
    complete(treasurer);
    // she prints the receipt from the request's file page once its job has made it
    treasurer.browser.driver.get(filePageUrl);
    WebElement receiptLink = treasurer.browser.waiting(60).until(d -> {
      d.navigate().refresh();
      return d.findElements(By.cssSelector("#documents li[data-kind='RECEIPT'] a")).stream().findFirst().orElse(null);
    });
    assertThat(receiptLink.getText()).startsWith("Kuitansi KW-");
    Object receiptPdf = ((org.openqa.selenium.JavascriptExecutor) treasurer.browser.driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + ' '"
            + " + r.headers.get('content-type'))).catch(e => done('error ' + e));", receiptLink.getDomProperty("href"));
    assertThat(receiptPdf).isEqualTo("200 application/pdf");
    treasurer.browser.screenshot("12a-treasurer-prints-receipt");

    // the officer hands the product over once the receipt is printed
    waitForOpenTask(officer, "Serahkan produk statistik");
    shot(officer, "13-handover");
    // the form's document links open the documents themselves (they once led to a 404 page of JSON)
    List<WebElement> links = officer.browser.driver.findElements(By.xpath(
        "//div[contains(@class,'fjs-container')]//a[starts-with(normalize-space(.),'Kuitansi')"
            + " or starts-with(normalize-space(.),'Invoice')]"));
    assertThat(links).hasSizeGreaterThanOrEqualTo(2);
    for (WebElement link : links) {
      Object answer = ((org.openqa.selenium.JavascriptExecutor) officer.browser.driver).executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + ' '"
              + " + r.headers.get('content-type'))).catch(e => done('error ' + e));", link.getDomProperty("href"));
      assertThat(answer).as(link.getText()).isEqualTo("200 application/pdf");
    }
    // microdata leave only against a signed agreement an officer has checked: without the check Tasklist
    // shows the refusal and the task stays open; the check accepts the stored scan in the officer's name
    assertThat(officer.browser.bodyText()).contains("Perjanjian penggunaan data mikro yang ditandatangani:",
        "sppd-" + number + ".pdf (versi 1): diunggah");
    officer.click(button(officer, "Selesaikan"));
    WebElement refused = officer.browser.waiting(30).until(d -> d.findElements(By.cssSelector(
        ".page-notifications .alert-danger")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    assertThat(refused.getText()).contains("sudah saya periksa dan sesuai");
    shot(officer, "13a-handover-agreement-not-checked");
    officer.browser.js("document.querySelectorAll('.page-notifications .alert button.close').forEach(b => b.click())");
    officer.click(checkboxLabel(officer, "Perjanjian yang ditandatangani sudah saya periksa dan sesuai"));
    shot(officer, "13b-handover-agreement-checked");
    complete(officer);
    assertThat(uploads.slot(number, id.go.bps.pst.document.UploadService.SIGNED_AGREEMENT)).get()
        .satisfies(s -> assertThat(s.current().accepted()).isTrue())
        .satisfies(s -> assertThat(s.current().reviewedBy()).isEqualTo("petugas1"));

    reviewAndRate(number);
    waitUntil(() -> orders.get(number).status() == RequestStatus.COMPLETED);
    assertThat(payments.findPayment(number)).get().extracting(p -> p.amount()).isEqualTo(total);
    assertThat(receipts.findByRequestNumber(number)).isPresent();
    assertThat(orders.history(number)).filteredOn(e -> e.action().equals("TASK_COMPLETED"))
        .extracting(e -> e.actor()).contains("petugas1", "bendahara1", id.go.bps.pst.process.Actors.VISITOR_COUNTER);
    record("Data mikro dan publikasi, tunai", number);
  }

  @Test
  void aPublicationPaidAtTheBank() throws Exception {
    pairTheCounterScreen();
    String number = guestBookAtTheKiosk("Budi Santoso", "6503011203850002", "budi.santoso@example.com",
        "Swasta", "Bahan perencanaan usaha di Tana Tidung");
    callTheNextTicket(number);
    openTask(officer, "Catat permintaan produk statistik", number);
    chooseInSelect(officer, "Produk", 0, PUBLICATION);
    // a publication line: its format, none of the microdata's fields
    assertThat(fieldLabels(officer, "Format publikasi")).isEqualTo(1);
    assertThat(fieldLabels(officer, "Variabel data mikro") + fieldLabels(officer, "Wilayah/kecamatan")
        + fieldLabels(officer, "Data mikro dengan pengolahan")).isZero();
    shot(officer, "b-03-cart-publication");
    complete(officer);
    waitForOpenTask(officer, "Sampaikan ketentuan tarif PNBP");
    complete(officer);

    WebElement terms = tablet.step("Task_AcceptTerms");
    // a publication has no usage agreement: no occupation or address asked
    assertThat(terms.findElements(By.xpath(".//label[starts-with(normalize-space(.),'Pekerjaan/jabatan')"
        + " or starts-with(normalize-space(.),'Alamat')]"))).isEmpty();
    for (var d : orders.requiredDocuments(number)) {
      visitor.click(option(terms, d.name()));
    }
    visitor.click(option(terms, "Setuju"));
    tablet.screenshot("b-05-visitor-terms-publication");
    visitor.click(terms.findElement(By.cssSelector("button.step-submit")));
    waitForOpenTask(officer, "Periksa kelengkapan dan kesesuaian dokumen");
    officer.click(formOption(officer, "Lengkap dan sesuai"));
    complete(officer);

    // the visitor asks for a correction of the invoice; the officer answers it in Tasklist with the cart as recorded
    // (a publication line: its format, none of the microdata's fields); the visitor reviews the new invoice
    WebElement first = tablet.step("Task_ReviewInvoice");
    visitor.click(option(first, "Minta perbaikan"));
    visitor.type(tablet.field(first, "Bagian yang perlu diperbaiki"), "Mohon dua eksemplar, bukan satu");
    visitor.click(first.findElement(By.cssSelector("button.step-submit")));
    openTask(officer, "Tindak lanjuti permintaan perbaikan invoice dan dokumen", number);
    claimIfOffered(officer);
    assertThat(officer.browser.bodyText()).contains("Mohon dua eksemplar, bukan satu");
    assertThat(fieldLabels(officer, "Format publikasi")).isEqualTo(1);
    assertThat(fieldLabels(officer, "Variabel data mikro") + fieldLabels(officer, "Wilayah/kecamatan")
        + fieldLabels(officer, "Data mikro dengan pengolahan")).isZero();
    officer.type(formTextarea(officer, "Yang diperbaiki"), "Invoice diperiksa ulang bersama pengguna layanan");
    shot(officer, "b-07a-officer-answers-invoice-correction");
    complete(officer);

    // the invoice is issued anew (a job), then the review opens again on the screen
    WebElement review = tablet.waiting(120).ignoring(WebDriverException.class).until(d -> d.findElements(
        By.cssSelector("#step-Task_ReviewInvoice.step-ready")).stream().findFirst().orElse(null));
    assertThat(review.getText()).contains("(versi 2)");
    tablet.screenshot("b-07b-visitor-reviews-the-corrected-invoice");
    visitor.click(option(review, "Sesuai"));
    visitor.click(review.findElement(By.cssSelector("button.step-submit")));
    WebElement pay = tablet.step("Task_ChoosePaymentMethod");
    visitor.click(option(pay, "Bank"));
    tablet.screenshot("b-08-visitor-bank");
    visitor.click(pay.findElement(By.cssSelector("button.step-submit")));

    waitForOpenTask(officer, "Siapkan produk statistik yang diminta");
    complete(officer);

    // the billing code is issued by the system; the visitor pays at a bank; the bank tells us
    String code = waitUntil(() -> billing.findLatest(number).map(b -> b.code()).orElse(null));
    long total = orders.get(number).totalAmount();
    // meanwhile the counter screen shows the billing code, the amount and how to pay, as portal, mail and invoice do
    tablet.waiting(30).until(d -> d.findElement(By.id("screen-billing")).isDisplayed()
        && code.equals(d.findElement(By.id("screen-billing-code")).getText()));
    assertThat(tablet.driver.findElement(By.id("screen-billing")).getText())
        .contains(id.go.bps.pst.common.Rupiah.format(total), "berlaku sampai", "teller bank", "SIMPONI");
    assertThat(tablet.bodyText()).contains("Silakan bayar " + id.go.bps.pst.common.Rupiah.format(total)
        + " di bank dengan kode billing");
    tablet.screenshot("b-10-visitor-billing-code");
    assertThat(bankNotification(code, total)).isEqualTo(200);
    // paid: the code is gone from the screen
    tablet.waiting(30).until(d -> !d.findElement(By.id("screen-billing")).isDisplayed());

    login(treasurer, "bendahara1");
    openTask(treasurer, "Buat dan berikan kuitansi", number);
    claimIfOffered(treasurer);
    assertThat(treasurer.browser.bodyText()).contains("setoran bank dengan kode billing", "NTPN");
    shot(treasurer, "b-12-issue-receipt");
    complete(treasurer);

    waitForOpenTask(officer, "Serahkan produk statistik");
    complete(officer);

    // the visitor asks for a correction of the receipt; the officer answers it in Tasklist; the visitor reads the
    // answer on the screen and reviews afresh
    WebElement product = tablet.step("Task_ReviewProduct");
    visitor.click(option(product, "Minta perbaikan"));
    visitor.type(tablet.field(product, "Bagian yang perlu diperbaiki"), "Nama usaha saya belum tertulis pada kuitansi");
    tablet.screenshot("b-14a-visitor-asks-product-correction");
    visitor.click(product.findElement(By.cssSelector("button.step-submit")));
    openTask(officer, "Tindak lanjuti permintaan perbaikan kuitansi dan produk", number);
    claimIfOffered(officer);
    assertThat(officer.browser.bodyText()).contains("Nama usaha saya belum tertulis pada kuitansi");
    officer.type(formTextarea(officer, "Yang diperbaiki"), "Nama usaha ditulis pada kuitansi versi 2");
    officer.click(checkboxLabel(officer, "Kuitansi perlu diterbitkan ulang"));
    // ticked, the form asks for the payer's name for the new receipt and names the one printed now
    WebElement payer = officer.browser.waiting(15).ignoring(org.openqa.selenium.NoSuchElementException.class)
        .until(d -> formTextarea(officer, "Nama pembayar pada kuitansi baru"));
    assertThat(officer.browser.bodyText()).contains("Sekarang tercetak: Budi Santoso");
    officer.type(payer, "CV Data Borneo");
    shot(officer, "b-14b-officer-answers-product-correction");
    complete(officer);
    WebElement again = tablet.waiting(120).ignoring(WebDriverException.class).until(d -> {
      WebElement step = tablet.step("Task_ReviewProduct");
      return step.getText().contains("Nama usaha ditulis pada kuitansi versi 2") ? step : null;
    });
    assertThat(again.getText()).contains("Tanggapan petugas atas permintaan perbaikan Anda");
    tablet.screenshot("b-14c-visitor-reads-the-answer");
    assertThat(orders.history(number)).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("PRODUCT_CORRECTION_HANDLED");
      assertThat(e.actor()).isEqualTo("petugas1");
    });
    reviewAndRate(number);
    waitUntil(() -> orders.get(number).status() == RequestStatus.COMPLETED);
    var receipt = documents.find(number).stream().filter(d -> d.kind() == id.go.bps.pst.document.DocumentKind.RECEIPT)
        .findFirst().orElseThrow();
    assertThat(receipt.version()).isEqualTo(2);
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(documents.open(receipt.id()).bytes())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("CV Data Borneo");
    }
    assertThat(payments.findPayment(number)).get().extracting(p -> p.ntpn()).isEqualTo("NTPN" + code.substring(0, 12));
    record("Publikasi, bank", number);
  }

  // ---- the people's moves ------------------------------------------------------------------------

  private void pairTheCounterScreen() throws Exception {
    login(officer, "petugas1");
    officer.browser.driver.get(url("/laporan/loket?loket=Loket%201"));
    String screen = officer.browser.driver.findElement(By.id("pair-screen")).getDomAttribute("href");
    tablet.driver.get(screen);
    tablet.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("screen-welcome")));
    officer.clicks = 0; // pairing the screen is done once per counter, not per sale
  }

  private String guestBookAtTheKiosk(String name, String nik, String email, String category, String purpose)
      throws IOException {
    kiosk.driver.get(url("/kiosk"));
    visitor.type(kiosk.driver.findElement(By.id("name")), name);
    visitor.click(kiosk.driver.findElement(By.cssSelector("input[name=identityType][value=KTP]")));
    visitor.type(kiosk.driver.findElement(By.id("identityNumber")), nik);
    visitor.type(kiosk.driver.findElement(By.id("email")), email);
    visitor.clicks++; // a select takes one click to open and its choice
    new Select(kiosk.driver.findElement(By.id("userCategory"))).selectByVisibleText(category);
    visitor.type(kiosk.driver.findElement(By.id("visitPurpose")), purpose);
    visitor.click(kiosk.driver.findElement(By.id("consent1")));
    kiosk.screenshot("01-kiosk-" + name.split(" ")[0].toLowerCase());
    visitor.click(kiosk.driver.findElement(By.id("submit")));
    return kiosk.waiting(30).until(d -> d.findElement(By.id("request-number"))).getText();
  }

  private void callTheNextTicket(String number) throws IOException {
    officer.browser.driver.get(url("/laporan/loket?loket=Loket%201"));
    officer.click(officer.browser.driver.findElement(By.id("call-next")));
    officer.browser.waiting(30).until(d -> d.findElement(By.id("message")).getText().contains("dipanggil ke Loket 1"));
    shot(officer, "02-counter-call");
    officer.browser.driver.get(url("/camunda/app/tasklist/"));
  }

  private void reviewAndRate(String number) throws IOException {
    WebElement product = tablet.step("Task_ReviewProduct");
    visitor.click(option(product, "Sesuai"));
    tablet.screenshot("14-visitor-review-product");
    visitor.click(product.findElement(By.cssSelector("button.step-submit")));
    WebElement rate = tablet.step("Task_RateService");
    for (int i = 1; i <= 9; i++) {
      WebElement element = rate.findElement(By.xpath(".//div[contains(@class,'fjs-form-field')][./label["
          + "starts-with(normalize-space(.),'" + i + ".')]]"));
      visitor.click(option(element, i % 3 == 0 ? "3" : "4"));
    }
    tablet.screenshot("15-visitor-rating");
    visitor.click(rate.findElement(By.cssSelector("button.step-submit")));
    tablet.waiting(60).until(d -> d.findElements(By.cssSelector(".step-ready")).isEmpty());
    // the screen thanks the visitor before it welcomes the next one
    tablet.waiting(30).until(d -> tablet.bodyText().contains("Terima kasih. Permintaan Anda " + number + " sudah selesai"));
    tablet.screenshot("16-visitor-thanks-" + number);
  }

  private void login(Person p, String user) {
    p.browser.logIn(url("/camunda/app/tasklist/"), user);
    p.logins++;
    p.browser.waiting(60).until(d -> d.findElements(By.cssSelector(".tasks-list, [cam-tasks]")).size() > 0);
  }

  /** Opens the task of the sale from the list (one click), whatever filter is shown first. */
  private void openTask(Person p, String step, String number) {
    WebElement task = p.browser.waiting(90).ignoring(StaleElementReferenceException.class).until(d -> {
      for (WebElement t : d.findElements(By.cssSelector(".tasks-list .task"))) {
        String text = t.getText();
        if (text.contains(step) && text.contains(number)) {
          return t;
        }
      }
      return null;
    });
    p.click(task.findElement(By.cssSelector("a, h4, .names")));
    waitForOpenTask(p, step);
  }

  private void claimIfOffered(Person p) {
    List<WebElement> claim = p.browser.driver.findElements(By.xpath("//a[normalize-space()='Klaim']"
        + " | //button[normalize-space()='Klaim']"));
    if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
      p.click(claim.get(0));
      p.browser.waiting(30).until(d -> button(p, "Selesaikan").isEnabled());
    }
  }

  private void waitForOpenTask(Person p, String step) {
    p.browser.waiting(120).ignoring(WebDriverException.class).until(d ->
        d.findElements(By.cssSelector(".task-details h2, [cam-tasklist-task] h2")).stream()
            .anyMatch(h -> h.getText().startsWith(step))
            && !d.findElements(By.cssSelector(".fjs-container .fjs-form-field")).isEmpty());
  }

  private void waitForText(Person p, String text) {
    p.browser.waiting(60).until(d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  private void complete(Person p) throws IOException {
    WebElement button = p.browser.waiting(30).until(d -> {
      WebElement b = button(p, "Selesaikan");
      return b.isEnabled() ? b : null;
    });
    p.click(button);
    try {
      p.browser.waiting(60).until(ExpectedConditions.stalenessOf(button));
    } catch (org.openqa.selenium.TimeoutException stuck) {
      p.browser.screenshot("failed-complete-" + p.name);
      throw new AssertionError("completion did not go through: " + p.browser.bodyText(), stuck);
    }
  }

  private WebElement button(Person p, String label) {
    return p.browser.driver.findElement(By.xpath("//button[normalize-space()='" + label + "']"));
  }

  /** A form-js select: one click opens it, one chooses the option. */
  private void chooseInSelect(Person p, String label, int index, String option) {
    List<WebElement> fields = p.browser.driver.findElements(By.xpath("//div[contains(@class,'fjs-form-field-select')]"
        + "[./label[starts-with(normalize-space(.),'" + label + "')]]"));
    WebElement field = fields.get(index);
    WebElement input = field.findElement(By.cssSelector("input"));
    ((JavascriptExecutor) p.browser.driver).executeScript("arguments[0].scrollIntoView({block:'center'})", input);
    p.click(input);
    WebElement item = p.browser.waiting(15).until(d -> field.findElements(By.cssSelector(".fjs-dropdownlist-item"))
        .stream().filter(i -> i.getText().contains(option)).findFirst().orElse(null));
    ((JavascriptExecutor) p.browser.driver).executeScript("arguments[0].scrollIntoView({block:'nearest'})", item);
    p.clicks++;
    new org.openqa.selenium.interactions.Actions(p.browser.driver).moveToElement(item).click().perform();
    p.browser.waiting(15).until(d -> input.getDomProperty("value").contains(option));
  }

  /** How many fields of the open form have a label starting with this text (hidden fields are not rendered). */
  private int fieldLabels(Person p, String label) {
    return (int) p.browser.driver.findElements(By.xpath("//div[contains(@class,'fjs-container')]"
        + "//label[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(.),'" + label + "')]"))
        .stream().filter(WebElement::isDisplayed).count();
  }

  private WebElement checkboxLabel(Person p, String label) {
    return p.browser.driver.findElement(By.xpath("//label[contains(@class,'fjs-form-field-label')][./input]"
        + "[starts-with(normalize-space(.),'" + label + "')]"));
  }

  private WebElement formOption(Person p, String label) {
    return checkboxLabel(p, label);
  }

  private WebElement formTextarea(Person p, String label) {
    WebElement l = p.browser.driver.findElement(By.xpath("//label[contains(@class,'fjs-form-field-label')]"
        + "[not(./input)][starts-with(normalize-space(.),'" + label + "')]"));
    return p.browser.driver.findElement(By.id(l.getDomAttribute("for")));
  }

  private static WebElement option(WebElement scope, String label) {
    return scope.findElement(By.xpath(".//label[contains(@class,'fjs-form-field-label')][./input]"
        + "[starts-with(normalize-space(.),'" + label + "')]"));
  }

  private void shot(Person p, String name) throws IOException {
    p.browser.screenshot(name);
  }

  private int bankNotification(String code, long amount) throws Exception {
    String body = """
        {"billingCode":"%s","amount":%d,"paidAt":"%s","bank":"BANK RAKYAT INDONESIA","channel":"TELLER",
         "ntb":"NTB%s","ntpn":"NTPN%s"}""".formatted(code, amount, Instant.now().minusSeconds(5), code,
        code.substring(0, 12));
    String timestamp = String.valueOf(Instant.now().getEpochSecond());
    byte[] raw = body.getBytes(StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/payments/notifications")))
        .header("Content-Type", "application/json").header("X-PST-Timestamp", timestamp)
        .header("X-PST-Signature", NotificationSignature.sign("demo-secret-change-me", timestamp, raw))
        .POST(HttpRequest.BodyPublishers.ofByteArray(raw)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private void record(String sale, String number) {
    int clicks = officer.clicks + treasurer.clicks + visitor.clicks;
    int typed = officer.typed + treasurer.typed + visitor.typed;
    List<String> all = new ArrayList<>();
    all.addAll(officer.values);
    all.addAll(treasurer.values);
    all.addAll(visitor.values);
    long distinct = all.stream().distinct().count();
    REPORT.add("### " + sale + " (" + number + ")");
    REPORT.add("");
    REPORT.add("| person | logins | clicks | typed fields |");
    REPORT.add("| --- | --- | --- | --- |");
    for (Person p : List.of(visitor, officer, treasurer)) {
      REPORT.add("| " + p.name + " | " + p.logins + " | " + p.clicks + " | " + p.typed + " |");
    }
    REPORT.add("| **all** | " + (officer.logins + treasurer.logins) + " | **" + clicks + "** | " + typed + " |");
    REPORT.add("");
    // nothing typed twice, one login per member of staff
    assertThat(distinct).as("no value typed twice").isEqualTo(all.size());
    assertThat(officer.logins).isEqualTo(1);
    assertThat(treasurer.logins).isEqualTo(1);
  }

  private <T> T waitUntil(java.util.function.Supplier<T> value) throws InterruptedException {
    Instant end = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(end)) {
      T v = value.get();
      if (v != null && !Boolean.FALSE.equals(v)) {
        return v;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("timed out waiting");
  }

  private static String url(String path) {
    return "http://localhost:" + PORT + path;
  }

  private static int freePort() {
    return id.go.bps.pst.TestPorts.outsideEphemeralRange();
  }
}
