package id.go.bps.pst.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.bps.pst.document.TestUploads;
import id.go.bps.pst.document.UploadService;
import id.go.bps.pst.document.UploadedFile;
import id.go.bps.pst.notification.MailOutbox;
import id.go.bps.pst.notification.MailType;
import id.go.bps.pst.order.RequestStatus;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Documents from the visitor, in real browsers (issue 14): the visitor uploads the request letter through
 * the portal (a renamed .exe and the same file twice are refused), the officer sees it in the document check
 * in Tasklist and on the file page, rejects it with a reason, the visitor reads the reason (portal, e-mail)
 * and uploads again, the officer accepts; the visitor uploads the signed agreement and sends step 14 in the
 * portal; the sale completes; the auditor's request page lists every version with who, when and SHA-256.
 * Screenshots in {@code target/screenshots/uploads/}.
 */
class DocumentUploadBrowserTest extends PortalTestSupport {

  private static final String LETTER = "ZERO_TARIFF_LETTER";

  @Autowired UploadService files;
  @Autowired MailOutbox outbox;

  private VisitorStepBrowser visitor;
  private VisitorStepBrowser officer;
  private VisitorStepBrowser auditor;
  private final Path folder = Path.of("target", "upload-files", "browser");

  @BeforeEach
  void openBrowsers() throws Exception {
    assumeTrue(id.go.bps.pst.Chromium.installed(), "Debian chromium is not installed");
    visitor = new VisitorStepBrowser("uploads", "1100,1300");
    officer = new VisitorStepBrowser("uploads", "1400,1300");
    Files.createDirectories(folder);
  }

  @AfterEach
  void closeBrowsers() {
    for (VisitorStepBrowser b : new VisitorStepBrowser[] {visitor, officer, auditor}) {
      if (b != null) {
        b.close();
      }
    }
  }

  @Test
  void visitorUploadsOfficerRejectsVisitorUploadsAgainSaleCompletesAndEveryVersionIsListed() throws Exception {
    String number = startAgencyRequest();
    completeAs("petugas1", "petugas", number, "Task_CallVisitor", Map.of("counterName", "Loket 1"));
    completeAs("petugas1", "petugas", number, "Task_RecordRequest", with(cart(microdata(SUSENAS, "KODE_KEC, JK, UMUR")),
        Map.of("commercial", false, "purpose", "Perencanaan pembangunan daerah")));
    completeAs("petugas1", "petugas", number, "Task_ExplainTerms", Map.of("zeroTariffRequested", true));
    String portal = links.issue(number).url();

    // the visitor's portal lists the required documents; a program renamed .pdf is refused, nothing stored
    visitor.driver.get(portal);
    assertThat(visitor.driver.findElement(By.id("uploads")).getText())
        .contains("Surat permohonan tarif Rp0", "Surat pengantar instansi", "belum diunggah");
    byte[] exe = new byte[2048];
    exe[0] = 'M';
    exe[1] = 'Z';
    visitor.upload(LETTER, write("surat-permohonan.pdf", exe));
    assertThat(waitForText(visitor, "upload-error")).contains("bukan PDF, JPEG, atau PNG");
    visitor.screenshot("1-visitor-refused-exe");
    assertThat(files.history(number)).isEmpty();

    // what the visitor typed in the open step survives the upload's reload of the page
    WebElement abstractField = visitor.field(visitor.step("Task_AcceptTerms"), "Abstraksi penggunaan data mikro");
    abstractField.clear();
    abstractField.sendKeys("Analisis ketenagakerjaan per kecamatan untuk rencana kerja dinas");

    // the request letter, then the same file once more: kept once
    byte[] letterV1 = TestUploads.pdf("Surat permohonan tarif Rp0 (tanpa cap)");
    Path letterV1File = write("Surat Permohonan Rp0.pdf", letterV1);
    visitor.upload(LETTER, letterV1File);
    visitor.waitForUploadStatus(LETTER, "UPLOADED");
    assertThat(visitor.field(visitor.step("Task_AcceptTerms"), "Abstraksi penggunaan data mikro")
        .getDomProperty("value")).isEqualTo("Analisis ketenagakerjaan per kecamatan untuk rencana kerja dinas");
    assertThat(waitForText(visitor, "upload-done")).contains("Surat permohonan tarif Rp0 berhasil diunggah (versi 1)");
    visitor.screenshot("2-visitor-uploaded-letter");
    visitor.upload(LETTER, letterV1File);
    assertThat(waitForText(visitor, "upload-error")).contains("sudah diunggah", "tidak disimpan dua kali");
    assertThat(files.history(number)).hasSize(1);
    completeAs("petugas1", "petugas", number, "Task_AcceptTerms", Map.of("termsDecision", "ACCEPT",
        "documentsSubmitted", json("[\"IDENTITY_CARD\"]"),
        "dataUseAbstract", "Perencanaan pembangunan: analisis kesejahteraan per kecamatan.",
        "visitorOccupation", "Peneliti", "visitorAddress", "Jl. Perintis No. 7, Tideng Pale"));

    // the officer's document check in Tasklist: the file against its requirement, a link to the file page
    loginToTasklist(officer, "petugas1");
    officer.driver.get(url("/camunda/app/tasklist/default/#/?task=" + task(number, "Task_CheckDocuments").getId()));
    officer.waiting(60).until(d -> d.findElements(By.cssSelector(".fjs-container")).size() > 0
        && d.findElement(By.cssSelector(".fjs-container")).getText().contains("Surat Permohonan Rp0.pdf (versi 1)"));
    String checkForm = officer.driver.findElement(By.cssSelector(".fjs-container")).getText();
    assertThat(checkForm).contains("Surat permohonan tarif Rp0", "diunggah", "Buka halaman berkas");
    officer.screenshot("3-tasklist-document-check");

    // the file page: the page image (never the file inline), reject with a reason
    officer.driver.get(url("/laporan/berkas/" + number));
    WebElement slot = officer.driver.findElement(By.id("berkas-" + LETTER));
    officer.waiting(30).until(d -> ((Number) officer.js(
        "return document.querySelector('#berkas-" + LETTER + " img.thumb').naturalWidth")).intValue() > 0);
    assertThat(slot.getText()).contains("Surat Permohonan Rp0.pdf", "versi 1", "pengguna layanan (portal)",
        "SHA-256 " + sha256(letterV1));
    officer.screenshot("4-officer-file-page");
    slot.findElement(By.cssSelector("form.reject textarea")).sendKeys("Cap dan tanda tangan pimpinan instansi belum ada");
    slot.findElement(By.cssSelector("form.reject button")).click();
    officer.waiting(30).until(d -> d.findElements(By.cssSelector("#berkas-" + LETTER + "[data-status=REJECTED]")).size() > 0);
    officer.screenshot("5-officer-rejected");

    // "incomplete": the rejection goes back to the visitor, in the portal and by e-mail
    completeAs("petugas1", "petugas", number, "Task_CheckDocuments", Map.of("documentCheck", "INCOMPLETE",
        "documentCheckNote", ""));
    assertThat(hasTask(number, "Task_AcceptTerms")).isTrue();
    deliverMails();
    assertThat(Arrays.stream(smtp().getReceivedMessages()).map(DocumentUploadBrowserTest::subject))
        .contains("Dokumen persyaratan perlu dilengkapi untuk permintaan " + number);
    assertThat(outbox.forRequest(number)).filteredOn(m -> m.type() == MailType.DOCUMENTS_RETURNED).singleElement()
        .satisfies(m -> assertThat(m.bodyText()).contains("Cap dan tanda tangan pimpinan instansi belum ada", portalPath(portal)));
    visitor.driver.get(portal);
    visitor.waitForUploadStatus(LETTER, "REJECTED");
    assertThat(visitor.driver.findElement(By.cssSelector(".upload-row[data-code=" + LETTER + "]")).getText())
        .contains("ditolak", "Alasan ditolak: Cap dan tanda tangan pimpinan instansi belum ada");
    visitor.js("document.getElementById('dokumen-anda').scrollIntoView()");
    visitor.screenshot("6-visitor-sees-rejection");
    byte[] letterV2 = TestUploads.pdf("Surat permohonan tarif Rp0 (bercap, bertanda tangan)");
    visitor.upload(LETTER, write("Surat Permohonan Rp0 bercap.pdf", letterV2));
    visitor.waitForUploadStatus(LETTER, "UPLOADED");
    completeAs("petugas1", "petugas", number, "Task_AcceptTerms", Map.of("termsDecision", "ACCEPT",
        "documentsSubmitted", json("[\"IDENTITY_CARD\"]"),
        "dataUseAbstract", "Perencanaan pembangunan: analisis kesejahteraan per kecamatan.",
        "visitorOccupation", "Peneliti", "visitorAddress", "Jl. Perintis No. 7, Tideng Pale"));

    // the officer accepts version 2; the check completes, Rp0 approved
    officer.driver.get(url("/laporan/berkas/" + number));
    officer.driver.findElement(By.cssSelector("#berkas-" + LETTER + " form.accept button")).click();
    officer.waiting(30).until(d -> d.findElements(By.cssSelector("#berkas-" + LETTER + "[data-status=ACCEPTED]")).size() > 0);
    officer.screenshot("7-officer-accepted-version-2");
    completeAs("petugas1", "petugas", number, "Task_CheckDocuments", Map.of("documentCheck", "COMPLETE",
        "zeroTariffApproved", true));
    executeJob(number, "Task_IssueInvoice");
    executeJob(number, "Task_IssueMicrodataDocuments");
    completeAs("petugas1", "petugas", number, "Task_ReviewInvoice", Map.of("invoiceReview", "OK"));

    // step 14 in the portal: sending without the signed agreement is refused; upload it, then send
    visitor.driver.get(portal);
    WebElement sign = visitor.step("Task_SignAgreement");
    visitor.choose(sign, "Perjanjian sudah saya tanda tangani");
    visitor.choose(sign, "Meterai sudah dibubuhkan");
    visitor.send(sign);
    assertThat(visitor.errorAbove(sign)).contains("Unggah pindaian perjanjian");
    byte[] agreement = TestUploads.image("jpg", 1240, 1754);
    visitor.upload(UploadService.SIGNED_AGREEMENT, write("SPPD ditandatangani.jpeg", agreement));
    visitor.waitForUploadStatus(UploadService.SIGNED_AGREEMENT, "UPLOADED");
    visitor.js("document.getElementById('dokumen-anda').scrollIntoView()");
    visitor.screenshot("8-visitor-uploaded-agreement");
    // the ticks of the first try survived the upload's reload of the page: the visitor only sends again
    sign = visitor.step("Task_SignAgreement");
    for (String ticked : List.of("Perjanjian sudah saya tanda tangani", "Meterai sudah dibubuhkan")) {
      assertThat(visitor.option(sign, ticked).findElement(By.cssSelector("input")).isSelected()).as(ticked).isTrue();
    }
    visitor.sendAndWaitForReload(sign);
    assertThat(hasTask(number, "Task_SignAgreement")).isFalse();

    // the rest of the sale (Rp0: no payment)
    completeAs("bendahara1", "bendahara", number, "Task_IssueReceipt", Map.of());
    executeJob(number, "Task_GenerateReceipt");
    completeAs("petugas1", "petugas", number, "Task_PrepareProduct", Map.of());
    completeAs("petugas1", "petugas", number, "Task_Handover", Map.of("agreementAccepted", true));
    executeJob(number, "Task_GenerateHandover");
    completeAs("petugas1", "petugas", number, "Task_ReviewProduct", Map.of("productReview", "OK"));
    Map<String, Object> rating = new HashMap<>();
    for (int q = 1; q <= 9; q++) {
      rating.put("surveyQ" + q, 4);
    }
    completeAs("petugas1", "petugas", number, "Task_RateService", rating);
    assertThat(orders.get(number).status()).isEqualTo(RequestStatus.COMPLETED);

    // the auditor's request page: every version with who, when, SHA-256 and the decision
    auditor = new VisitorStepBrowser("uploads", "1500,1300");
    loginToCockpit(auditor, "auditor1");
    auditor.driver.get(url("/laporan/permintaan/" + number));
    WebElement table = auditor.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("uploads")));
    List<WebElement> rows = table.findElements(By.cssSelector("tr[data-code]"));
    assertThat(rows).hasSize(3);
    List<UploadedFile> versions = files.history(number);
    assertThat(versions).extracting(UploadedFile::documentCode, UploadedFile::version).containsExactly(
        org.assertj.core.groups.Tuple.tuple(LETTER, 1), org.assertj.core.groups.Tuple.tuple(LETTER, 2),
        org.assertj.core.groups.Tuple.tuple(UploadService.SIGNED_AGREEMENT, 1));
    assertThat(rows.get(0).getText()).contains("Surat permohonan tarif Rp0", "pengguna layanan (portal)", "WITA",
        sha256(letterV1), "ditolak: Cap dan tanda tangan pimpinan instansi belum ada", "petugas1");
    assertThat(rows.get(1).getText()).contains("pengguna layanan (portal)", sha256(letterV2), "diterima", "petugas1");
    // accepted by the officer who handed the microdata over (the check on the hand-over form)
    assertThat(rows.get(2).getText()).contains("Perjanjian penggunaan data mikro", sha256(agreement), "diterima",
        "petugas1");
    auditor.js("document.getElementById('uploads').previousElementSibling.previousElementSibling.scrollIntoView()");
    auditor.screenshot("9-auditor-request-page");

    // the original is served only as a download, never inline
    var download = getAs("auditor1", url("/laporan/berkas/" + number + "/" + versions.get(0).id() + "/unduh"));
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(download.body()).isEqualTo(letterV1);
  }

  private String startAgencyRequest() {
    Map<String, Object> v = new HashMap<>();
    v.put("visitorName", "Yohanes Lawing");
    v.put("identityType", "KTP");
    v.put("identityNumber", "6503014507900001");
    v.put("visitorEmail", "yohanes@example.com");
    v.put("visitorPhone", "081255650672");
    v.put("institution", "Bappeda Kabupaten Tana Tidung");
    v.put("userCategory", "GOVERNMENT_AGENCY");
    v.put("purpose", "Perencanaan pembangunan daerah");
    v.put("consent", true);
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("penjualan-produk-statistik").latestVersion().singleResult().getId();
    String pi = engine.getFormService().submitStartForm(definitionId, v).getId();
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey();
  }

  private Path write(String name, byte[] bytes) throws Exception {
    Path file = folder.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private static String waitForText(VisitorStepBrowser b, String id) {
    return b.waiting(30).until(d -> d.findElements(By.id(id)).stream().filter(WebElement::isDisplayed)
        .map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse(null));
  }

  private void loginToTasklist(VisitorStepBrowser b, String user) {
    b.logIn(url("/camunda/app/tasklist/"), user);
  }

  private void loginToCockpit(VisitorStepBrowser b, String user) {
    b.logIn(url("/camunda/app/cockpit/"), user);
  }

  private java.net.http.HttpResponse<byte[]> getAs(String user, String url) throws Exception {
    String basic = java.util.Base64.getEncoder().encodeToString((user + ":" + user).getBytes(
        java.nio.charset.StandardCharsets.UTF_8));
    return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
        .header("Authorization", "Basic " + basic).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String portalPath(String portalUrl) {
    return portalUrl.substring(0, portalUrl.indexOf("/portal/") + "/portal/".length());
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
