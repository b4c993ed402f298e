package id.go.bps.pst.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A complaint in a real browser (Debian's headless Chromium and chromedriver): the complainant files it
 * on the public form (after a mistake, explained in Bahasa Indonesia), gets a tracking code and follows
 * it; the supervisor's triage goes through the TaskService; the officer opens the answer task in the
 * real Camunda Tasklist and completes its form there; the e-mail job runs; the complainant reads the
 * answer on the tracking page and confirms it. Screenshots: target/screenshots/complaint/.
 */
class ComplaintBrowserTest extends id.go.bps.pst.SharedContextTest {

  private static final Path SHOTS = Path.of("target/screenshots/complaint");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired ComplaintService complaints;

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws Exception {
    assumeTrue(id.go.bps.pst.Chromium.installed(), "Debian chromium is not installed");
    Files.createDirectories(SHOTS);
    browser = id.go.bps.pst.Chromium.start("1280,1000", "id");
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void fileFollowAnswerInTasklistAndConfirm() throws Exception {
    // 1. the public form: a mistake first, nothing stored, the entries kept
    browser.get(url("/pengaduan"));
    assertThat(browser.findElement(By.id("other-channels")).getText())
        .contains("ipds6503@bps.go.id", "0812-5565-0671", "https://www.lapor.go.id", "Kotak saran");
    browser.findElement(By.id("name")).sendKeys("Nurul Hidayah");
    browser.findElement(By.id("email")).sendKeys("nurul.hidayah@");
    new Select(browser.findElement(By.id("category"))).selectByVisibleText("Produk");
    browser.findElement(By.id("description")).sendKeys("Kurang");
    submit(By.id("submit"));
    String problems = browser.findElement(By.id("problems")).getText();
    assertThat(problems).contains("Alamat e-mail tidak valid", "Uraian pengaduan terlalu singkat",
        "Centang persetujuan");
    assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Nurul Hidayah");
    shot("01-form-errors");

    browser.findElement(By.id("email")).clear();
    browser.findElement(By.id("email")).sendKeys("nurul.hidayah@example.com");
    browser.findElement(By.id("phone")).sendKeys("0813-4567-8910");
    browser.findElement(By.id("description")).clear();
    // Markdown typed by the complainant (a link, stars) must reach the officer's Tasklist as typed, not as a live
    // link: form-js renders a text component's template as Markdown
    browser.findElement(By.id("description")).sendKeys(
        "Publikasi Kabupaten Tana Tidung Dalam Angka yang saya unduh tidak memuat tabel penduduk per desa. "
            + "Lihat *halaman 12* dan [berkas unduhan](https://contoh.id/unduh).");
    browser.findElement(By.id("consent1")).click();
    shot("02-form-filled");
    submit(By.id("submit"));

    // 2. the tracking code, then following it by that code
    String code = browser.findElement(By.id("tracking-code")).getText();
    assertThat(code).matches("ADU-6503-[A-Z0-9]{4}-[A-Z0-9]{4}");
    assertThat(browser.findElement(By.id("notice")).getText()).contains("sudah kami terima");
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Diterima");
    shot("03-tracking-code");
    browser.get(url("/pengaduan/lacak"));
    browser.findElement(By.id("kode")).sendKeys(code.toLowerCase());
    submit(By.id("lookup"));
    assertThat(browser.findElement(By.id("tracking-code")).getText()).isEqualTo(code);
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Nurul", "0813");
    shot("04-followed-by-code");

    // 3. the supervisor's triage (TaskService, as supervisor1)
    Task triage = task(code, "Task_Triage");
    engine.getIdentityService().setAuthentication("supervisor1", List.of("supervisor"));
    try {
      engine.getTaskService().complete(triage.getId(), Map.of("category", "PRODUCT", "complexity", "STANDARD",
          "assignedOfficer", "petugas1", "triageNote", "Kami periksa berkas publikasi tersebut."));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }

    // 4. the officer answers in the real Tasklist
    browser.get(url("/camunda/app/tasklist/default/"));
    wait.until(d -> !d.findElements(By.cssSelector("input[ng-model=username]")).isEmpty());
    browser.findElement(By.cssSelector("input[ng-model=username]")).sendKeys("petugas1");
    browser.findElement(By.cssSelector("input[ng-model=password]")).sendKeys("petugas1");
    browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
    // the filter "Pengaduan" (complaint tasks, nearest due date first), then this complaint's task
    By complaintFilter = By.xpath("//*[contains(@class,'task-filter')]//a[contains(normalize-space(.),'Pengaduan')]");
    wait.until(d -> !d.findElements(complaintFilter).isEmpty());
    click(complaintFilter);
    By taskLink = By.xpath("//h4[contains(@class,'task')]/a[contains(normalize-space(.),'" + code + "')]");
    wait.until(d -> !d.findElements(taskLink).isEmpty());
    assertThat(browser.findElement(taskLink).getText()).contains("Tangani pengaduan dan susun jawaban", code, "Produk");
    shot("05-tasklist-list");
    click(taskLink);
    By answerField = By.cssSelector("textarea.fjs-textarea");
    wait.until(d -> !d.findElements(answerField).isEmpty());
    wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Nurul Hidayah"));
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("Pengaduan " + code, "tidak memuat tabel penduduk per desa",
            "Lihat *halaman 12* dan [berkas unduhan](https://contoh.id/unduh).");
    assertThat(browser.findElements(By.cssSelector(".fjs-container a[href*='contoh.id'], .fjs-container em")))
        .as("the complainant's Markdown is shown as typed, not as a link or emphasis").isEmpty();
    browser.findElements(answerField).get(0).sendKeys("Tabel penduduk per desa ada pada publikasi Kecamatan "
        + "Dalam Angka; tautannya kami kirimkan dan publikasi kabupaten edisi berikut akan memuatnya.");
    shot("06-tasklist-answer-form");
    By complete = By.cssSelector("button[ng-click='complete()']");
    wait.until(d -> d.findElement(complete).isEnabled());
    click(complete);
    wait.until(d -> engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
        .taskDefinitionKey("Task_Handle").count() == 0);
    shot("07-tasklist-completed");
    assertThat(complaints.history(code)).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("ANSWER_WRITTEN");
      assertThat(e.actor()).isEqualTo("petugas1");
    });

    // 5. the answer goes out by e-mail (the asynchronous step)
    Job send = engine.getManagementService().createJobQuery().processInstanceId(triage.getProcessInstanceId())
        .activityId("Task_SendAnswerEmail").singleResult();
    engine.getManagementService().executeJob(send.getId());
    assertThat(complaints.get(code).status()).isEqualTo(ComplaintStatus.ANSWERED);

    // 6. the complainant reads the answer and confirms
    browser.get(url("/pengaduan/lacak?kode=" + code));
    assertThat(browser.findElement(By.id("answer")).getText()).contains("Kecamatan Dalam Angka");
    assertThat(browser.findElement(By.id("history")).getText()).contains("Kami periksa berkas publikasi tersebut.",
        "Jawaban dikirim melalui E-mail");
    shot("08-answer-to-confirm");
    browser.findElement(By.id("decision-reopen")).click();
    submit(By.id("respond")); // reopening without a reason is refused
    assertThat(browser.findElement(By.id("problems")).getText()).contains("paling sedikit 10 karakter");
    browser.findElement(By.id("decision-ok")).click();
    submit(By.id("respond"));
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Selesai");
    assertThat(browser.findElement(By.id("notice")).getText()).contains("selesai");
    shot("09-confirmed");
    assertThat(complaints.get(code).closure()).isEqualTo(ComplaintClosure.CONFIRMED);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(code).count())
        .isZero();

    // 7. the staff pages, with the officer's Tasklist login
    browser.get(url("/laporan/pengaduan"));
    assertThat(browser.findElement(By.id("complaints")).getText()).contains(code, "Formulir pengaduan web", "Selesai");
    shot("10-staff-list");
    browser.get(url("/laporan/pengaduan/" + code));
    assertThat(browser.findElement(By.id("history")).getText()).contains("petugas1", "supervisor1", "Jawaban disusun");
    assertThat(browser.findElement(By.id("contact")).getText()).contains("nurul.hidayah@example.com");
    shot("11-staff-detail");
    browser.get(url("/laporan/hari-libur?tahun=2027"));
    assertThat(browser.findElement(By.id("incomplete")).getText()).contains("Belum ada cuti bersama");
    shot("12-holidays-2027");
  }

  /**
   * A complainant who gave only a phone number: the answer cannot go by e-mail, so the officer sends it and records
   * how in Tasklist ("Kirim jawaban secara manual"), reading the contact the form gets from the records.
   */
  @Test
  void anAnswerWithoutEmailIsSentByTheOfficerAndRecordedInTasklist() throws Exception {
    browser.get(url("/pengaduan"));
    browser.findElement(By.id("name")).sendKeys("Yohanes Lalung");
    browser.findElement(By.id("phone")).sendKeys("0852-1111-2222");
    new Select(browser.findElement(By.id("category"))).selectByVisibleText("Layanan");
    browser.findElement(By.id("description")).sendKeys(
        "Petugas loket tidak menjelaskan cara membayar melalui bank sehingga saya harus datang dua kali.");
    browser.findElement(By.id("consent1")).click();
    submit(By.id("submit"));
    String code = browser.findElement(By.id("tracking-code")).getText();

    engine.getIdentityService().setAuthentication("supervisor1", List.of("supervisor"));
    try {
      engine.getTaskService().complete(task(code, "Task_Triage").getId(), Map.of("category", "SERVICE",
          "complexity", "STANDARD", "assignedOfficer", "petugas1", "triageNote", "Kami tanyakan kepada petugas loket."));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    engine.getIdentityService().setAuthentication("petugas1", List.of("petugas"));
    try {
      engine.getTaskService().complete(task(code, "Task_Handle").getId(), Map.of("answerText",
          "Mohon maaf atas ketidaknyamanan ini; petugas loket kami ingatkan untuk menjelaskan pembayaran bank."));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(task(code, "Task_SendAnswerManually")).isNotNull();

    id.go.bps.pst.Chromium.logIn(browser, url("/camunda/app/tasklist/"), "petugas1");
    By complaintFilter = By.xpath("//*[contains(@class,'task-filter')]//a[contains(normalize-space(.),'Pengaduan')]");
    wait.until(d -> !d.findElements(complaintFilter).isEmpty());
    click(complaintFilter);
    By taskLink = By.xpath("//h4[contains(@class,'task')]/a[contains(normalize-space(.),'" + code + "')]");
    wait.until(d -> !d.findElements(taskLink).isEmpty());
    click(taskLink);
    // the contact comes from the records (no variable of the engine holds it)
    wait.until(d -> d.findElement(By.tagName("body")).getText().contains("085211112222"));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Yohanes Lalung", "Mohon maaf atas");
    // "Dikirim melalui": a form-js select, one click opens it, one chooses
    WebElement field = browser.findElement(By.xpath("//div[contains(@class,'fjs-form-field-select')]"
        + "[./label[starts-with(normalize-space(.),'Dikirim melalui')]]"));
    WebElement input = field.findElement(By.cssSelector(".fjs-input-group"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", input);
    input.click();
    WebElement whatsApp = wait.until(d -> field.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .filter(i -> i.getText().equals("WhatsApp")).findFirst().orElse(null));
    whatsApp.click();
    click(By.xpath("//label[contains(@class,'fjs-form-field-label')][./input]"
        + "[starts-with(normalize-space(.),'Jawaban sudah saya kirim')]"));
    shot("12-tasklist-send-answer-manually");
    By complete = By.cssSelector("button[ng-click='complete()']");
    wait.until(d -> d.findElement(complete).isEnabled());
    click(complete);
    wait.until(d -> task(code, "Task_SendAnswerManually") == null);
    assertThat(complaints.get(code).status()).isEqualTo(ComplaintStatus.ANSWERED);
    assertThat(complaints.history(code)).anySatisfy(e -> {
      assertThat(e.actor()).isEqualTo("petugas1");
      assertThat(e.note()).contains("WhatsApp");
    });
  }

  /**
   * A foreign visitor with an English browser: the form is Indonesian until the switch is clicked, then English
   * (labels, categories, the tracking page with its status and dates), also at a phone's width.
   */
  @Test
  void aVisitorSwitchesTheComplaintFormToEnglish() throws Exception {
    WebDriver english = id.go.bps.pst.Chromium.start("1280,1000", "en-US");
    WebDriver indonesian = browser;
    browser = english;
    try {
      browser.get(url("/pengaduan"));
      assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("id");
      assertThat(browser.findElement(By.id("submit")).getText()).isEqualTo("Kirim pengaduan");
      click(By.id("lang-en"));
      new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
          .until(d -> "en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
      String page = browser.findElement(By.tagName("body")).getText();
      assertThat(page).contains("Complaints about Statistical Services", "Full name", "Category", "Description",
          "Other ways to complain", "Bahasa Indonesia").doesNotContain("??", "Kirim pengaduan");
      assertThat(browser.findElement(By.id("submit")).getText()).isEqualTo("Send complaint");
      browser.findElement(By.id("name")).sendKeys("Emily Clarke");
      browser.findElement(By.id("email")).sendKeys("emily.clarke@example.org");
      new Select(browser.findElement(By.id("category"))).selectByVisibleText("Product");
      browser.findElement(By.id("description")).sendKeys(
          "The microdata file I downloaded does not open; the download link says it has expired.");
      shot("10-english-form");
      submit(By.id("submit"));
      assertThat(browser.findElement(By.id("problems")).getText()).contains("Your complaint has not been sent yet",
          "Tick the consent");
      browser.findElement(By.id("consent1")).click();
      submit(By.id("submit"));

      String code = browser.findElement(By.id("tracking-code")).getText();
      assertThat(code).matches("ADU-6503-[A-Z0-9]{4}-[A-Z0-9]{4}");
      assertThat(browser.findElement(By.id("notice")).getText()).contains("We have received your complaint");
      assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Received");
      assertThat(browser.findElement(By.id("category")).getText()).isEqualTo("Product");
      assertThat(browser.findElement(By.tagName("body")).getText())
          .containsPattern("\\d{1,2} [A-Z][a-z]+ \\d{4} \\d{2}:\\d{2} WITA").doesNotContain("??");
      shot("11-english-tracking");
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 667));
      browser.get(url("/pengaduan"));
      assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
          .isLessThanOrEqualTo(0);
      shot("12-english-form-phone");
      // the stored complaint is the visitor's own words; its category the code, as in Tasklist
      assertThat(complaints.find(code).orElseThrow().category().label()).isEqualTo("Produk");
    } finally {
      english.quit();
      browser = indonesian;
    }
  }

  private Task task(String code, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(key)
        .singleResult();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Scrolls an element to the middle of the window (away from Tasklist's fixed footer) and clicks it. */
  private void click(By element) {
    WebElement e = browser.findElement(element);
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
    e.click();
  }

  /** Clicks a submit button and waits until the next page has replaced the current one. */
  private void submit(By button) {
    ((JavascriptExecutor) browser).executeScript("window.__pstBeforeSubmit = true;");
    browser.findElement(button).click();
    new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(WebDriverException.class)
        .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
            "return window.__pstBeforeSubmit === undefined && document.readyState === 'complete';")));
  }

  private void shot(String name) throws Exception {
    File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(file.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
