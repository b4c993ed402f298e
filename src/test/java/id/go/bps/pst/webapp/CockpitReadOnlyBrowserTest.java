package id.go.bps.pst.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.bps.pst.process.ProcessTestSupport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cockpit for readers in a real browser: the supervisor and the auditor read a running sale, and Cockpit no longer
 * offers them the buttons the engine refuses them (delete, suspend, retry, add, edit or delete a variable); the
 * administrator keeps them. Screenshots: target/screenshots/cockpit-read-only/.
 */
class CockpitReadOnlyBrowserTest extends id.go.bps.pst.SharedContextTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots", "cockpit-read-only");
  /** The toolbar's dialogs of plugins: delete, retry, add variable, suspend/activate. */
  private static final By TOOLBAR_DIALOGS = By.cssSelector("a.btn-toolbar[ng-click='openDialog()']");
  private static final By VARIABLE_ROWS = By.cssSelector("[cam-widget-variables-table] tbody tr");
  private static final By VARIABLE_EDITS = By.cssSelector("[cam-widget-variables-table] td.actions button");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    assumeTrue(id.go.bps.pst.Chromium.installed(), "Debian chromium is not installed");
    browser = id.go.bps.pst.Chromium.start("1400,900", "id-ID");
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void readersAreNotOfferedWhatTheEngineRefusesThemAndTheAdministratorIs() throws IOException {
    ProcessInstance pi = ProcessTestSupport.start(engine, ProcessTestSupport.guestBook("Yohana Lumban", "INDIVIDUAL"));
    for (String reader : List.of("auditor1", "supervisor1")) {
      openInstance(reader, pi);
      waiting().until(d -> !d.findElements(By.cssSelector("body.pst-read-only")).isEmpty());
      // Cockpit renders the buttons (so this test can fail), the class keeps them from showing
      waiting().until(d -> d.findElements(TOOLBAR_DIALOGS).size() >= 3 && !d.findElements(VARIABLE_EDITS).isEmpty());
      assertThat(browser.findElements(VARIABLE_ROWS)).as("the variables are read").isNotEmpty();
      assertThat(browser.findElement(By.cssSelector("[cam-widget-variables-table]")).getText())
          .contains("requestNumber").doesNotContain("Actions", "Tindakan");
      assertThat(displayed(TOOLBAR_DIALOGS)).as(reader + ": delete, retry, add variable, suspend").isZero();
      assertThat(displayed(VARIABLE_EDITS)).as(reader + ": edit or delete a variable").isZero();
      id.go.bps.pst.Chromium.screenshot(browser, SCREENSHOTS, reader + "-sale");
      // the process definition's suspension too
      browser.get(url("/camunda/app/cockpit/default/#/process-definition/" + pi.getProcessDefinitionId()
          + "/runtime"));
      waiting().until(d -> d.findElements(By.cssSelector("a.btn-suspend-action")).size() > 0);
      assertThat(displayed(TOOLBAR_DIALOGS)).as(reader + ": suspend the definition").isZero();
    }

    // the administrator may change the engine: the buttons are there, the column heading in Indonesian
    openInstance("admin", pi);
    waiting().until(d -> displayed(TOOLBAR_DIALOGS) >= 3 && displayed(VARIABLE_EDITS) > 0);
    waiting().until(d -> d.findElement(By.cssSelector("[cam-widget-variables-table] thead td.actions")).getText()
        .equals("Tindakan"));
    assertThat(browser.findElements(By.cssSelector("body.pst-read-only"))).isEmpty();
    id.go.bps.pst.Chromium.screenshot(browser, SCREENSHOTS, "admin-sale");
  }

  private void openInstance(String user, ProcessInstance pi) {
    browser.manage().deleteAllCookies();
    id.go.bps.pst.Chromium.logIn(browser, url("/camunda/app/cockpit/"), user);
    browser.get(url("/camunda/app/cockpit/default/#/process-instance/" + pi.getId() + "/runtime"));
    waiting().until(d -> !d.findElements(VARIABLE_ROWS).isEmpty());
  }

  /** How many elements of the selector take space on the page (counted in the page at once: Cockpit re-renders). */
  private long displayed(By by) {
    String css = by.toString().replaceFirst("^By\\.cssSelector: ", "");
    Object n = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "return Array.from(document.querySelectorAll(arguments[0])).filter(e => e.getClientRects().length > 0).length;",
        css);
    return ((Number) n).longValue();
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
