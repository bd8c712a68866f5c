package dev.personaltokens.systemtests;

import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A class that drives a headless Chromium ({@link Browser}). The classes share one browser, and so
 * take turns with it: the first to run starts it, each next one begins in a new tab of it with no
 * cookie and the desktop's width (Browser.reset), and it is quit when the run ends ({@link
 * QuitAtTheEnd}) - a start costs more than a second of the two cores, fifteen times over.
 */
@ResourceLock(InBrowser.BROWSER)
abstract class InBrowser {

  static final String BROWSER = "the system tests' browser";

  static ChromeDriver browser;

  @BeforeAll
  static void aFreshBrowser() {
    if (browser == null) {
      browser = Browser.start();
    } else {
      Browser.reset(browser);
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

  /**
   * Quits the browser when the run's plan ends (a launcher listener, META-INF/services) - before
   * the JVM's end, when its profile directory is deleted. A class may run a plan of its own
   * (GaleraContractsIT), whose end is not the run's.
   */
  public static final class QuitAtTheEnd implements TestExecutionListener {

    private static volatile TestPlan run;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
      if (run == null) {
        run = plan;
      }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
      if (plan == run && browser != null) {
        browser.quit();
        browser = null;
      }
    }
  }
}
