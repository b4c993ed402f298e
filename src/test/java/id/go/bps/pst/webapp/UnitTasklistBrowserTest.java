package id.go.bps.pst.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.bps.pst.TestDatabase;
import id.go.bps.pst.process.ProcessTestSupport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tasklist in a real browser for an officer of each unit: petugas6501 sees the sale waiting in 6501
 * and not the one waiting in 6503, and the other way round. Screenshots: target/screenshots/units/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.admin-user.password=admin",
    "pst.documents.storage-directory=target/webapp-test-documents"})
class UnitTasklistBrowserTest {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots", "units");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws IOException {
    assumeTrue(CHROMIUM.canExecute(), "Debian chromium is not installed");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.getPath());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,900", "--lang=id-ID");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
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
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void eachOfficersTasklistShowsOnlyTheirUnitsSale() throws IOException {
    startAs("petugas1", "Wulan Tidung");
    startAs("petugas6501", "Wulan Bulungan");

    List<String> seen6501 = tasklistOf("petugas6501", "Wulan Bulungan");
    assertThat(seen6501).anyMatch(t -> t.contains("Wulan Bulungan")).noneMatch(t -> t.contains("Wulan Tidung"));

    List<String> seen6503 = tasklistOf("petugas2", "Wulan Tidung");
    assertThat(seen6503).anyMatch(t -> t.contains("Wulan Tidung")).noneMatch(t -> t.contains("Wulan Bulungan"));
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

  private void startAs(String officer, String visitor) {
    engine.getIdentityService().setAuthentication(officer, List.of("petugas"));
    try {
      ProcessInstance pi = ProcessTestSupport.start(engine, ProcessTestSupport.guestBook(visitor, "INDIVIDUAL"));
      assertThat(pi.getTenantId()).isEqualTo("petugas1".equals(officer) ? "6503" : "6501");
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
