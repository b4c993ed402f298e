package id.go.bps.pst.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.bps.pst.common.Rupiah;
import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.DocumentService;
import id.go.bps.pst.document.TestUploads;
import id.go.bps.pst.document.UploadService;
import id.go.bps.pst.notification.MailOutbox;
import id.go.bps.pst.notification.MailType;
import id.go.bps.pst.order.RequestStatus;
import id.go.bps.pst.payment.PaymentMethod;
import id.go.bps.pst.payment.PaymentService;
import id.go.bps.pst.payment.ReceiptMethod;
import id.go.bps.pst.payment.ReceiptService;
import id.go.bps.pst.payment.RefundCause;
import id.go.bps.pst.payment.RefundDecision;
import id.go.bps.pst.payment.RefundService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A transfer from abroad, in real browsers: a foreign mission's visitor chooses "Transfer dari luar negeri" in the
 * portal, is refused without a proof, uploads it and sends the step; the treasurer opens "Verifikasi bukti transfer"
 * in Tasklist, looks at the proof's page image, rejects it with a reason; the visitor reads the reason in the portal
 * (and the e-mail), uploads a new proof; the treasurer types the amount received and the bank reference and accepts;
 * she issues the receipt in Tasklist and the receipt says "Transfer". The embassy sent Rp25.000 too much: the
 * reconciliation and the portal say the surplus is being refunded, the supervisor opens the refund decision in
 * Tasklist (cause "kelebihan transfer", amount from our records) and approves it. Screenshots in
 * {@code target/screenshots/transfer/}.
 */
// a fresh context, as VisitorScreenBrowserTest: Tasklist finds the engine "default" in a JVM-wide registry where
// the shared portal context's engine is gone once a newer context (e.g. WholeSaleBrowserTest's) has closed
// (still so with ProcessEngineRegistration: without this, after WholeSaleBrowserTest, Tasklist's login page never
// appeared for this class and VisitorScreenBrowserTest, tried with runOrder=reversealphabetical)
@org.springframework.test.annotation.DirtiesContext(
    classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.BEFORE_CLASS)
class TransferBrowserTest extends PortalTestSupport {

  private static final String PROOF = UploadService.TRANSFER_PROOF;

  @Autowired PaymentService payments;
  @Autowired ReceiptService receipts;
  @Autowired DocumentService documents;
  @Autowired MailOutbox outbox;
  @Autowired RefundService refunds;

  private VisitorStepBrowser visitor;
  private VisitorStepBrowser treasurer;
  private VisitorStepBrowser supervisor;
  /** The staff browser the Tasklist helpers below work in (the treasurer's, then the supervisor's). */
  private VisitorStepBrowser staff;
  private final Path folder = Path.of("target", "upload-files", "transfer");

  @BeforeEach
  void openBrowsers() throws Exception {
    assumeTrue(id.go.bps.pst.Chromium.installed(), "Debian chromium is not installed");
    visitor = new VisitorStepBrowser("transfer", "1100,1400");
    treasurer = new VisitorStepBrowser("transfer", "1400,1300");
    supervisor = new VisitorStepBrowser("transfer", "1400,1300");
    staff = treasurer;
    Files.createDirectories(folder);
  }

  @AfterEach
  void closeBrowsers() {
    for (VisitorStepBrowser b : new VisitorStepBrowser[] {visitor, treasurer, supervisor}) {
      if (b != null) {
        b.close();
      }
    }
  }

  @Test
  void foreignVisitorPaysByTransferTreasurerRejectsOnceThenAcceptsAndTheReceiptSaysTransfer() throws Exception {
    String number = startForeignMissionRequest();
    toInvoiceReview(number, cart(publication(PUBLICATION)));
    completeAs("petugas1", "petugas", number, "Task_ReviewInvoice", Map.of("invoiceReview", "OK"));
    long total = orders.get(number).totalAmount();
    String portal = links.issue(number).url();

    // the visitor chooses the transfer from abroad in the portal (offered to foreign missions)
    visitor.driver.get(portal);
    WebElement choose = visitor.step("Task_ChoosePaymentMethod");
    visitor.choose(choose, "Cara pembayaran", "Transfer dari luar negeri");
    assertThat(choose.getText()).contains("tulis nomor permintaan " + number)
        // the account to transfer to (the demo configuration's, marked as such), not "ask the officer"
        .contains("Bank Rakyat Indonesia (BRI), nomor rekening 0000-01-000000-00-0 atas nama DEMO BPP BPS Kabupaten "
            + "Tana Tidung, kode SWIFT BRINIDJA (CONTOH DEMO, bukan rekening sungguhan)")
        .doesNotContain("yang diberitahukan petugas PST");
    visitor.screenshot("1-visitor-chooses-transfer");
    visitor.sendAndWaitForReload(choose);

    // the next step waits for the proof itself: sending without it is refused
    WebElement upload = visitor.step("Task_UploadTransferProof");
    assertThat(upload.getText()).contains("Tagihan: " + Rupiah.format(total), "belum diunggah",
        "nomor rekening 0000-01-000000-00-0", "CONTOH DEMO", "berita transfer " + number);
    visitor.choose(upload, "Bukti transfer sudah saya unggah");
    visitor.send(upload);
    assertThat(visitor.errorAbove(upload)).contains("Unggah dulu bukti transfer");
    visitor.upload(PROOF, write("bukti-transfer-1.pdf", TestUploads.pdf("Transfer pending - Embassy")));
    visitor.waitForUploadStatus(PROOF, "UPLOADED");
    visitor.js("document.getElementById('dokumen-anda').scrollIntoView()");
    visitor.screenshot("2-visitor-uploaded-proof");
    // the tick of the first try survived the upload's reload of the page: the visitor only sends again
    upload = visitor.step("Task_UploadTransferProof");
    assertThat(visitor.option(upload, "Bukti transfer sudah saya unggah").findElement(By.cssSelector("input"))
        .isSelected()).isTrue();
    visitor.sendAndWaitForReload(upload);
    assertThat(hasTask(number, "Task_VerifyTransfer")).isTrue();

    // the treasurer's task in Tasklist: the proof, the invoice total; she looks at the proof's page image
    treasurer.logIn(url("/camunda/app/tasklist/"), "bendahara1");
    openVerification(number);
    String form = formText();
    assertThat(form).contains("Tagihan: " + Rupiah.format(total), "bukti-transfer-1.pdf (versi 1",
        "Lihat gambar halaman bukti transfer versi 1");
    treasurer.screenshot("3-treasurer-verify-form");
    String image = treasurer.driver.findElement(By.partialLinkText("Lihat gambar halaman")).getDomAttribute("href");
    String filePage = treasurer.driver.findElement(By.partialLinkText("Halaman berkas")).getDomAttribute("href");
    treasurer.driver.get(url(filePage));
    treasurer.waiting(30).until(d -> ((Number) treasurer.js("var i = document.querySelector('#berkas-" + PROOF
        + " img.thumb'); return i ? i.naturalWidth : 0")).intValue() > 0);
    assertThat(treasurer.driver.findElement(By.id("berkas-" + PROOF)).getText()).contains("bukti-transfer-1.pdf");
    treasurer.screenshot("4-treasurer-file-page");
    assertThat(getAs("bendahara1", url(image)).statusCode()).isEqualTo(200);

    // she rejects it with a reason
    openVerification(number);
    radio("Tolak bukti transfer");
    type("Alasan penolakan", "Dana belum masuk ke rekening; bukti masih berstatus pending");
    treasurer.screenshot("5-treasurer-rejects");
    complete();
    assertThat(hasTask(number, "Task_UploadTransferProof")).isTrue();
    assertThat(payments.findPayment(number)).isEmpty();

    // the visitor reads the reason in the portal (step and upload row) and in the e-mail, uploads a new proof
    deliverMails();
    assertThat(outbox.forRequest(number)).filteredOn(m -> m.type() == MailType.TRANSFER_RETURNED).singleElement()
        .satisfies(m -> assertThat(m.bodyText()).contains("bukti masih berstatus pending"));
    visitor.driver.get(portal);
    upload = visitor.step("Task_UploadTransferProof");
    assertThat(upload.getText()).contains("Bukti transfer sebelumnya ditolak bendahara:",
        "Dana belum masuk ke rekening; bukti masih berstatus pending");
    visitor.waitForUploadStatus(PROOF, "REJECTED");
    assertThat(visitor.driver.findElement(By.cssSelector(".upload-row[data-code=" + PROOF + "]")).getText())
        .contains("ditolak", "bukti masih berstatus pending");
    visitor.screenshot("6-visitor-sees-rejection");
    visitor.upload(PROOF, write("bukti-transfer-2.pdf", TestUploads.pdf("SWIFT MT103 completed - Embassy")));
    visitor.waitForUploadStatus(PROOF, "UPLOADED");
    upload = visitor.step("Task_UploadTransferProof");
    visitor.choose(upload, "Bukti transfer sudah saya unggah");
    visitor.sendAndWaitForReload(upload);

    // the treasurer accepts: amount received (the embassy sent Rp25.000 too much) and bank reference typed, the rest
    // from our records; her Tasklist opens the sale's step by itself when it comes back to her
    awaitOrOpen(number, "Task_VerifyTransfer", "Verifikasi bukti transfer", "bukti-transfer-2.pdf (versi 2");
    radio("Dana masuk dan sesuai bukti");
    // typed with cents, as the bank statement shows it: the comma ends the whole number, a line says so
    // (Camunda Forms alone made 5000000 of "50000,00")
    WebElement amount = textField("Jumlah yang diterima");
    amount.sendKeys((total + 25_000) + ",00");
    amount.sendKeys(org.openqa.selenium.Keys.TAB);
    Thread.sleep(800);
    assertThat(amount.getDomProperty("value")).isEqualTo(String.valueOf(total + 25_000));
    assertThat(staff.driver.findElement(By.cssSelector(".fjs-form-field-number .pst-whole-number-hint")).getText())
        .contains("Angka setelah koma tidak dicatat");
    treasurer.screenshot("7a-treasurer-types-cents");
    type("Referensi bank", "FT26335MT103");
    treasurer.screenshot("7-treasurer-accepts");
    complete();
    var payment = payments.findPayment(number).orElseThrow();
    assertThat(payment.method()).isEqualTo(PaymentMethod.TRANSFER);
    assertThat(payment.amount()).isEqualTo(total);
    assertThat(payment.reference()).isEqualTo("FT26335MT103");
    assertThat(payment.receivedBy()).isEqualTo("bendahara1");
    assertThat(payment.surplus()).isEqualTo(25_000);
    assertThat(orders.get(number).status()).isEqualTo(RequestStatus.PAID);
    // the surplus went to the supervisor's refund decision, once
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("pengembalian-pnbp")
        .processInstanceBusinessKey(number).count()).isOne();

    // the receipt, in Tasklist too: it names the transfer
    awaitOrOpen(number, "Task_IssueReceipt", "Buat dan berikan kuitansi", "transfer dari luar negeri");
    treasurer.screenshot("8-treasurer-receipt");
    complete();
    executeJob(number, "Task_GenerateReceipt");
    assertThat(receipts.findByRequestNumber(number)).get().extracting(r -> r.method()).isEqualTo(ReceiptMethod.TRANSFER);
    var receipt = documents.find(number).stream().filter(d -> d.kind() == DocumentKind.RECEIPT).findFirst().orElseThrow();
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(documents.open(receipt.id()).bytes())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
          .contains("Transfer bank dari luar negeri");
      javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 80), "png",
          Path.of("target", "screenshots", "transfer", "8a-receipt-pdf.png").toFile());
    }
    assertThat(orders.history(number)).extracting(e -> e.action())
        .contains("TRANSFER_REJECTED", "TRANSFER_VERIFIED", "STATUS_PAID", "STATUS_RECEIPTED");

    // the treasurer's daily reconciliation lists the transfer with its reference and the surplus awaiting a decision
    treasurer.driver.get(url("/laporan/rekonsiliasi"));
    WebElement transfers = treasurer.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("transfers")));
    assertThat(transfers.getText()).contains(number, "FT26335MT103", "bendahara1", Rupiah.format(total),
        "kelebihan transfer Rp25.000 menunggu keputusan pengembalian koordinator");
    treasurer.js("arguments[0].scrollIntoView()", transfers);
    treasurer.screenshot("8b-treasurer-reconciliation");

    // the portal tells the visitor how it was paid, and that the surplus is being refunded
    visitor.driver.get(portal);
    assertThat(visitor.bodyText()).contains("Transfer dari luar negeri diterima bendahara",
        "Kelebihan pembayaran (kelebihan transfer) Rp25.000 sedang diproses untuk dikembalikan");
    visitor.js("window.scrollTo(0, document.body.scrollHeight)");
    visitor.screenshot("9-visitor-portal-paid");

    // the supervisor decides the refund of the surplus in Tasklist: the form names the cause and the amounts
    staff = supervisor;
    supervisor.logIn(url("/camunda/app/tasklist/"), "supervisor1");
    String refundTask = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
        .processDefinitionKey("pengembalian-pnbp").taskDefinitionKey("Task_DecideRefund").singleResult().getId();
    supervisor.driver.get(url("/camunda/app/tasklist/default/#/?task=" + refundTask));
    supervisor.waiting(90).ignoring(WebDriverException.class).until(d -> formShows("Putuskan pengembalian pembayaran",
        "kelebihan transfer Rp25.000"));
    claimIfOffered();
    String refundForm = formText();
    assertThat(refundForm).contains("Alasan: kelebihan transfer", Rupiah.format(total + 25_000),
        Rupiah.format(total), "kelebihan transfer Rp25.000", "FT26335MT103")
        .doesNotContain("dibatalkan setelah dibayar");
    supervisor.screenshot("10-supervisor-refund-form");
    radio("Dikembalikan");
    type("Dasar keputusan", "Kelebihan dikembalikan ke rekening pengirim dikurangi biaya bank");
    supervisor.screenshot("11-supervisor-decides");
    complete();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("pengembalian-pnbp")
        .processInstanceBusinessKey(number).count()).isZero();
    // Tasklist's script asked where the "sale" waits: a refund is not a sale, answered 204, no 404 in the console
    Object whereabouts = supervisor.waiting(20).until(d -> supervisor.js("var e = performance"
        + ".getEntriesByType('resource').filter(function (r) { return r.name.indexOf('/api/sales/whereabouts') >= 0; });"
        + " return e.length ? e[e.length - 1].responseStatus : null;"));
    assertThat(((Number) whereabouts).intValue()).isEqualTo(204);
    assertThat(refunds.find(number, RefundCause.TRANSFER_SURPLUS)).get().satisfies(d -> {
      assertThat(d.paidAmount()).isEqualTo(25_000);
      assertThat(d.decidedBy()).isEqualTo("supervisor1");
      assertThat(d.decision()).isEqualTo(RefundDecision.Decision.APPROVED);
    });

    // the reconciliation and the portal show the decision
    supervisor.driver.get(url("/laporan/rekonsiliasi"));
    transfers = supervisor.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("transfers")));
    assertThat(transfers.getText()).contains("kelebihan transfer Rp25.000 disetujui dikembalikan (supervisor1)");
    supervisor.js("arguments[0].scrollIntoView()", transfers);
    supervisor.screenshot("12-reconciliation-refund-approved");
    visitor.driver.get(portal);
    assertThat(visitor.bodyText()).contains("Kelebihan pembayaran Rp25.000 disetujui untuk dikembalikan")
        .doesNotContain("dikurangi biaya bank"); // the supervisor's note is for staff
    visitor.js("window.scrollTo(0, document.body.scrollHeight)");
    visitor.screenshot("13-visitor-portal-refund-approved");
  }

  private String startForeignMissionRequest() {
    Map<String, Object> v = new HashMap<>();
    v.put("visitorName", "Hiroshi Tanaka");
    v.put("identityType", "PASPOR");
    v.put("identityNumber", "TK1234567");
    v.put("visitorEmail", "hiroshi.tanaka@example.org");
    v.put("visitorPhone", "081255650679");
    v.put("institution", "Kedutaan Besar Jepang");
    v.put("userCategory", "FOREIGN_MISSION");
    v.put("purpose", "Laporan ekonomi daerah Kalimantan Utara");
    v.put("consent", true);
    return startRequest(v);
  }

  private void openVerification(String number) {
    staff.driver.get(url("/camunda/app/tasklist/default/#/?task=" + task(number, "Task_VerifyTransfer").getId()));
    waitForForm("Verifikasi bukti transfer");
    claimIfOffered();
  }

  /**
   * Waits for Tasklist to open the sale's next step of the treasurer by itself (pst-tasklist.js follows the sale);
   * opens it by its link only when it does not. Then waits until the form stays put, so that nothing typed is lost
   * to a late re-render.
   */
  private void awaitOrOpen(String number, String key, String step, String expected) throws Exception {
    String id = task(number, key).getId();
    try {
      staff.waiting(30).ignoring(WebDriverException.class).until(d -> d.getCurrentUrl().contains("task=" + id)
          && formShows(step, expected));
    } catch (org.openqa.selenium.TimeoutException notFollowed) {
      staff.driver.get(url("/camunda/app/tasklist/default/#/?task=" + id));
    }
    staff.waiting(60).ignoring(WebDriverException.class).until(d -> formShows(step, expected));
    Thread.sleep(3500); // one round of the script's 3-second watch
    staff.waiting(60).ignoring(WebDriverException.class).until(d -> formShows(step, expected));
    claimIfOffered();
  }

  private boolean formShows(String step, String expected) {
    return staff.driver.findElements(By.cssSelector(".task-details h2, [cam-tasklist-task] h2")).stream()
        .anyMatch(h -> h.getText().startsWith(step))
        && staff.driver.findElements(By.cssSelector(".fjs-container")).stream()
            .anyMatch(f -> f.getText().contains(expected));
  }

  private void waitForForm(String step) {
    staff.waiting(90).ignoring(WebDriverException.class).until(d ->
        d.findElements(By.cssSelector(".task-details h2, [cam-tasklist-task] h2")).stream()
            .anyMatch(h -> h.getText().startsWith(step))
            && !d.findElements(By.cssSelector(".fjs-container .fjs-form-field")).isEmpty());
  }

  private String formText() {
    return staff.driver.findElement(By.cssSelector(".fjs-container")).getText();
  }

  private void claimIfOffered() {
    List<WebElement> claim = staff.driver.findElements(By.xpath("//a[normalize-space()='Klaim']"
        + " | //button[normalize-space()='Klaim']"));
    if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
      claim.get(0).click();
      staff.waiting(30).until(d -> selesaikan().isEnabled());
    }
  }

  private WebElement selesaikan() {
    return staff.driver.findElement(By.xpath("//button[normalize-space()='Selesaikan']"));
  }

  private void radio(String label) {
    WebElement option = staff.driver.findElement(By.xpath("//label[contains(@class,'fjs-form-field-label')]"
        + "[./input][starts-with(normalize-space(.),'" + label + "')]"));
    staff.js("arguments[0].scrollIntoView({block:'center'})", option);
    option.click();
  }

  /**
   * Types into a form field and leaves it: form-js takes a typed value into its state a moment later (debounced),
   * so the test waits until the form's state has it rather than pressing "Selesaikan" too early.
   */
  private void type(String label, String value) throws InterruptedException {
    WebElement input = textField(label);
    input.sendKeys(value);
    input.sendKeys(org.openqa.selenium.Keys.TAB);
    Thread.sleep(800);
    assertThat(input.getDomProperty("value")).isEqualTo(value);
  }

  private WebElement textField(String label) {
    WebElement l = staff.waiting(15).until(d -> d.findElements(By.xpath(
        "//label[contains(@class,'fjs-form-field-label')][not(./input)][starts-with(normalize-space(.),'" + label
            + "')]")).stream().findFirst().orElse(null));
    WebElement input = staff.driver.findElement(By.id(l.getDomAttribute("for")));
    staff.js("arguments[0].scrollIntoView({block:'center'})", input);
    return input;
  }

  private void complete() throws Exception {
    WebElement button = staff.waiting(30).until(d -> selesaikan().isEnabled() ? selesaikan() : null);
    button.click();
    try {
      staff.waiting(60).until(ExpectedConditions.stalenessOf(button));
    } catch (org.openqa.selenium.TimeoutException stuck) {
      staff.screenshot("failed-complete");
      throw new AssertionError("completion did not go through: " + staff.bodyText(), stuck);
    }
    awaitEvents();
  }

  private java.net.http.HttpResponse<byte[]> getAs(String user, String url) throws Exception {
    String basic = java.util.Base64.getEncoder().encodeToString((user + ":" + user).getBytes(
        java.nio.charset.StandardCharsets.UTF_8));
    return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
        .header("Authorization", "Basic " + basic).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
  }

  private Path write(String name, byte[] bytes) throws Exception {
    Path file = folder.resolve(name);
    Files.write(file, bytes);
    return file;
  }
}
