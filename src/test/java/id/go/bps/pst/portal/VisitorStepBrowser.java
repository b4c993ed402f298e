package id.go.bps.pst.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A visitor's browser (Debian's headless Chromium) and what a visitor does with a step rendered by
 * form-js: choose an option by its label, type into a field by its label, send, read the messages.
 * Screenshots go to {@code target/screenshots/<folder>/}.
 */
final class VisitorStepBrowser implements AutoCloseable {


  final WebDriver driver;
  private final Path screenshots;

  VisitorStepBrowser(String folder, String windowSize) throws IOException {
    driver = id.go.bps.pst.Chromium.start(windowSize, "id-ID");
    screenshots = Path.of("target", "screenshots", folder);
    Files.createDirectories(screenshots);
  }

  WebDriverWait waiting(int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }

  /** The rendered step (its form loaded) of the given task definition key. */
  WebElement step(String key) {
    return waiting(30).ignoring(WebDriverException.class).until(d -> d.findElements(
        By.cssSelector("#step-" + key + ".step-ready")).stream().findFirst().orElse(null));
  }

  /** True when no step of that key is on the page. */
  boolean noStep(String key) {
    return driver.findElements(By.id("step-" + key)).isEmpty();
  }

  /** Clicks the option (radio, checkbox, checklist item) whose label starts with the text. */
  void choose(WebElement scope, String optionLabel) {
    option(scope, optionLabel).click();
  }

  /** Clicks an option of the group (radio group, checklist) whose label starts with {@code groupLabel}. */
  void choose(WebElement scope, String groupLabel, String optionLabel) {
    choose(group(scope, groupLabel), optionLabel);
  }

  WebElement group(WebElement scope, String groupLabel) {
    return scope.findElement(By.xpath(".//div[contains(@class,'fjs-form-field')][./label[contains(@class,"
        + "'fjs-form-field-label')][starts-with(normalize-space(.),'" + groupLabel + "')]]"));
  }

  /** The input of the option whose label starts with the text. */
  WebElement optionInput(WebElement scope, String optionLabel) {
    return option(scope, optionLabel).findElement(By.tagName("input"));
  }

  WebElement option(WebElement scope, String optionLabel) {
    return scope.findElement(By.xpath(".//label[contains(@class,'fjs-form-field-label')][./input]"
        + "[starts-with(normalize-space(.),'" + optionLabel + "')]"));
  }

  /** The text field or text area whose label starts with the text. */
  WebElement field(WebElement scope, String label) {
    WebElement l = scope.findElement(By.xpath(".//label[contains(@class,'fjs-form-field-label')][not(./input)]"
        + "[starts-with(normalize-space(.),'" + label + "')]"));
    return scope.findElement(By.id(l.getDomAttribute("for")));
  }

  void send(WebElement step) {
    step.findElement(By.cssSelector("button.step-submit")).click();
  }

  /** The message above the form (a refusal), once shown. */
  String errorAbove(WebElement step) {
    WebElement box = step.findElement(By.cssSelector(".step-error"));
    waiting(30).until(d -> box.isDisplayed() && !box.getText().isBlank());
    return box.getText();
  }

  /** The form's messages under its fields. */
  List<String> fieldErrors(WebElement scope) {
    return scope.findElements(By.cssSelector(".fjs-form-field-error li")).stream().map(WebElement::getText).toList();
  }

  /** Sends the step on a page that reloads afterwards (the portal) and waits for the new page. */
  void sendAndWaitForReload(WebElement step) {
    js("window.__pstBeforeSubmit = true;");
    send(step);
    new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(WebDriverException.class)
        .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
            "return window.__pstBeforeSubmit === undefined && document.readyState === 'complete';")));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /**
   * Chooses the file in the upload row of a document type (portal or visitor screen) and presses its
   * upload button; returns the row's upload button for the caller's click count.
   */
  void upload(String documentCode, Path file) {
    WebElement row = waiting(30).ignoring(WebDriverException.class).until(d -> d.findElements(
        By.cssSelector(".upload-row[data-code='" + documentCode + "']")).stream().findFirst().orElse(null));
    row.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
    row.findElement(By.cssSelector("button[type=submit]")).click();
  }

  /** Waits until the upload row of a document type shows the given status (NONE, UPLOADED, ACCEPTED, REJECTED). */
  void waitForUploadStatus(String documentCode, String status) {
    waiting(30).ignoring(WebDriverException.class).until(d -> d.findElements(
        By.cssSelector(".upload-row[data-code='" + documentCode + "'][data-status='" + status + "']")).size() > 0);
  }

  String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  void screenshot(String name) throws IOException {
    id.go.bps.pst.Chromium.screenshot(driver, screenshots, name);
  }

  /** Signs in to a Camunda webapp ({@code appUrl}: its full address) as the user. */
  void logIn(String appUrl, String user) {
    id.go.bps.pst.Chromium.logIn(driver, appUrl, user);
  }

  /** As a new browser for the site at {@code origin}: no session, no storage (see Chromium#forget). */
  void forget(String origin) {
    id.go.bps.pst.Chromium.forget(driver, origin);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
