package id.go.bps.pst.rating.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The stand-alone survey in a real browser on a 375 px phone: one tap on "send" with a half-filled form shows every
 * problem at once, each under its field (the browser's own check stopped at the first one), and keeps the choices.
 * Screenshots: target/screenshots/survey/.
 */
class SurveyBrowserTest extends id.go.bps.pst.SharedContextTest {

  private static final Path SHOTS = Path.of("target/screenshots/survey");

  @LocalServerPort int port;

  private WebDriver browser;

  @BeforeEach
  void openBrowser() throws Exception {
    assumeTrue(id.go.bps.pst.Chromium.installed(), "Debian chromium is not installed");
    Files.createDirectories(SHOTS);
    browser = id.go.bps.pst.Chromium.start("1280,900", "id");
    // headless Chromium's window is at least 500 px wide when started; resized it is a 375 px phone
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void everyProblemIsShownAfterOneTapOnAPhone() throws Exception {
    browser.get("http://localhost:" + port + "/skm?lang=en");
    browser.findElement(By.cssSelector("input[name=U3][value='4']")).click();
    browser.findElement(By.id("followUp")).click();
    browser.findElement(By.id("email")).sendKeys("ani@contoh");
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("submit")));
    browser.findElement(By.id("submit")).click();

    new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("problems")).isEmpty());
    String problems = browser.findElement(By.id("problems")).getText();
    assertThat(problems).contains("Choose the service", "element U1", "element U9",
        "Write the suggestion or complaint", "The e-mail address is not valid").doesNotContain("element U3");
    assertThat(browser.findElements(By.cssSelector("#problems li"))).hasSize(11); // service, 8 elements, comment, e-mail
    assertThat(browser.findElement(By.id("problem-email")).getText()).contains("not valid");
    assertThat(browser.findElement(By.id("problem-U1")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.cssSelector("input[name=U3][value='4']")).isSelected()).isTrue();
    assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo("ani@contoh");
    assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
        .as("the page fits the phone").isLessThanOrEqualTo(0);
    assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth")).intValue())
        .isLessThanOrEqualTo(375);
    shot("01-all-problems-phone");
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("email")));
    shot("02-contact-problems-phone");
  }

  /** Not the survey's, but the same phone: a refused portal link's page, switched to English, with the contact. */
  @Test
  void aRefusedPortalLinkOnAPhoneOffersEnglishAndTheContact() throws Exception {
    browser.get("http://localhost:" + port + "/portal/6503-2026-000001.1.tidak-sah");
    assertThat(browser.findElement(By.id("refused-title")).getText()).isEqualTo("Tautan tidak sah");
    browser.findElement(By.id("lang-en")).click();
    assertThat(browser.findElement(By.id("refused-title")).getText()).isEqualTo("Invalid link");
    assertThat(browser.findElement(By.id("refused-contact")).getText()).contains("Contact PST", "E-mail", "Telephone");
    assertThat(browser.getCurrentUrl()).endsWith("/portal/6503-2026-000001.1.tidak-sah?lang=en");
    assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
        .isLessThanOrEqualTo(0);
    shot("03-portal-invalid-link-english-phone");
  }

  private void shot(String name) throws Exception {
    Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
