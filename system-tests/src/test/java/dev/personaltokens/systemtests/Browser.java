package dev.personaltokens.systemtests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its own chromedriver (no download: Selenium Manager is
 * never asked). Where Chromium is not installed the browser tests are skipped and say so; under CI
 * they fail instead, since .ci/run installs it.
 */
final class Browser {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Dimension DESKTOP = new Dimension(1280, 900);
  static final Dimension PHONE = new Dimension(390, 844);

  private Browser() {}

  static ChromeDriver start() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && System.getenv("CI") != null) {
      throw new IllegalStateException(
          "CI must run the browser tests: install chromium chromium-driver");
    }
    Assumptions.assumeTrue(
        installed, "Chromium is not installed (apt-get install chromium chromium-driver): skipped");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + userDataDir(),
        "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            // One of the run's ports: Selenium's own choice is a random port below the ephemeral
            // range, where the run's ports are - one given to a process not yet listening.
            .usingPort(port())
            .build();
    return new ChromeDriver(service, options);
  }

  private static int port() {
    try {
      return LoopbackPort.free();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The browser as a class finds it new: one new tab (the old one closed, and its session storage
   * with it), no cookie of any site, the desktop's size, and nothing left in its log.
   */
  static void reset(ChromeDriver browser) {
    String old = browser.getWindowHandle();
    browser.switchTo().newWindow(WindowType.TAB);
    String fresh = browser.getWindowHandle();
    browser.switchTo().window(old).close();
    browser.switchTo().window(fresh);
    browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    browser.manage().window().setSize(DESKTOP);
    browser.manage().logs().get(LogType.BROWSER);
  }

  /** Lets the page write to (and the test read from) the clipboard, as a user's click would. */
  static void allowClipboard(ChromeDriver browser, String origin) {
    browser.executeCdpCommand(
        "Browser.grantPermissions",
        Map.of(
            "origin",
            origin,
            "permissions",
            List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
  }

  /**
   * Waits up to 10 s, asking every 50 ms: Selenium's default of every 500 ms made each wait for a
   * page's answer take half a second whenever the first look came too soon, and the console classes
   * wait some 120 times, one class after another.
   */
  static WebDriverWait waiting(ChromeDriver browser) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(50));
    // A condition that reads an element the page is replacing that moment (a list drawn anew
    // after a search) finds it gone: not yet, as for one not there yet - look again next time.
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** Saves a screenshot under target/screenshots, for people to look at. */
  static void screenshot(ChromeDriver browser, String name) {
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target", "screenshots", name + ".png");
    try {
      Files.createDirectories(target.getParent());
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String userDataDir() {
    return TempDirs.deletedAtExit("ptk-chromium").toString();
  }
}
