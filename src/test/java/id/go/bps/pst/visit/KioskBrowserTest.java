package id.go.bps.pst.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The walk in a real browser (Debian's headless Chromium and chromedriver; Selenium Manager never
 * downloads anything): the queue display is open in the waiting room, a visitor fills in the guest
 * book at the kiosk and gets a ticket, the officer calls it on the counter page, and the display
 * shows it live (server-sent events) without a reload.
 */
class KioskBrowserTest extends VisitIntegrationTest {


  private WebDriver browser;

  @BeforeEach
  void startBrowser() {
    Assumptions.assumeTrue(id.go.bps.pst.Chromium.installed(), "Debian chromium is not installed");
    browser = id.go.bps.pst.Chromium.start("1280,1024", "id-ID");
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void guestBookTicketCallAndDisplay() {
    at("2032-04-06T09:30:00");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

    // the waiting-room display
    browser.get(url("/antrian/layar"));
    String display = browser.getWindowHandle();
    wait.until(d -> d.findElement(By.id("status")).getText().equals("terhubung"));
    assertThat(counterNumber("Loket 2")).isEqualTo("—");

    // the kiosk, in a second tab
    browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    browser.get(url("/kiosk"));
    // on a phone-sized window the page fits and the lookup's field is wide enough to read an e-mail address
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 667));
    assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
        .as("wider than the window: %s", ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
            "var w = document.documentElement.clientWidth; return Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getBoundingClientRect().right > w + 1).slice(0, 8)"
                + ".map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')"))
        .isLessThanOrEqualTo(0);
    assertThat(browser.findElement(By.id("kunci")).getRect().getWidth()).isGreaterThan(250);
    screenshot("kiosk-00-phone");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1024));
    // a mistake first: the message is shown, the entries stay
    browser.findElement(By.id("name")).sendKeys("Dewi Lestari");
    browser.findElement(By.cssSelector("input[name=identityType][value=KTP]")).click();
    browser.findElement(By.id("identityNumber")).sendKeys("6503016203950007");
    browser.findElement(By.id("email")).sendKeys("dewi.lestari@");
    browser.findElement(By.id("phone")).sendKeys("081234567890");
    browser.findElement(By.id("institution")).sendKeys("Dinas Pendidikan Kabupaten Tana Tidung");
    new Select(browser.findElement(By.id("userCategory"))).selectByVisibleText("Instansi pemerintah pusat/daerah");
    browser.findElement(By.id("visitPurpose")).sendKeys("Data jumlah penduduk per desa");
    // a touch on the consent's words ticks it (not only on the small box)
    browser.findElement(By.cssSelector("label.consent span")).click();
    assertThat(browser.findElement(By.id("consent1")).isSelected()).isTrue();
    browser.findElement(By.id("submit")).click();
    assertThat(browser.findElement(By.id("problems")).getText()).contains("Alamat e-mail tidak valid");
    assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Dewi Lestari");

    WebElement email = browser.findElement(By.id("email"));
    email.clear();
    email.sendKeys("dewi.lestari@example.go.id");
    if (!browser.findElement(By.id("consent1")).isSelected()) {
      browser.findElement(By.id("consent1")).click();
    }
    browser.findElement(By.id("submit")).click();

    String ticket = wait.until(d -> d.findElement(By.id("ticket-number"))).getText();
    assertThat(ticket).isEqualTo("P-001");
    assertThat(browser.findElement(By.id("request-number")).getText()).startsWith("6503-2032-");
    assertThat(browser.findElement(By.id("ticket-time")).getText()).isEqualTo("Selasa, 6 April 2032, 09.30 WITA");
    assertThat(browser.findElement(By.id("waiting-ahead")).getText()).isEqualTo("0");
    String requestNumber = browser.findElement(By.id("request-number")).getText();
    // on a phone (375 px) the ticket number stays on one line and inside the card; the page does not scroll sideways
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 667));
    JavascriptExecutor js = (JavascriptExecutor) browser;
    assertThat(((Number) js.executeScript("var r = document.createRange();"
        + "r.selectNodeContents(document.getElementById('ticket-number')); return r.getClientRects().length;"))
        .intValue()).as("lines of the ticket number").isEqualTo(1);
    assertThat(((Number) js.executeScript("var r = document.createRange();"
        + "r.selectNodeContents(document.getElementById('request-number')); return r.getClientRects().length;"))
        .intValue()).as("lines of the request number").isEqualTo(1);
    assertThat(((Number) js.executeScript("var n = document.getElementById('ticket-number');"
        + "return n.scrollWidth - n.clientWidth;")).intValue()).as("ticket number wider than its card").isLessThanOrEqualTo(0);
    assertThat(((Number) js.executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
        .isLessThanOrEqualTo(0);
    screenshot("kiosk-01-ticket-phone");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1024));

    // the display lists it as next, live
    browser.switchTo().window(display);
    wait.until(d -> nextNumbers().contains(ticket));

    // the officer, logged in through the webapp's login, calls the next ticket to Loket 2 on the counter page
    browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    at("2032-04-06T09:34:00");
    id.go.bps.pst.Chromium.logIn(browser, "http://localhost:" + port + "/camunda/app/tasklist/", "petugas1");
    browser.get("http://localhost:" + port + "/laporan/loket?loket=Loket%202");
    assertThat(browser.findElement(By.id("waiting")).getText()).contains(ticket).contains(requestNumber);
    browser.findElement(By.id("call-next")).click();
    assertThat(wait.until(d -> d.findElement(By.id("current-ticket"))).getText()).isEqualTo(ticket);
    assertThat(browser.findElement(By.id("message")).getText()).contains("Nomor " + ticket + " dipanggil ke Loket 2");

    // the display shows it at Loket 2 without reloading
    browser.switchTo().window(display);
    wait.until(d -> ticket.equals(counterNumber("Loket 2")));
    assertThat(nextNumbers()).doesNotContain(ticket);

    Ticket called = queue.byRequest(requestNumber).orElseThrow();
    assertThat(called.calledBy()).isEqualTo("petugas1");
    assertThat(called.counterName()).isEqualTo("Loket 2");
    assertThat(called.waitingTime()).isEqualTo(Duration.ofMinutes(4));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(requestNumber)
        .activityIdIn("Task_RecordRequest").count()).isEqualTo(1);

    // later the same day she comes back: the lookup shows no name until she types the code from her e-mail
    at("2032-04-06T13:00:00");
    browser.get(url("/kiosk"));
    browser.findElement(By.id("kunci")).sendKeys("6503016203950007");
    browser.findElement(By.id("lookup")).click();
    String asked = wait.until(d -> d.findElement(By.id("code-step"))).getText();
    assertThat(asked).contains("kode masuk 6 angka").doesNotContain("Dewi");
    screenshot("kiosk-02-code-asked");
    browser.findElement(By.id("kode")).sendKeys(kioskCode("dewi.lestari@example.go.id"));
    browser.findElement(By.id("verify")).click();
    assertThat(wait.until(d -> d.findElement(By.id("welcome-back"))).getText()).contains("Dewi Lestari")
        .contains("6503**********07");
    screenshot("kiosk-03-welcome-back");
    // her category of the morning is chosen already: nothing to choose again unless it changed
    assertThat(new Select(browser.findElement(By.id("userCategory"))).getFirstSelectedOption().getText())
        .isEqualTo("Instansi pemerintah pusat/daerah");
    browser.findElement(By.id("consent1")).click();
    browser.findElement(By.id("submit")).click();
    assertThat(wait.until(d -> d.findElement(By.id("ticket-number"))).getText()).isEqualTo("P-002");

    // a kiosk left alone with a half-typed guest book starts afresh (a new form token; the next visitor does not see
    // it): the idle time, five minutes on a kiosk, shortened here to one second
    browser.get(url("/kiosk"));
    browser.findElement(By.id("name")).sendKeys("Ditinggal Begitu Saja");
    ((JavascriptExecutor) browser).executeScript(
        "document.getElementById('idle-reload').setAttribute('data-idle-ms', '1000');"
            + "document.dispatchEvent(new KeyboardEvent('keydown'));");
    wait.until(d -> d.findElement(By.id("name")).getAttribute("value").isEmpty());
    assertThat(browser.getCurrentUrl()).endsWith("/kiosk");
  }

  private void screenshot(String name) {
    try {
      java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots", "kiosk");
      java.nio.file.Files.createDirectories(dir);
      java.io.File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.FILE);
      java.nio.file.Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // read in one script: the display re-renders on every event, so element handles go stale
  private String counterNumber(String counter) {
    return (String) ((JavascriptExecutor) browser).executeScript(
        "var e = document.querySelector(\"#counters [data-counter='\" + arguments[0] + \"'] .number\");"
            + " return e ? e.textContent : null;", counter);
  }

  @SuppressWarnings("unchecked")
  private List<String> nextNumbers() {
    return new ArrayList<>((List<String>) ((JavascriptExecutor) browser).executeScript(
        "return Array.from(document.querySelectorAll('#next li')).map(function (li) { return li.textContent; });"));
  }
}
