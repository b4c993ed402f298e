package id.go.bps.pst.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.bps.pst.process.ProcessTestSupport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist in a real browser for an officer of each unit: petugas6501 sees the sale waiting in 6501
 * and not the one waiting in 6503, and the other way round; the cart offers each unit its own catalogue.
 * Screenshots: target/screenshots/units/.
 */
class UnitTasklistBrowserTest extends id.go.bps.pst.SharedContextTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots", "units");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired id.go.bps.pst.payment.MutableClock clock;

  /** One browser for the class; each test starts without its predecessor's session or storage. */
  private static WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws IOException {
    assumeTrue(id.go.bps.pst.Chromium.installed(), "Debian chromium is not installed");
    if (browser == null) {
      browser = id.go.bps.pst.Chromium.start("1400,900", "id-ID");
    } else {
      id.go.bps.pst.Chromium.forget(browser, url(""));
    }
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
    // sales left open by earlier test classes on the same database fill the list (oldest first), so that
    // this test's sale would not be on its first page
    List<String> open = engine.getRuntimeService().createProcessInstanceQuery().list().stream()
        .map(ProcessInstance::getId).toList();
    if (!open.isEmpty()) {
      engine.getRuntimeService().deleteProcessInstancesIfExists(open, "test isolation", true, true, true);
    }
  }

  @AfterEach
  void clearAuthentication() {
    engine.getIdentityService().clearAuthentication();
    clock.reset();
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  @Test
  void eachOfficersTasklistShowsOnlyTheirUnitsSale() throws IOException {
    startAs("petugas1", "Wulan Tidung");
    startAs("petugas6501", "Wulan Bulungan");

    List<String> seen6501 = tasklistOf("petugas6501", "Wulan Bulungan");
    assertThat(seen6501).anyMatch(t -> t.contains("Wulan Bulungan")).noneMatch(t -> t.contains("Wulan Tidung"));
    // the header names the officer's own unit, not the deployment's default one
    assertThat(brandOnceSettled("Bulungan")).isEqualTo("PST BPS Kabupaten Bulungan · Tasklist");
    screenshot("header-6501");

    List<String> seen6503 = tasklistOf("petugas2", "Wulan Tidung");
    assertThat(seen6503).anyMatch(t -> t.contains("Wulan Tidung")).noneMatch(t -> t.contains("Wulan Bulungan"));
    assertThat(brandOnceSettled("Tana Tidung")).isEqualTo("PST BPS Kabupaten Tana Tidung · Tasklist");
    assertThat(browser.findElements(By.id("pst-header-links"))).as("an officer has no treasurer's link").isEmpty();
  }

  /** The treasurer balances the day's cash: the Tasklist header links to the day's reconciliation of her unit. */
  @Test
  void theTreasurersTasklistLinksToTheDaysReconciliation() throws IOException {
    browser.manage().deleteAllCookies();
    browser.get(url("/camunda/app/tasklist/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
        .sendKeys("bendahara1");
    browser.findElement(By.cssSelector("input[type=password]")).sendKeys("bendahara1");
    browser.findElement(By.cssSelector(".form-signin button[type=submit]")).click();
    WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#pst-header-links a")));
    assertThat(link.getText()).isEqualTo("Rekonsiliasi hari ini");
    screenshot("treasurer-header-reconciliation-link");
    String tasklist = browser.getWindowHandle();
    link.click();
    wait.until(d -> d.getWindowHandles().size() == 2);
    browser.switchTo().window(browser.getWindowHandles().stream().filter(h -> !h.equals(tasklist)).findFirst()
        .orElseThrow());
    wait.until(d -> d.findElements(By.tagName("h1")).stream()
        .anyMatch(h -> h.getText().contains("Rekonsiliasi penerimaan PNBP harian")));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("BPS Kabupaten Tana Tidung", "WITA",
        "Penerimaan tunai");
    screenshot("treasurer-reconciliation-today");
    browser.close();
    browser.switchTo().window(tasklist);
  }

  @Test
  void theWaitingRoomDisplayOfAUnitNamesItAndConnects() throws IOException {
    startAs("petugas6501", "Yakobus Bulungan");
    browser.get(url("/antrian/layar?unit=6501"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-name"), "BPS Kabupaten Bulungan"));
    wait.until(d -> !d.findElement(By.id("status")).getText().contains("menghubungkan"));
    assertThat(browser.findElements(By.cssSelector("#next li"))).isNotEmpty();
    screenshot("display-6501");
  }

  /**
   * The cart's product list is the officer's unit's catalogue: petugas6501 finds and records 6501's own
   * publication (classpath catalog/units/6501/), petugas2 of 6503 does not find it.
   */
  @Test
  void theCartOffersEachUnitItsOwnCatalogue() throws IOException {
    ProcessInstance bulungan = startAs("petugas6501", "Paulus Bulungan");
    callVisitor("petugas6501", "6501", bulungan);
    tasklistOf("petugas6501", "Paulus Bulungan");
    openTask("Catat permintaan produk statistik", "Paulus Bulungan");
    List<String> offered = productChoices();
    assertThat(offered).anyMatch(o -> o.contains("Kabupaten Bulungan Dalam Angka 2025"))
        .anyMatch(o -> o.contains("Kabupaten Tana Tidung Dalam Angka 2025"));
    WebElement own = browser.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .filter(i -> i.getText().contains("Kabupaten Bulungan Dalam Angka 2025")).findFirst().orElseThrow();
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'nearest'})", own);
    new org.openqa.selenium.interactions.Actions(browser).moveToElement(own).click().perform();
    screenshot("cart-6501-own-publication");
    WebElement done = wait.until(d -> {
      WebElement b = d.findElement(By.xpath("//button[normalize-space()='Selesaikan']"));
      return b.isEnabled() ? b : null;
    });
    done.click();
    wait.until(ExpectedConditions.stalenessOf(done));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(bulungan.getId())
        .taskDefinitionKey("Task_ExplainTerms").count()).isOne();

    ProcessInstance tanaTidung = startAs("petugas1", "Paulus Tidung");
    callVisitor("petugas1", "6503", tanaTidung);
    tasklistOf("petugas1", "Paulus Tidung");   // the officer who called the visitor has the sale
    openTask("Catat permintaan produk statistik", "Paulus Tidung");
    List<String> offered6503;
    try {
      offered6503 = productChoices();
    } catch (RuntimeException e) {
      screenshot("failed-cart-6503");
      throw e;
    }
    screenshot("cart-6503-without-6501-publication");
    assertThat(offered6503).anyMatch(o -> o.contains("Kabupaten Tana Tidung Dalam Angka 2025"))
        .noneMatch(o -> o.contains("Bulungan"));
  }

  /**
   * The officer registers a visitor through Tasklist's own start form (the guest book), choosing "Paspor": the
   * form once offered passport and "other" with values the server refused ("Pilih jenis kartu identitas."), so a
   * visitor with a passport could not be registered at the counter.
   */
  @Test
  void anOfficerStartsASaleInTasklistForAVisitorWithAPassport() throws IOException {
    startAs("petugas1", "Ani Lebih Dulu"); // waits in the queue before the visitor registered below
    browser.manage().deleteAllCookies();
    browser.get(url("/camunda/app/tasklist/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
        .sendKeys("petugas1");
    browser.findElement(By.cssSelector("input[type=password]")).sendKeys("petugas1");
    browser.findElement(By.cssSelector(".form-signin button[type=submit]")).click();
    wait.ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
      d.findElement(By.xpath("//a[contains(normalize-space(.),'Mulai proses')]")).click();
      return true;
    });
    // the process list, then its start form (a loaded machine: the list may re-render under the first click, so the
    // click is repeated until the form is there)
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(90))
        .ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
          if (!d.findElements(By.cssSelector(".modal .fjs-container .fjs-form-field")).isEmpty()) {
            return true;
          }
          d.findElements(By.xpath("//div[contains(@class,'modal')]//a[normalize-space()='Penjualan Produk Statistik']"))
              .forEach(org.openqa.selenium.WebElement::click);
          return false;
        });
    type("Nama lengkap", "John Passport Smith");
    choose("Jenis kartu identitas", "Paspor");
    type("Nomor kartu identitas", "X1234567");
    type("E-mail aktif", "john.smith@example.com");
    type("Instansi/lembaga", "University of Melbourne");
    choose("Kategori pengguna layanan", "Perorangan");
    type("Keperluan penggunaan produk statistik", "Penelitian tentang ekonomi daerah");
    WebElement consent = browser.findElement(By.cssSelector(".modal .fjs-form-field-checkbox input[type=checkbox]"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", consent);
    consent.click();
    screenshot("start-sale-guest-book-passport");
    WebElement start = wait.until(d -> d.findElements(By.xpath("//div[contains(@class,'modal')]//button[normalize-space()="
        + "'Mulai']")).stream().filter(b -> b.isDisplayed() && b.isEnabled()).findFirst().orElse(null));
    start.click();
    wait.until(d -> engine.getRuntimeService().createProcessInstanceQuery()
        .variableValueEquals("visitorName", "John Passport Smith").count() == 1);
    screenshot("start-sale-started");
    // the officer's own queue ticket and task for the visitor, not an error in the modal
    assertThat(browser.findElements(By.cssSelector(".modal .alert-danger, .page-notifications .alert-danger"))
        .stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList()).isEmpty();
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
        .variableValueEquals("visitorName", "John Passport Smith").singleResult();
    assertThat(pi.getTenantId()).isEqualTo("6503");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_CallVisitor").count()).isOne();

    // then calls the visitor from Tasklist: the form says to claim first, and names the tickets waiting before
    // this one (Ani's, registered before John)
    browser.navigate().refresh();
    openTask("Panggil nomor antrian", "John Passport Smith");
    String text = browser.findElement(By.cssSelector(".fjs-container")).getText();
    assertThat(text).contains("Klik Klaim di atas", "tanpa perlu klaim lagi");
    screenshot("call-visitor-unclaimed");
    WebElement claim = wait.until(d -> d.findElements(By.xpath("//a[normalize-space()='Klaim'] | "
        + "//button[normalize-space()='Klaim']")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    claim.click();
    WebElement counter = wait.until(d -> d.findElements(By.xpath("//div[contains(@class,'fjs-form-field')]"
        + "[./label[starts-with(normalize-space(.),'Loket')]]//div[contains(@class,'fjs-input-group')]")).stream()
        .filter(WebElement::isDisplayed).findFirst().orElse(null));
    wait.ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
      counter.click();
      return !d.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty();
    });
    new org.openqa.selenium.interactions.Actions(browser)
        .moveToElement(browser.findElements(By.cssSelector(".fjs-dropdownlist-item")).get(0)).click().perform();
    String warning = browser.findElement(By.cssSelector(".fjs-container")).getText();
    // Ani's ticket waits before this one (earlier tests' tickets may too: the first five are named)
    assertThat(warning).contains("nomor antrian menunggu lebih dahulu", "Panggil sesuai urutan antrian");
    screenshot("call-visitor-queue-warning");
    WebElement done = wait.until(d -> {
      WebElement b = d.findElement(By.xpath("//button[normalize-space()='Selesaikan']"));
      return b.isEnabled() ? b : null;
    });
    done.click();
    wait.until(d -> engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_RecordRequest").count() == 1);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_RecordRequest").singleResult().getAssignee()).isEqualTo("petugas1");
  }

  /**
   * The coordinator follows up a ticket that waited longer than the standard, in Tasklist: the form names the
   * sale, when the visitor arrived and how long they have waited (not retyped from the queue display), and the
   * action typed is what completes the task.
   */
  @Test
  void theCoordinatorFollowsUpALongWaitInTasklist() throws IOException {
    // the institution typed at the kiosk carries Markdown: the staff's form shows it as typed, not as a link
    Map<String, Object> guestBook = ProcessTestSupport.guestBook("Slamet Menunggu", "INDIVIDUAL");
    guestBook.put("institution", "[Bayar di sini](https://evil.example/bayar) **PENTING**");
    ProcessInstance pi;
    engine.getIdentityService().setAuthentication("petugas1", List.of("petugas"));
    try {
      pi = ProcessTestSupport.start(engine, guestBook);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    // 12 minutes later on the application's and the engine's clocks (reset after each test); the escalation itself
    // (the queue's clock and timers, QueueStandardTest) is not this test's subject: it is started directly, since
    // tickets of earlier tests on the same database may hold this queue's clock
    java.time.Instant later = clock.instant().plus(Duration.ofMinutes(12));
    clock.set(later);
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(later));
    engine.getRuntimeService().createProcessInstanceModification(pi.getId())
        .startBeforeActivity("Task_QueueEscalation").execute();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_QueueEscalation").count()).isOne();

    tasklistOf("supervisor1", "Slamet Menunggu");
    openTask("Tindak lanjuti antrian", "Slamet Menunggu");
    WebElement claim = wait.until(d -> d.findElements(By.xpath("//a[normalize-space()='Klaim'] | "
        + "//button[normalize-space()='Klaim']")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    claim.click();
    WebElement action = wait.until(d -> d.findElements(By.cssSelector(".fjs-container textarea")).stream()
        .filter(WebElement::isDisplayed).findFirst().orElse(null));
    String text = browser.findElement(By.cssSelector(".fjs-container")).getText();
    assertThat(text).contains("[Bayar di sini](https://evil.example/bayar) **PENTING**");
    assertThat(browser.findElements(By.cssSelector(".fjs-container a[href*='evil.example'], .fjs-container strong"))
        .stream().filter(e -> e.getText().contains("PENTING") || e.getText().contains("Bayar")).toList()).isEmpty();
    assertThat(text).contains("Slamet Menunggu", "menunggu lebih lama dari standar pelayanan")
        .containsPattern("Datang pukul \\d{2}\\.\\d{2} WITA · sudah menunggu 1[23] menit")
        .containsPattern("standar \\d+ menit");
    wait.ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
      action.click();
      return true;
    });
    action.sendKeys("Loket 2 dibuka, petugas2 memanggil nomor berikutnya.");
    screenshot("queue-escalation-supervisor");
    WebElement done = wait.until(d -> {
      WebElement b = d.findElement(By.xpath("//button[normalize-space()='Selesaikan']"));
      return b.isEnabled() ? b : null;
    });
    done.click();
    wait.until(d -> engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_QueueEscalation").count() == 0);
    var done1 = engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_QueueEscalation").singleResult();
    assertThat(done1.getAssignee()).isEqualTo("supervisor1");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("escalationAction").singleResult().getValue())
        .isEqualTo("Loket 2 dibuka, petugas2 memanggil nomor berikutnya.");
    // the visitor's own task goes on
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_CallVisitor").count()).isOne();
  }

  /** The triage of a Bulungan complaint offers Bulungan's officers only (Tana Tidung's were listed and accepted). */
  @Test
  void theTriageOffersTheComplaintsOwnUnitsOfficers() throws IOException {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(id.go.bps.pst.complaint.ComplaintProcess.PROCESS_KEY).latestVersion().singleResult()
        .getId();
    engine.getIdentityService().setAuthentication("petugas6501", List.of("petugas"), List.of("6501"));
    ProcessInstance pi;
    try {
      pi = engine.getFormService().submitStartForm(definitionId, Map.of("channel", "WHATSAPP", "category", "SERVICE",
          "complainantName", "Yohana Bulungan", "complainantPhone", "0813-7771-2399",
          "complaintDescription", "Petugas loket belum membalas pesan WhatsApp kami sejak kemarin."));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    String code = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getBusinessKey();
    tasklistOf("supervisor6501", code);
    openTask("Telaah pengaduan", code);
    wait.until(d -> d.findElements(By.xpath("//a[normalize-space()='Klaim'] | //button[normalize-space()='Klaim']"))
        .stream().filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
    WebElement field = wait.until(d -> d.findElements(By.xpath("//div[contains(@class,'fjs-form-field')]"
        + "[./label[starts-with(normalize-space(.),'Petugas penanggung jawab')]]")).stream().findFirst().orElse(null));
    WebElement input = field.findElement(By.cssSelector("input"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", input);
    wait.ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
      input.click();
      return !field.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty();
    });
    List<String> officers = field.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .map(e -> e.getDomProperty("textContent").trim()).toList();
    screenshot("complaint-triage-6501-officers");
    assertThat(officers).isNotEmpty().allMatch(o -> o.contains("petugas6501"), "Bulungan's officers only");
  }

  private WebElement formField(String label) {
    return wait.until(d -> d.findElements(By.xpath("//div[contains(@class,'modal')]//div[contains(@class,"
        + "'fjs-form-field')][./label[starts-with(normalize-space(.),'" + label + "')]]")).stream().findFirst()
        .orElse(null));
  }

  private void type(String label, String text) {
    WebElement input = formField(label).findElement(By.cssSelector("input, textarea"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", input);
    input.sendKeys(text);
  }

  private void choose(String label, String option) {
    WebElement field = formField(label);
    // a select without search shows its value in a div over a hidden input: click the group
    WebElement opener = field.findElement(By.cssSelector(".fjs-input-group"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", opener);
    wait.ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
      opener.click();
      return !field.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty();
    });
    WebElement item = wait.until(d -> field.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .filter(i -> i.getText().trim().equals(option)).findFirst().orElse(null));
    new org.openqa.selenium.interactions.Actions(browser).moveToElement(item).click().perform();
  }

  private void callVisitor(String officer, String unit, ProcessInstance pi) {
    engine.getIdentityService().setAuthentication(officer, List.of("petugas"), List.of(unit));
    try {
      var task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
          .taskDefinitionKey("Task_CallVisitor").singleResult();
      engine.getTaskService().complete(task.getId(), java.util.Map.of("counterName", "Loket 1"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void openTask(String step, String visitor) {
    WebElement task = new WebDriverWait(browser, Duration.ofSeconds(60))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
          for (WebElement t : d.findElements(By.cssSelector(".tasks-list .task"))) {
            if (t.getText().contains(step) && t.getText().contains(visitor)) {
              return t;
            }
          }
          return null;
        });
    task.findElement(By.cssSelector("a, h4, .names")).click();
    new WebDriverWait(browser, Duration.ofSeconds(90)).ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> d.findElements(By.cssSelector(".task-details h2, [cam-tasklist-task] h2")).stream()
            .anyMatch(h -> h.getText().startsWith(step))
            && !d.findElements(By.cssSelector(".fjs-container .fjs-form-field")).isEmpty());
  }

  /** Opens the first "Produk" select of the cart and returns the texts of its options. */
  private List<String> productChoices() {
    WebElement field = wait.until(d -> d.findElements(By.xpath("//div[contains(@class,'fjs-form-field-select')]"
        + "[./label[starts-with(normalize-space(.),'Produk')]]")).stream().findFirst().orElse(null));
    WebElement input = field.findElement(By.cssSelector("input"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", input);
    // the form may still be covered while Tasklist finishes loading it
    wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
      input.click();
      return true;
    });
    wait.until(d -> !field.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty());
    return field.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .map(e -> e.getDomProperty("textContent")).toList();
  }

  /** Logs in to Tasklist, waits until the expected visitor shows, returns the texts of the listed tasks. */
  private List<String> tasklistOf(String user, String expected) throws IOException {
    browser.manage().deleteAllCookies();
    browser.get(url("/camunda/app/tasklist/"));
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("input[ng-model='username']")));
    username.sendKeys(user);
    browser.findElement(By.cssSelector("input[type=password]")).sendKeys(user);
    browser.findElement(By.cssSelector(".form-signin button[type=submit]")).click();
    wait.until(d -> d.findElements(By.cssSelector(".tasks-list .task")).stream()
        .anyMatch(e -> e.getText().contains(expected)));
    screenshot("tasklist-" + user);
    return browser.findElements(By.cssSelector(".tasks-list .task")).stream().map(WebElement::getText).toList();
  }

  /** The Tasklist header's brand once it names the expected unit (it is set after the login, from /api/saya). */
  private String brandOnceSettled(String unitWord) {
    return wait.until(d -> d.findElements(By.cssSelector(".navbar-brand .brand-name")).stream()
        .map(e -> e.getText().trim()).filter(t -> t.contains(unitWord)).findFirst().orElse(null));
  }

  private ProcessInstance startAs(String officer, String visitor) {
    engine.getIdentityService().setAuthentication(officer, List.of("petugas"));
    try {
      ProcessInstance pi = ProcessTestSupport.start(engine, ProcessTestSupport.guestBook(visitor, "INDIVIDUAL"));
      assertThat(pi.getTenantId()).isEqualTo("petugas1".equals(officer) ? "6503" : "6501");
      return pi;
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
