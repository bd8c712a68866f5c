package dev.personaltokens.systemtests;

import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A class that drives a headless Chromium ({@link Browser}). The classes share one browser, and so
 * take turns with it: the first to run starts it, each next one begins in a new tab of it with no
 * cookie and the desktop's width (Browser.reset), and it is quit when the run ends ({@link
 * OnePerRun}) - a start costs more than a second of the two cores, fifteen times over.
 */
@ResourceLock(InBrowser.BROWSER)
@ExtendWith(InBrowser.OnePerRun.class)
abstract class InBrowser {

  static final String BROWSER = "the system tests' browser";

  static ChromeDriver browser;

  /**
   * Starts the browser for the run's first class and resets it for every next one. The root
   * context's store quits it when the run ends, as it stops the shared servers (SharedServer):
   * before the JVM's end, when the browser's profile directory is deleted.
   */
  static final class OnePerRun implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
        ExtensionContext.Namespace.create(InBrowser.class);

    @Override
    public void beforeAll(ExtensionContext context) {
      if (browser != null) {
        Browser.reset(browser);
        return;
      }
      ChromeDriver started = Browser.start();
      browser = started;
      AutoCloseable quit =
          () -> {
            browser = null;
            started.quit();
          };
      context.getRoot().getStore(NAMESPACE).put(ChromeDriver.class, quit);
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
