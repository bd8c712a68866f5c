package dev.personaltokens.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.chrome.ChromeDriver;

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
}
