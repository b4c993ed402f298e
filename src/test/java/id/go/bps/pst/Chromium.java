package id.go.bps.pst;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser of every browser test: Debian's headless Chromium driven by Debian's chromedriver (never a
 * downloaded browser), and the one way a member of staff signs in to a Camunda webapp.
 */
public final class Chromium {

  public static final File BINARY = new File("/usr/bin/chromium");
  private static final File DRIVER = new File("/usr/bin/chromedriver");

  private Chromium() {
  }

  /** True when the Debian packages are installed (tests assume it and are skipped otherwise). */
  public static boolean installed() {
    return BINARY.canExecute() && DRIVER.canExecute();
  }

  /** A headless browser with the window size ("1400,900") and language ("id-ID", "en-US"). */
  public static WebDriver start(String windowSize, String language) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.getPath());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=" + windowSize, "--lang=" + language);
    if (!language.startsWith("id")) {
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language + "," + language.substring(0, 2)));
    }
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort()
        .build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  /**
   * Makes a browser kept for the tests of a class as fresh as a new one for the site at {@code origin}
   * ("http://localhost:8080"): a blank page, no cookies (no session, no sign-in), no local or session
   * storage of that site (e.g. a language chosen). Starting Chromium costs seconds, forgetting milliseconds.
   */
  public static void forget(WebDriver driver, String origin) {
    driver.get("about:blank");
    ChromeDriver chrome = (ChromeDriver) driver;
    chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    chrome.executeCdpCommand("Storage.clearDataForOrigin",
        Map.of("origin", origin, "storageTypes", "all"));
  }

  /**
   * Signs in on the Camunda login page of the app at {@code appUrl} (Tasklist, Cockpit) with the demo
   * password (the user name) and waits for the app's header. A loaded machine may leave the app's first
   * load half done: then the page is loaded once more.
   */
  public static void logIn(WebDriver driver, String appUrl, String user) {
    driver.get(appUrl);
    By usernameField = By.cssSelector("input[ng-model='username']");
    WebElement username;
    try {
      username = new WebDriverWait(driver, Duration.ofSeconds(60))
          .until(ExpectedConditions.visibilityOfElementLocated(usernameField));
    } catch (TimeoutException slow) {
      driver.navigate().refresh();
      username = new WebDriverWait(driver, Duration.ofSeconds(120))
          .until(ExpectedConditions.visibilityOfElementLocated(usernameField));
    }
    username.sendKeys(user);
    driver.findElement(By.cssSelector("input[type=password]")).sendKeys(user);
    driver.findElement(By.cssSelector(".form-signin button[type=submit]")).click();
    java.util.function.Function<WebDriver, Boolean> signedIn = d -> d.findElements(
        By.cssSelector(".navbar-brand .brand-name")).stream().anyMatch(e -> e.isDisplayed() && !e.getText().isBlank());
    try {
      new WebDriverWait(driver, Duration.ofSeconds(60)).until(signedIn::apply);
    } catch (TimeoutException slow) {
      // a loaded machine (CI beside other builds): the session is there, the app's page once more
      driver.navigate().refresh();
      new WebDriverWait(driver, Duration.ofSeconds(120)).until(signedIn::apply);
    }
  }

  /** Keeps what the browser shows as {@code <folder>/<name>.png} (test output, looked at by people). */
  public static void screenshot(WebDriver driver, Path folder, String name) throws IOException {
    Files.createDirectories(folder);
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
