package id.go.bps.pst.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.bps.pst.TestSql;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The per-unit report pages in a real browser (issue 12): the supervisor of 6501 adds a holiday of their
 * own unit and sees their unit's sales report; the national auditor chooses a unit, then all units, with
 * the unit picker and cannot edit. Screenshots: target/screenshots/units/.
 */
class UnitReportsBrowserTest extends id.go.bps.pst.SharedContextTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots", "units");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws IOException {
    assumeTrue(id.go.bps.pst.Chromium.installed(), "Debian chromium is not installed");
    browser = id.go.bps.pst.Chromium.start("1400,900", "id-ID");
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theUnitSupervisorKeepsTheirOwnHolidayAndTheNationalAuditorChoosesAUnit() throws IOException {
    TestSql.update(jdbc, "delete from pst_unit_holiday where holiday_date = ?", java.sql.Date.valueOf("2031-03-12"));

    // the supervisor of 6501 adds a regional holiday: it is their unit's only
    logIn("supervisor6501");
    browser.get(url("/laporan/hari-libur?tahun=2031"));
    // the date field's typing order follows the browser's locale: set the ISO value as the picker does
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = '2031-03-12';",
        browser.findElement(By.id("tanggal")));
    browser.findElement(By.id("nama")).sendKeys("Hari Jadi Kabupaten Bulungan");
    new Select(browser.findElement(By.id("jenis"))).selectByValue("LOCAL");
    assertThat(new Select(browser.findElement(By.id("berlaku"))).getOptions()).extracting(WebElement::getText)
        .containsExactly("BPS Kabupaten Bulungan saja"); // national days are the default unit's to keep
    browser.findElement(By.id("add")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("holidays"), "Hari Jadi Kabupaten Bulungan"));
    assertThat(browser.findElement(By.id("holidays")).getText()).contains("BPS Kabupaten Bulungan",
        "Rabu, 12 Maret 2031");
    screenshot("holidays-6501");
    browser.get(url("/laporan/penjualan"));
    assertThat(browser.findElement(By.cssSelector("header .unit")).getText()).contains("BPS Kabupaten Bulungan");
    assertThat(browser.findElements(By.id("unit-picker"))).isEmpty();
    screenshot("sales-supervisor6501");

    // the supervisor of 6503 does not have it
    logIn("supervisor1");
    browser.get(url("/laporan/hari-libur?tahun=2031"));
    assertThat(browser.findElement(By.id("holidays")).getText()).doesNotContain("Hari Jadi");

    // the national auditor: the default unit first, then 6501 from the picker, then all units; read-only
    logIn("auditorpusat");
    browser.get(url("/laporan/penjualan"));
    assertThat(browser.findElement(By.cssSelector("header .unit")).getText()).contains("Tana Tidung");
    new Select(browser.findElement(By.id("unit"))).selectByValue("6501");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header .unit"),
        "BPS Kabupaten Bulungan"));
    assertThat(browser.getCurrentUrl()).contains("unit=6501");
    screenshot("sales-auditorpusat-6501");
    browser.findElement(By.linkText("Kepuasan (SKM)")).click(); // the choice follows the reader
    wait.until(ExpectedConditions.urlContains("/laporan/skm"));
    assertThat(browser.findElement(By.cssSelector("header .unit")).getText()).contains("BPS Kabupaten Bulungan");
    new Select(browser.findElement(By.id("unit"))).selectByValue("semua");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header .unit"), "Semua unit ("));
    screenshot("skm-auditorpusat-all");
    browser.get(url("/laporan/hari-libur?tahun=2031&unit=6501"));
    assertThat(browser.findElement(By.id("holidays")).getText()).contains("Hari Jadi Kabupaten Bulungan");
    assertThat(browser.findElements(By.id("add-holiday"))).isEmpty();
    screenshot("holidays-auditorpusat-6501");
  }

  /**
   * Logs in through Tasklist (Cockpit for auditors, who have no Tasklist); the webapp session opens our
   * /laporan pages too.
   */
  private void logIn(String user) {
    browser.manage().deleteAllCookies();
    id.go.bps.pst.Chromium.logIn(browser,
        url(user.startsWith("auditor") ? "/camunda/app/cockpit/" : "/camunda/app/tasklist/"), user);
  }


  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void screenshot(String name) throws IOException {
    id.go.bps.pst.Chromium.screenshot(browser, SCREENSHOTS, name);
  }
}
