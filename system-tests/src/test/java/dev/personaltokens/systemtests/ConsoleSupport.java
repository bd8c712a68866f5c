package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import dev.personaltokens.application.port.out.TokenFixtures;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.token.PersonalToken;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web console in a real headless Chromium, against the built WAR on Payara Micro and MariaDB:
 * what its topic classes ({@code Console*IT}) share. Each test signs in as an account of its own,
 * and leaves no script error or CSP violation in the browser's console. Each subclass is annotated
 * {@link SharedServer.On}.
 */
abstract class ConsoleSupport extends InBrowser {

  static final String PASSWORD = "console-test-password";

  final URL deployment = SharedServer.url();

  String base;
  Account account;
  WebDriverWait wait;

  @BeforeEach
  void openTheConsole() throws Exception {
    // localhost, not the host's address: the clipboard API wants a secure context.
    URI uri = deployment.toURI();
    base = new URI("http", null, "localhost", uri.getPort(), uri.getPath(), null, null).toString();
    browser.manage().window().setSize(Browser.DESKTOP);
    browser.get(base);
    browser.manage().deleteAllCookies();
    browser.get(base);
    wait = Browser.waiting(browser);
    account = TestDatabase.newAccount(PASSWORD);
  }

  @AfterEach
  void noScriptWasBlockedOrFailed() {
    List<LogEntry> severe =
        errors()
            // A refusal the page expects and shows: a throttled sign-in.
            .filter(entry -> !entry.getMessage().contains("status of 429"))
            .toList();
    assertThat(severe).as("browser console errors (CSP violations, script errors)").isEmpty();
  }

  void signIn(String email, String password) {
    visible(By.id("signin-email")).sendKeys(email);
    browser.findElement(By.id("signin-password")).sendKeys(password);
    click(By.xpath("//button[normalize-space()='Sign in']"));
  }

  void signOut() {
    click(By.id("account-button"));
    click(By.id("menu-sign-out"));
    visible(By.id("signin-form"));
  }

  void openTokensPage() {
    signIn(account.email().value(), PASSWORD);
    click(By.id("account-button"));
    click(By.id("menu-personal-tokens"));
    visible(By.id("tokens-title"));
  }

  void click(By locator) {
    wait.until(elementToBeClickable(locator)).click();
  }

  WebElement visible(By locator) {
    return wait.until(visibilityOfElementLocated(locator));
  }

  /** The instant a row's cell shows, as its {@code <time datetime>} holds it. */
  static String dateTime(WebElement row, String field) {
    return row.findElement(By.cssSelector("td[data-field='" + field + "'] time"))
        .getAttribute("datetime");
  }

  String label(String id) {
    return browser.findElement(By.cssSelector("label[for='" + id + "']")).getText();
  }

  /** The browser logged the refusal the page just showed, no other error; read, it is not kept. */
  void refusedWith(int status) {
    assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
        .filteredOn(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .filteredOn(entry -> !entry.getMessage().contains("status of 401")) // signed out earlier
        .allMatch(entry -> entry.getMessage().contains("status of " + status));
  }

  boolean fitsTheWindow() {
    return (Boolean)
        browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
  }

  void plantTokens(int count, String name) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    TestDatabase.plant(
        IntStream.range(0, count)
            .mapToObj(
                i ->
                    TokenFixtures.token(
                        account.id(),
                        count == 1 ? name : name.substring(0, 96) + i,
                        "y".repeat(255),
                        now.plusMillis(i)))
            .toArray(PersonalToken[]::new));
  }

  static long tokensOf(Account account) {
    return TestDatabase.withTokens(
        tokens ->
            tokens
                .findUnrevoked(account.id(), "", new dev.personaltokens.domain.PageRequest(1, 1))
                .total());
  }
}
