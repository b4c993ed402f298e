package id.go.bps.pst.webapp;

import static id.go.bps.pst.process.ProcessTestSupport.complete;
import static id.go.bps.pst.process.ProcessTestSupport.guestBook;
import static id.go.bps.pst.process.ProcessTestSupport.start;
import static id.go.bps.pst.process.ProcessTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The report pages on a 375 px phone, as an auditor or the coordinator opens them away from the desk: the page
 * never scrolls sideways (a wide table scrolls in its own box), so the header, the period picker and the figures
 * stay in view. Every report page was wider than the phone (the sales report 1304 px, a request's history 691 px).
 * Screenshots: target/screenshots/reports-phone/.
 */
class ReportsPhoneBrowserTest extends id.go.bps.pst.SharedContextTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots", "reports-phone");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired id.go.bps.pst.payment.MutableClock clock;
  @Autowired id.go.bps.pst.rating.SurveyService surveys;

  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    assumeTrue(id.go.bps.pst.Chromium.installed(), "Debian chromium is not installed");
    browser = id.go.bps.pst.Chromium.start("1200,900", "id-ID");
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void everyReportPageFitsAPhoneWithoutSidewaysScrolling() throws IOException {
    BpmnAwareTests.init(engine);
    ProcessInstance pi = start(engine, guestBook("Nur Ponsel", "INDIVIDUAL"));
    complete(engine, pi, "Task_CallVisitor", vars("counterName", "Loket 1"));
    String number = engine.getRuntimeService().getVariable(pi.getId(), "requestNumber").toString();

    id.go.bps.pst.Chromium.logIn(browser, "http://localhost:" + port + "/camunda/app/cockpit/", "auditor1");
    // headless Chromium's window is at least 500 px wide when started; resized it is a 375 px phone
    browser.manage().window().setSize(new Dimension(375, 800));
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("01-laporan", "/laporan");
    pages.put("02-penjualan", "/laporan/penjualan");
    pages.put("03-kinerja-antrian", "/laporan/kinerja-antrian");
    pages.put("04-waktu-langkah", "/laporan/waktu-langkah");
    pages.put("05-skm", "/laporan/skm");
    pages.put("06-permintaan", "/laporan/permintaan");
    pages.put("07-riwayat-permintaan", "/laporan/permintaan/" + number);
    for (Map.Entry<String, String> page : pages.entrySet()) {
      browser.get("http://localhost:" + port + page.getValue());
      assertThat(browser.findElement(By.tagName("h1")).getText()).as(page.getKey()).isNotBlank();
      JavascriptExecutor js = (JavascriptExecutor) browser;
      long inner = ((Number) js.executeScript("return window.innerWidth;")).longValue();
      long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
      assertThat(inner).isLessThanOrEqualTo(375);
      id.go.bps.pst.Chromium.screenshot(browser, SCREENSHOTS, page.getKey());
      assertThat(scroll).as(page.getKey() + ": the page is as wide as the phone").isLessThanOrEqualTo(inner);
    }
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test");
  }

  /** A chart of a period without figures says so (it was a bare pair of axes); a chart with figures does not. */
  @Test
  void aChartWithoutFiguresSaysSo() throws IOException {
    id.go.bps.pst.Chromium.logIn(browser, "http://localhost:" + port + "/camunda/app/tasklist/", "supervisor1");
    String emptyDay = "periode=hari&acuan=2039-01-03";
    for (String path : java.util.List.of("/laporan/waktu-langkah", "/laporan/kinerja-antrian", "/laporan/penjualan")) {
      browser.get("http://localhost:" + port + path + "?" + emptyDay);
      for (org.openqa.selenium.WebElement chart : browser.findElements(By.cssSelector(".chart"))) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
            .until(d -> "true".equals(chart.getAttribute("data-rendered")));
        assertThat(chart.getAttribute("data-empty")).as(path + " " + chart.getAttribute("id")).isEqualTo("true");
      }
      id.go.bps.pst.Chromium.screenshot(browser, SCREENSHOTS, "kosong" + path.replace('/', '-'));
    }
    // whole rupiah on the money axis: no fractional ticks rounded to "Rp1, Rp1, Rp1, Rp0"
    Object ticks = ((JavascriptExecutor) browser).executeScript("return echarts.getInstanceByDom("
        + "document.getElementById('chart-series')).getModel().getComponent('yAxis').axis.scale.getTicks()"
        + ".map(function (t) { return t.value; });");
    assertThat((java.util.List<?>) ticks).allSatisfy(v -> assertThat(((Number) v).doubleValue() % 1).isZero());
    // the SKM element chart of a day with an answer has figures
    clock.set(java.time.Instant.parse("2039-02-14T02:00:00Z")); // a day only this test uses
    try {
      surveys.record("6503-G" + System.nanoTime(), "6503", new int[] {4, 3, 4, 3, 4, 3, 4, 3, 4}, null, null);
    } finally {
      clock.reset();
    }
    browser.get("http://localhost:" + port + "/laporan/skm?periode=hari&acuan=2039-02-14");
    org.openqa.selenium.WebElement elements = browser.findElement(By.id("chart-elements"));
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
        .until(d -> "true".equals(elements.getAttribute("data-rendered")));
    assertThat(elements.getAttribute("data-empty")).isEqualTo("false");
  }
}
