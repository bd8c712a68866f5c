package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's sign-in through a real OpenID provider, in Chromium: the provider's button instead
 * of the password form (PTK_PASSWORD_SIGN_IN=off), the provider's own login page, back in the
 * console signed in - an admin when the provider says so - and a failure said on the sign-in page
 * in a sentence.
 */
@SharedServer.Oidc
@ResourceLock(TestIdentityProvider.LOCK)
class ConsoleOidcIT extends InBrowser {

  private final URI server = SharedServer.oidcUrl();
  private final String email = "console-sso-" + UUID.randomUUID() + "@it.example.com";
  private WebDriverWait wait;

  @BeforeEach
  void openTheConsole() {
    browser.manage().window().setSize(Browser.DESKTOP);
    browser.get(server.toString());
    browser.manage().deleteAllCookies();
    browser.get(server.toString());
    wait = Browser.waiting(browser);
  }

  @AfterEach
  void noScriptFailed() {
    List<LogEntry> severe =
        errors().filter(entry -> ofTheConsoleAt(server.toString(), entry)).toList();
    assertThat(severe).as("browser console errors of the console").isEmpty();
  }

  @Test
  void signsInThroughTheProviderInsteadOfWithAPassword() {
    WebElement button = visible(By.id("signin-provider-link"));
    assertThat(button.getText()).isEqualTo("Sign in with " + TestIdentityProvider.NAME);
    assertThat(browser.findElement(By.id("signin-form")).isDisplayed()).isFalse();
    assertThat(browser.switchTo().activeElement()).isEqualTo(button);
    Browser.screenshot(browser, "80-sso-sign-in-desktop");

    button.click();
    visible(By.name("username"));
    Browser.screenshot(browser, "81-sso-provider-login-desktop");
    signInAtTheProvider(TestIdentityProvider.claims(email, true));

    wait.until(textToBe(By.id("account-email"), email));
    assertThat(browser.getCurrentUrl())
        .startsWith(server.toString())
        .doesNotContain("sign_in_error");
    assertThat(browser.findElement(By.id("menu-people-item")).isDisplayed()).isFalse();
    assertThat(browser.manage().getCookieNamed("ptk_session").getSameSite()).isEqualTo("Strict");
    assertThat(browser.manage().getCookieNamed("ptk_oidc_state")).isNull();
    Browser.screenshot(browser, "82-sso-signed-in-desktop");

    click(By.id("account-button"));
    click(By.id("menu-sign-out"));
    wait.until(textToBe(By.id("signin-provider-error"), "You are signed out."));
  }

  @Test
  void theProvidersAdminGroupOpensTheAdminPages() {
    click(By.id("signin-provider-link"));
    signInAtTheProvider(TestIdentityProvider.claims(email, true, TestIdentityProvider.ADMIN_GROUP));

    wait.until(textToBe(By.id("account-email"), email));
    click(By.id("account-button"));
    assertThat(visible(By.id("menu-people")).isDisplayed()).isTrue();
  }

  @Test
  void aSignInCancelledAtTheProviderIsSaidOnTheSignInPage() {
    click(By.id("signin-provider-link"));
    visible(By.name("username"));
    String state =
        URI.create(browser.getCurrentUrl()).getQuery().replaceAll(".*state=([^&]+).*", "$1");

    // What the provider does when the person declines: back with an error instead of a code.
    browser.get(server.resolve("api/oidc/callback?error=access_denied&state=" + state).toString());

    wait.until(
        textToBe(
            By.id("signin-provider-error"), "The sign-in was cancelled at the identity provider."));
    assertThat(browser.getCurrentUrl())
        .startsWith(server.toString())
        .doesNotContain("sign_in_error");
    assertThat(browser.manage().getCookieNamed("ptk_session")).isNull();
  }

  @Test
  void aForgedCallbackIsSaidOnTheSignInPageAndNotRepeatedOnReload() {
    browser.get(server.resolve("api/oidc/callback?state=forged&code=forged").toString());

    wait.until(
        textToBe(
            By.id("signin-provider-error"),
            "That sign-in could not be finished: it began in another browser, was used already or"
                + " took over ten minutes. Sign in again."));
    Browser.screenshot(browser, "83-sso-sign-in-failed-desktop");

    browser.navigate().refresh();
    visible(By.id("signin-provider-link"));
    wait.until(textToBe(By.id("signin-provider-error"), ""));
  }

  @Test
  void anUnverifiedEmailIsSaidOnThePhone() {
    browser.manage().window().setSize(Browser.PHONE);
    click(By.id("signin-provider-link"));
    signInAtTheProvider(TestIdentityProvider.claims(email, false));

    wait.until(
        textToBe(
            By.id("signin-provider-error"),
            "The identity provider does not say your email address is verified, so it cannot sign"
                + " you in here. Ask its administrator."));
    assertThat(
            (Boolean)
                browser.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth;"))
        .isTrue();
    Browser.screenshot(browser, "84-sso-email-unverified-phone");
  }

  /** On the provider's own login page: the person types who they are and what it says of them. */
  private void signInAtTheProvider(String claimsJson) {
    visible(By.name("username")).sendKeys("sub-" + email);
    browser.findElement(By.name("claims")).sendKeys(claimsJson);
    browser.findElement(By.cssSelector("input[type='submit']")).click();
  }

  private void click(By locator) {
    wait.until(elementToBeClickable(locator)).click();
  }

  private WebElement visible(By locator) {
    return wait.until(visibilityOfElementLocated(locator));
  }
}
