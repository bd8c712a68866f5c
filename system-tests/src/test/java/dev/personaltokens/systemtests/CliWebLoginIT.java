package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code ptk login} on a server that signs in through its identity provider only: the shaded jar
 * prints the console's page and a code and polls; Chromium opens the page, signs in at the real
 * OpenID provider (mock-oauth2-server), comes back to the page, shows the same code and the
 * machine, and approves or denies; the jar then stores the machine's token, or stops in one line.
 */
@SharedServer.Oidc
@ResourceLock(TestIdentityProvider.LOCK)
class CliWebLoginIT extends InBrowser {

  private static final Pattern PAGE = Pattern.compile("(http\\S+#/cli-login/(\\S+))");
  private static final Pattern CODE = Pattern.compile("the code ([A-Z]{4}-[A-Z]{4})");

  private final String server = SharedServer.oidcUrl().toString().replaceAll("/$", "");
  private final String email = "cli-web-" + UUID.randomUUID() + "@it.example.com";
  @TempDir Path home;
  private Ptk ptk;
  private WebDriverWait wait;

  @BeforeEach
  void signedOutBrowserAndAHome() {
    ptk = new Ptk(server, home);
    browser.manage().window().setSize(Browser.DESKTOP);
    browser.get(server + "/");
    browser.manage().deleteAllCookies();
    wait = Browser.waiting(browser);
  }

  @AfterEach
  void noScriptFailed() {
    List<LogEntry> severe =
        errors()
            // A code that waits no more: the page says so, in the server's words.
            .filter(entry -> !entry.getMessage().matches(".*/api/cli/login/code/\\S+ .* 404 .*"))
            .filter(entry -> ofTheConsoleAt(server, entry))
            .toList();
    assertThat(severe).as("browser console errors of the console").isEmpty();
  }

  @Test
  void theJarSignsInThroughTheBrowserAndTheProviderAndKeepsTheMachinesToken() throws Exception {
    Ptk.Running login = ptk.jarRunning("login");
    String printed = Eventually.until(login::out, out -> PAGE.matcher(out).find());
    String page = group(PAGE, printed);
    String code = group(CODE, printed);

    browser.get(page);
    click(By.id("signin-provider-link"));
    signInAtTheProvider();
    WebElement shown = wait.until(visibilityOfElementLocated(By.id("cli-login-code")));
    assertThat(browser.getCurrentUrl()).isEqualTo(page).doesNotContain("sign_in_error");
    assertThat(shown.getText()).isEqualTo(code);
    assertThat(browser.findElement(By.id("cli-login-machine")).getText()).contains("@");
    assertThat(browser.switchTo().activeElement().getAttribute("id"))
        .isEqualTo("cli-login-approve");
    Browser.screenshot(browser, "86-cli-login-approve-desktop");
    click(By.id("cli-login-approve"));
    wait.until(
        textToBePresentInElementLocated(By.id("cli-login-notice"), "Go back to your terminal"));
    Browser.screenshot(browser, "87-cli-login-approved-desktop");

    Run done = login.finish();
    assertThat(done.exitCode()).as(done.toString()).isZero();
    assertThat(done.out())
        .contains("Signed in to " + server + " as " + email + ".")
        .contains("Created a personal token for this machine, expiring ")
        .contains("(readable by you only).");
    assertThat(done.err()).doesNotContain("Exception");
    Path config = home.resolve(".config/ptk/config.json");
    assertThat(Files.readString(config)).contains("\"token_id\"").doesNotContain("ptd_");

    Run listed = ptk.jar("", "tokens", "list");
    Run audit = ptk.jar("", "audit", "--type", "token.created");
    assertThat(listed.exitCode()).as(listed.toString()).isZero();
    assertThat(listed.out()).contains("ptk CLI ");
    assertThat(audit.out()).contains("Token created").contains("ptk CLI ").contains("ptk-cli");

    // The page again, the login collected: nothing waits under the code any more.
    browser.get(page);
    browser.navigate().refresh();
    wait.until(textToBePresentInElementLocated(By.id("cli-login-error"), "No login waits"));
    assertThat(browser.findElement(By.id("cli-login-request")).isDisplayed()).isFalse();
  }

  @Test
  void aLoginDeniedInTheBrowserStopsTheJarInOneLine() throws Exception {
    Ptk.Running login = ptk.jarRunning("login", "--web");
    String printed = Eventually.until(login::out, out -> PAGE.matcher(out).find());

    browser.manage().window().setSize(Browser.PHONE);
    browser.get(group(PAGE, printed));
    click(By.id("signin-provider-link"));
    signInAtTheProvider();
    wait.until(visibilityOfElementLocated(By.id("cli-login-code")));
    assertThat(
            (Boolean)
                browser.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth;"))
        .isTrue();
    Browser.screenshot(browser, "88-cli-login-phone");
    click(By.id("cli-login-deny"));
    wait.until(textToBePresentInElementLocated(By.id("cli-login-notice"), "Denied."));

    Run done = login.finish();
    assertThat(done.exitCode()).isEqualTo(1);
    assertThat(done.err().strip())
        .isEqualTo("ptk: the login was denied in the browser; nothing was stored");
    assertThat(home.resolve(".config/ptk/config.json")).doesNotExist();
  }

  private static String group(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    assertThat(matcher.find()).as(text).isTrue();
    return matcher.group(1);
  }

  /** On the provider's own login page: the person says who they are, a verified email. */
  private void signInAtTheProvider() {
    wait.until(visibilityOfElementLocated(By.name("username"))).sendKeys("sub-" + email);
    browser.findElement(By.name("claims")).sendKeys(TestIdentityProvider.claims(email, true));
    browser.findElement(By.cssSelector("input[type='submit']")).click();
  }

  private void click(By locator) {
    wait.until(elementToBeClickable(locator)).click();
  }
}
