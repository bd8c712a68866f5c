package dev.personaltokens.systemtests;

import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A class that drives a headless Chromium ({@link Browser}): one browser for each class, quit when
 * the class ends. The classes share {@link #browser} and so take turns with it: one at a time.
 */
@ResourceLock(InBrowser.BROWSER)
abstract class InBrowser {

  static final String BROWSER = "the system tests' browser";

  static ChromeDriver browser;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /**
   * The errors the browser logged since they were last read (reading empties its log), but for the
   * 401 a signed-out page gets when it asks who is signed in.
   */
  static Stream<LogEntry> errors() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .filter(entry -> !entry.getMessage().contains("401"));
  }

  /**
   * Whether {@code entry} is the console's at {@code server}, not a page of the identity provider
   * (whose web fonts are on the internet, out of reach here).
   */
  static boolean ofTheConsoleAt(String server, LogEntry entry) {
    return !entry.getMessage().startsWith("http") || entry.getMessage().startsWith(server);
  }
}
