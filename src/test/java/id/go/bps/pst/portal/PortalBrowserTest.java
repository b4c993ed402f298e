package id.go.bps.pst.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The visitor in a real browser (Debian's headless Chromium): opens the portal link from the mail,
 * asks for an invoice correction, and after the officer's steps accepts, chooses cash, confirms the
 * product and rates the service; the audit trail records the visitor, not an officer.
 */
class PortalBrowserTest extends PortalTestSupport {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    assumeTrue(CHROMIUM.canExecute(), "Debian chromium is not installed");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.getPath());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void visitorAsksForACorrectionAndLaterRatesTheService() throws Exception {
    String number = startRequest("Indah Permatasari", "indah@example.com", null);
    toInvoiceReview(number, cart(publication(PUBLICATION), map("wks-6503-kecamatan")));
    deliverMails();
    MimeMessage invoiceMail = Arrays.stream(smtp().getReceivedMessages())
        .filter(m -> to(m).equals("indah@example.com") && subject(m).startsWith("Invoice")).findFirst().orElseThrow();
    String link = portalLink(GreenMailUtil.getBody(invoiceMail));

    browser.get(link);
    assertThat(browser.findElement(By.id("request-number")).getText()).isEqualTo(number);
    WebElement review = browser.findElement(By.id("task-Task_ReviewInvoice"));
    // a correction without a reason: the rule's message above the form, the choice kept
    review.findElement(By.cssSelector("input[name=invoiceReview][value=CORRECTION]")).click();
    submit(review.findElement(By.cssSelector("button.submit")));
    assertThat(browser.findElement(By.id("form-error")).getText()).contains("paling sedikit 5 karakter");
    review = browser.findElement(By.id("task-Task_ReviewInvoice"));
    assertThat(review.findElement(By.cssSelector("input[name=invoiceReview][value=CORRECTION]")).isSelected()).isTrue();
    review.findElement(By.name("correctionReason")).sendKeys("Peta yang saya perlukan tingkat desa, bukan kecamatan");
    submit(review.findElement(By.cssSelector("button.submit")));
    assertThat(browser.findElement(By.id("notice")).getText()).contains("sudah kami terima");
    assertThat(browser.findElement(By.id("history")).getText())
        .contains("Perbaikan invoice/dokumen diminta: Peta yang saya perlukan tingkat desa", "Anda (melalui portal)");
    assertThat(orders.history(number)).anySatisfy(e -> {
      assertThat(e.getAction()).isEqualTo("TASK_COMPLETED");
      assertThat(e.getActor()).isEqualTo("pengguna layanan (portal)");
      assertThat(e.getDetail()).contains("melalui portal");
    });
    assertThat(orders.history(number)).noneSatisfy(e -> assertThat(e.getDetail()).contains(
        "Periksa invoice, contoh data mikro dan perjanjian (dibantu petugas"));

    // the officer answers the correction; the visitor is told by mail
    completeAs("petugas1", "petugas", number, "Task_HandleInvoiceCorrection", Map.of("visitorName", "Indah Permatasari",
        "institution", "Universitas Borneo Tarakan", "items", json(cart(publication(PUBLICATION), map("wks-6503-desa"))),
        "commercial", false, "purpose", "Penelitian tesis", "correctionResult", "Peta diganti tingkat desa"));
    executeJob(number, "Task_IssueInvoice");
    deliverMails();
    assertThat(Arrays.stream(smtp().getReceivedMessages()).filter(m -> to(m).equals("indah@example.com"))
        .map(m -> GreenMailUtil.getBody(m)).toList()).anySatisfy(b -> assertThat(b).contains("Peta diganti tingkat desa"));

    browser.get(link);
    browser.findElement(By.cssSelector("#task-Task_ReviewInvoice input[value=OK]")).click();
    submit(browser.findElement(By.cssSelector("#task-Task_ReviewInvoice button.submit")));
    browser.findElement(By.cssSelector("#task-Task_ChoosePaymentMethod input[value=CASH]")).click();
    submit(browser.findElement(By.cssSelector("#task-Task_ChoosePaymentMethod button.submit")));
    assertThat(browser.findElement(By.id("no-tasks")).getText()).contains("tidak ada langkah");

    payCashAndHandOver(number);
    browser.get(link);
    assertThat(browser.findElement(By.id("downloads")).getText()).contains(".pdf");
    browser.findElement(By.cssSelector("#task-Task_ReviewProduct input[value=OK]")).click();
    submit(browser.findElement(By.cssSelector("#task-Task_ReviewProduct button.submit")));

    WebElement rating = browser.findElement(By.id("task-Task_RateService"));
    for (int q = 1; q <= 8; q++) {
      rating.findElement(By.cssSelector("input[name=surveyQ" + q + "][value='" + (q % 2 == 0 ? 4 : 3) + "']")).click();
    }
    submit(rating.findElement(By.cssSelector("button.submit"))); // element 9 missing
    assertThat(browser.findElement(By.id("form-error")).getText()).contains("unsur 9");
    rating = browser.findElement(By.id("task-Task_RateService"));
    assertThat(rating.findElement(By.cssSelector("input[name=surveyQ2][value='4']")).isSelected()).isTrue();
    rating.findElement(By.cssSelector("input[name=surveyQ9][value='4']")).click();
    rating.findElement(By.name("surveyComment")).sendKeys("Pelayanan daring sangat membantu");
    submit(rating.findElement(By.cssSelector("button.submit")));
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Selesai");

    assertThat(jdbc.queryForObject("select q9 from pst_survey_response where request_number = ?", Integer.class,
        number)).isEqualTo(4);
    assertThat(jdbc.queryForObject("select assisted_by from pst_survey_response where request_number = ?",
        String.class, number)).isNull();
    assertThat(orders.history(number)).filteredOn(e -> e.getAction().equals("TASK_COMPLETED")
            && e.getActor().equals("pengguna layanan (portal)")).extracting(e -> e.getDetail())
        .anySatisfy(d -> assertThat(d).startsWith("Beri penilaian kualitas layanan"))
        .anySatisfy(d -> assertThat(d).startsWith("Pilih cara pembayaran"));
    // a visitor step done at the counter stays "assisted by" the officer
    assertThat(orders.history(number)).anySatisfy(e -> assertThat(e.getDetail())
        .contains("Setujui ketentuan PNBP dan serahkan dokumen (dibantu petugas petugas1"));
  }

  /** Submits a portal form and waits until the next page has replaced the current one. */
  private void submit(WebElement button) {
    org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
    js.executeScript("window.__pstBeforeSubmit = true;");
    button.click();
    // the old page's window object is gone once the next page has loaded; while the browser swaps
    // documents, the driver may answer with transient errors, which the wait ignores
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
            "return window.__pstBeforeSubmit === undefined && document.readyState === 'complete';")));
  }

  private static String to(MimeMessage m) {
    try {
      return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
