package id.go.bps.pst.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.bps.pst.TestUsers;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda's webapps in a real browser (Debian's headless Chromium) whose language is English: the
 * demo users get Tasklist, Cockpit, Admin and Welcome in Indonesian, without the Camunda 8 banner,
 * with the unit's name in the header; English can still be chosen. In Tasklist, form-js's own
 * validation messages and a listener's refusal read in Indonesian and no toast covers the buttons.
 * Screenshots: target/screenshots/webapp/.
 */
class CamundaWebappsBrowserTest extends id.go.bps.pst.SharedContextTest {

  static final String UNIT = "PST BPS Kabupaten Tana Tidung";
  static final String TEST_PROCESS = "pst-webapp-form-check";
  static final String TEST_DEPLOYMENT = "uji-webapp-bahasa";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots", "webapp");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  /** One browser for the class; each test starts without its predecessor's session or storage. */
  private static WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openEnglishBrowser() throws IOException {
    assumeTrue(id.go.bps.pst.Chromium.installed(), "Debian chromium is not installed");
    if (browser == null) {
      browser = id.go.bps.pst.Chromium.start("1400,900", "en-US");
    } else {
      id.go.bps.pst.Chromium.forget(browser, url(""));
    }
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  @AfterEach
  void removeTestProcess() {
    engine.getRepositoryService().createDeploymentQuery().deploymentName(TEST_DEPLOYMENT).list()
        .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true, true));
  }

  @Test
  void tasklistSpeaksIndonesianShowsFormMessagesInIndonesianAndEnglishOnRequest() throws IOException {
    String taskId = openTestTask("petugas1");

    loginPage("tasklist", "tasklist-1-login");
    login("petugas1", "Tasklist");
    assertHeaderWithoutBanner();
    wait.until(d -> bodyText().contains("Mulai proses"));
    // "Buat tugas" (a standalone task) is hidden: the engine has standalone tasks off, it could only be refused
    assertThat(bodyText()).contains("Mulai proses", "Pintasan papan ketik").doesNotContain("Buat tugas");
    assertThat(browser.findElements(By.cssSelector("input[placeholder='Saring tugas']"))).isNotEmpty();
    screenshot("tasklist-2-list");

    browser.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
    WebElement complete = button("Selesaikan");
    assertThat(button("Simpan").isDisplayed()).isTrue();
    wait.until(d -> !d.findElements(By.cssSelector(".fjs-container input")).isEmpty());

    // a required field left empty: form-js's message and Tasklist's toast, in Indonesian
    complete.click();
    wait.until(d -> formErrors().contains("Kolom ini wajib diisi."));
    WebElement toast = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".page-notifications .alert")));
    assertThat(toast.getText()).contains("Terjadi kesalahan saat mengirim formulir tugas")
        .doesNotContain("An error happened");
    assertToastLeavesButtonsFree();
    // a value that is too short: the message with its number
    WebElement reason = field("Alasan");
    reason.sendKeys("abc");
    wait.until(d -> formErrors().contains("Isi paling sedikit 5 karakter."));
    assertThat(String.join(" ", formErrors())).doesNotContain("Field ");
    screenshot("tasklist-3-required-field");

    // a listener refuses the completion (HTTP 400): its own message is shown, without the engine's prefix
    field("Catatan pemeriksaan").sendKeys("Dokumen sudah diperiksa");
    reason.sendKeys("defgh");
    wait.until(d -> formErrors().isEmpty() && button("Selesaikan").isEnabled());
    closeToasts();
    button("Selesaikan").click();
    toast = wait.until(d -> d.findElements(By.cssSelector(".page-notifications .alert")).stream()
        .filter(e -> e.getText().contains(RefusingListener.MESSAGE)).findFirst().orElse(null));
    assertThat(toast.getText()).contains("Terjadi kesalahan saat mengirim formulir tugas")
        .doesNotContain("Cannot submit", taskId);
    assertToastLeavesButtonsFree();
    // nothing typed is lost
    assertThat(field("Catatan pemeriksaan").getDomProperty("value")).isEqualTo("Dokumen sudah diperiksa");
    screenshot("tasklist-4-refused-by-listener");

    // English on request, kept across pages; then back to Indonesian
    chooseLanguage("en");
    assertThat(button("Complete").isDisplayed()).isTrue();
    assertThat(button("Save").isDisplayed()).isTrue();
    assertThat(bodyText()).contains("Start process", "Powered by");
    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
    screenshot("tasklist-5-english");
    chooseLanguage("id");
    assertThat(button("Selesaikan").isDisplayed()).isTrue();
    assertThat(bodyText()).contains("Mulai proses").doesNotContain("Start process");
  }

  @Test
  void cockpitSpeaksIndonesian() throws IOException {
    loginPage("cockpit", "cockpit-1-login");
    login("supervisor1", "Cockpit");
    assertHeaderWithoutBanner();
    wait.until(d -> bodyText().contains("Instans proses yang berjalan"));
    assertThat(bodyText()).contains("Proses", "Keputusan", "Tugas pengguna", "Insiden yang terbuka",
        "Definisi proses", "Penerapan");
    screenshot("cockpit-2-dashboard");

    browser.get(url("/camunda/app/cockpit/default/#/processes"));
    wait.until(d -> bodyText().contains("definisi proses diterapkan")
        && bodyText().contains("Penjualan Produk Statistik"));
    assertThat(bodyText()).contains("Instans berjalan", "Insiden");
    assertNoBanner();
    screenshot("cockpit-3-processes");

    chooseLanguage("en");
    wait.until(d -> bodyText().contains("process definition"));
    assertThat(bodyText()).contains("Processes", "Decisions");
    screenshot("cockpit-4-english");
    chooseLanguage("id");
    wait.until(d -> bodyText().contains("definisi proses diterapkan"));
  }

  @Test
  void adminAndWelcomeSpeakIndonesian() throws IOException {
    loginPage("admin", "admin-1-login");
    login("admin", "Admin");
    assertHeaderWithoutBanner();
    wait.until(d -> bodyText().contains("Buat pengguna baru"));
    assertThat(bodyText()).contains("Pengguna", "Grup", "Otorisasi", "Sistem", "Daftar pengguna", "Profil saya");
    screenshot("admin-2-dashboard");

    browser.get(url("/camunda/app/admin/default/#/users"));
    wait.until(d -> bodyText().contains("Daftar pengguna") && bodyText().contains("petugas1"));
    assertThat(bodyText()).contains("Tambah pengguna", "Nama depan");
    assertNoBanner();
    screenshot("admin-3-users");

    chooseLanguage("en");
    wait.until(d -> bodyText().contains("Add user"));
    screenshot("admin-4-english");
    chooseLanguage("id");
    wait.until(d -> bodyText().contains("Daftar pengguna"));

    // Welcome, in the same session
    browser.get(url("/camunda/app/welcome/default/"));
    wait.until(d -> d.findElements(By.cssSelector(".navbar-brand .brand-name")).stream()
        .anyMatch(e -> e.getText().contains("Beranda")));
    wait.until(d -> bodyText().contains("Aplikasi"));
    assertHeaderWithoutBanner();
    assertThat(brand()).isEqualTo(UNIT + " · Beranda");
    assertThat(bodyText()).contains("Aplikasi", "Profil", "Ubah kata sandi", "Tautan", "Dokumentasi");
    // the administrator keeps users: her own profile stays editable
    assertThat(browser.findElement(By.xpath("//a[normalize-space()='Ubah profil']")).isDisplayed()).isTrue();
    screenshot("welcome-1-home");
  }

  /**
   * Name and e-mail are the administrators' (the receipt prints the treasurer's name; the engine API refuses anyone
   * else's profile change): a treasurer's own profile in Welcome ("Beranda") no longer offers "Ubah profil", and her
   * password is still hers to change there. A treasurer of the test's own, so bendahara1 keeps her password.
   */
  @Test
  void aTreasurerChangesHerPasswordButNotHerNameInWelcome() throws IOException {
    String id = "bendaharaweb";
    var identity = engine.getIdentityService();
    TestUsers.create(identity, id, "Sari", "Bendahara", "sari@bps.go.id", id, "bendahara", "6503");
    try {
      browser.get(url("/camunda/app/tasklist/"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
      login(id, "Tasklist");
      browser.get(url("/camunda/app/welcome/default/"));
      wait.until(d -> bodyText().contains("Sari Bendahara") && bodyText().contains("Ubah kata sandi"));
      wait.until(d -> Boolean.TRUE.equals(js("return document.body.classList.contains('pst-not-admin')")));
      assertThat(browser.findElement(By.xpath("//a[normalize-space()='Ubah profil']")).isDisplayed()).isFalse();
      screenshot("welcome-2-treasurer-profile");

      browser.findElement(By.xpath("//a[normalize-space()='Ubah kata sandi']")).click();
      List<WebElement> passwords = wait.until(d -> {
        List<WebElement> found = d.findElements(By.cssSelector(".user-profile input[type=password]"));
        return found.size() == 3 ? found : null;
      });
      passwords.get(0).sendKeys(id);
      passwords.get(1).sendKeys("Sandi-Baru-2026");
      passwords.get(2).sendKeys("Sandi-Baru-2026");
      screenshot("welcome-3-treasurer-password");
      browser.findElements(By.xpath("//button[normalize-space()='Ubah kata sandi']")).stream()
          .filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
      wait.until(d -> bodyText().contains("Kata sandi telah diubah"));
      screenshot("welcome-4-treasurer-password-changed");
      assertThat(identity.checkPassword(id, "Sandi-Baru-2026")).isTrue();
      var stored = identity.createUserQuery().userId(id).singleResult();
      assertThat(stored.getFirstName() + " " + stored.getLastName()).isEqualTo("Sari Bendahara");
    } finally {
      identity.deleteUser(id);
    }
  }

  // ---- steps ----------------------------------------------------------------------------------------

  /** Deploys the test process (removed after the test) and starts a task for the given officer. */
  private String openTestTask(String officer) {
    engine.getRepositoryService().createDeployment().name(TEST_DEPLOYMENT)
        .addClasspathResource("webapp/" + TEST_PROCESS + ".bpmn")
        .addClasspathResource("webapp/" + TEST_PROCESS + ".form")
        .deploy();
    String instance = engine.getRuntimeService()
        .startProcessInstanceByKey(TEST_PROCESS, Map.of("officer", officer)).getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  /** The login page of an app, in Indonesian although the browser asks for English. */
  private void loginPage(String app, String screenshot) throws IOException {
    browser.get(url("/camunda/app/" + app + "/"));
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("input[ng-model='username']")));
    assertThat(js("return navigator.language")).asString().startsWith("en");
    wait.until(d -> "Nama pengguna".equals(username.getDomAttribute("placeholder")));
    assertThat(browser.findElement(By.cssSelector("input[type=password]")).getDomAttribute("placeholder"))
        .isEqualTo("Kata sandi");
    assertThat(browser.findElement(By.cssSelector(".form-signin button[type=submit]")).getText()).isEqualTo("Masuk");
    assertThat(js("return getComputedStyle(document.querySelector('.login-header .app-name'), '::before').content"))
        .asString().contains(UNIT);
    assertThat(browser.findElement(By.id("pst-language-switch")).getText())
        .contains("Bahasa Indonesia", "English");
    assertThat(bodyText()).contains("Tanggal dan waktu ditampilkan dalam zona waktu setempat");
    assertNoBanner();
    screenshot(screenshot);
  }

  private void login(String user, String appName) {
    WebElement username = browser.findElement(By.cssSelector("input[ng-model='username']"));
    username.sendKeys(user);
    browser.findElement(By.cssSelector("input[type=password]")).sendKeys(user);
    browser.findElement(By.cssSelector(".form-signin button[type=submit]")).click();
    wait.until(d -> d.findElements(By.cssSelector(".navbar-brand .brand-name")).stream()
        .anyMatch(e -> e.isDisplayed() && !e.getText().isBlank()));
    assertThat(brand()).isEqualTo(UNIT + " · " + appName);
  }

  /** The unit's name in the header, the Camunda 8 banner hidden and the page right below the header. */
  private void assertHeaderWithoutBanner() {
    assertNoBanner();
    assertThat(brand()).startsWith(UNIT);
    Object header = js("return document.querySelector('[cam-widget-header]').getBoundingClientRect().height");
    assertThat(((Number) header).doubleValue()).isLessThan(50);
    assertThat(js("return getComputedStyle(document.body).paddingTop")).isEqualTo("45px");
    assertThat(browser.findElement(By.cssSelector(".brand-logo")).getCssValue("background-image")).contains("logo.svg");
  }

  private void assertNoBanner() {
    for (WebElement banner : browser.findElements(By.cssSelector(".ce-eol-banner"))) {
      assertThat(banner.isDisplayed()).as("Camunda 8 banner").isFalse();
    }
    assertThat(bodyText()).doesNotContain("Camunda 8", "migrate", "bermigrasi");
  }

  /** No toast covers the task form's Save and Complete buttons. */
  private void assertToastLeavesButtonsFree() {
    Object overlaps = js("""
        var toasts = Array.from(document.querySelectorAll('.page-notifications .alert'));
        var buttons = Array.from(document.querySelectorAll('.form-actions button'))
            .filter(function (b) { return b.offsetParent !== null; });
        if (!toasts.length || !buttons.length) { return 'nothing to compare'; }
        return toasts.some(function (t) {
          var a = t.getBoundingClientRect();
          return buttons.some(function (b) {
            var c = b.getBoundingClientRect();
            return a.left < c.right && c.left < a.right && a.top < c.bottom && c.top < a.bottom;
          });
        });""");
    assertThat(overlaps).as("a toast covers the Save/Complete buttons").isEqualTo(false);
  }

  private void closeToasts() {
    js("document.querySelectorAll('.page-notifications .alert button.close').forEach(function (b) {"
        + " if (b.offsetParent !== null) { b.click(); } });");
    wait.until(d -> d.findElements(By.cssSelector(".page-notifications .alert")).isEmpty());
  }

  /** Clicks the footer's language switch and waits for the reloaded page in that language. */
  private void chooseLanguage(String locale) {
    js("window.__pstBeforeSwitch = true;");
    browser.findElement(By.cssSelector("#pst-language-switch button[data-locale='" + locale + "']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(WebDriverException.class)
        .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
            "return window.__pstBeforeSwitch === undefined && document.documentElement.lang === arguments[0]"
                + " && !!document.querySelector('.navbar-brand .brand-name');", locale)));
    wait.until(d -> d.findElement(By.cssSelector("#pst-language-switch button.active"))
        .getDomAttribute("data-locale").equals(locale));
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private WebElement button(String label) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//button[normalize-space()='" + label + "']")));
  }

  /** A form-js input by the start of its label. */
  private WebElement field(String label) {
    WebElement labelElement = browser.findElement(By.xpath(
        "//label[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(), '" + label + "')]"));
    return browser.findElement(By.id(labelElement.getDomAttribute("for")));
  }

  private List<String> formErrors() {
    return browser.findElements(By.cssSelector(".fjs-form-field-error li")).stream()
        .map(WebElement::getText).toList();
  }

  private String brand() {
    return browser.findElement(By.cssSelector(".navbar-brand .brand-name")).getText().trim();
  }

  private String bodyText() {
    return browser.findElement(By.tagName("body")).getText();
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
