package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textMatches;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Signing in to the console and its session: the cookie's flags, the header without which the
 * cookie changes nothing, a wrong password and repeated guessing said on the page, and a session
 * that ends while the console is open.
 */
@SharedServer.On
class ConsoleSignInIT extends ConsoleSupport {

  @Test
  void sessionCookieIsHttpOnlyAndStrict() {
    signIn(account.email().value(), PASSWORD);
    wait.until(visibilityOfElementLocated(By.id("account-button")));

    Cookie cookie = browser.manage().getCookieNamed("ptk_session");
    assertThat(cookie.isHttpOnly()).isTrue();
    assertThat(cookie.getSameSite()).isEqualTo("Strict");
    assertThat(browser.executeScript("return document.cookie")).asString().doesNotContain("pts_");
  }

  @Test
  void theCookieAloneCantChangeAnything() {
    ApiClient api = new ApiClient(deployment);
    String json =
        "{\"email\":\"" + account.email().value() + "\",\"password\":\"" + PASSWORD + "\"}";
    HttpRequest.Builder signIn =
        HttpRequest.newBuilder(api.uri("api/session"))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(json));
    assertThat(api.send(signIn).errorCode()).isEqualTo("csrf.header_missing");

    signIn.header("X-Requested-With", "ptk-console");
    ApiClient.Answer wrong =
        api.send(
            HttpRequest.newBuilder(api.uri("api/session"))
                .header("Content-Type", "application/json")
                .header("X-Requested-With", "ptk-console")
                .POST(BodyPublishers.ofString(json.replace(PASSWORD, "not-the-password"))));
    assertThat(wrong.errorCode()).isEqualTo("auth.credentials.invalid");
    // No Basic challenge: it would make the browser pop up its own password dialog.
    assertThat(wrong.headers("WWW-Authenticate")).noneMatch(value -> value.startsWith("Basic"));

    ApiClient.Answer signedIn = api.send(signIn);
    assertThat(signedIn.status()).isEqualTo(201);
    assertThat(signedIn.body()).doesNotContain("pts_");
    String cookie = signedIn.header("Set-Cookie").orElseThrow().split(";")[0];
    assertThat(signedIn.header("Set-Cookie").orElseThrow())
        .contains("HttpOnly", "SameSite=Strict", "Path=/");

    ApiClient.Answer forged =
        api.send(
            HttpRequest.newBuilder(api.uri("api/iam/personal_tokens"))
                .header("Cookie", cookie)
                .header("Content-Type", "application/json")
                .POST(
                    BodyPublishers.ofString(
                        "{\"name\":\"forged\",\"expires_at\":\""
                            + LocalDate.now().plusDays(10)
                            + "\"}")));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.errorCode()).isEqualTo("csrf.header_missing");
    assertThat(tokensOf(account)).isZero();

    ApiClient.Answer read =
        api.send(HttpRequest.newBuilder(api.uri("api/user/me")).header("Cookie", cookie));
    assertThat(read.status()).isEqualTo(200);

    String personalToken = "ptk_" + "0".repeat(38);
    ApiClient.Answer personalInCookie =
        api.send(
            HttpRequest.newBuilder(api.uri("api/user/me"))
                .header("Cookie", "ptk_session=" + personalToken));
    assertThat(personalInCookie.status()).isEqualTo(401);
  }

  @Test
  void wrongPasswordIsSaidOnThePage() {
    signIn(account.email().value(), "not-the-password");

    wait.until(textToBe(By.id("signin-error"), "The email or the password is wrong."));
    assertThat(browser.findElements(By.cssSelector("#topbar:not([hidden])"))).isEmpty();
    // This server has no identity provider: the page offers none ("Sign in with undefined" did).
    assertThat(browser.findElement(By.id("signin-provider")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("signin-or")).isDisplayed()).isFalse();
  }

  @Test
  void guessingIsToldHowLongToWait() {
    for (int i = 0; i < 5; i++) {
      signIn(account.email().value(), "not-the-password");
      // The page empties the password once the answer is in: one attempt at a time.
      wait.until(
          driver -> driver.findElement(By.id("signin-password")).getAttribute("value").isEmpty());
      wait.until(textToBe(By.id("signin-error"), "The email or the password is wrong."));
      browser.findElement(By.id("signin-email")).clear();
    }

    signIn(account.email().value(), PASSWORD);

    // Counted down from the fifth failure: a second or two may have gone by on a busy machine.
    wait.until(
        textMatches(
            By.id("signin-error"),
            Pattern.compile(
                "Too many failed sign-ins from this address; try again in (30|2[0-9]) seconds\\.")));
    Browser.screenshot(browser, "28-sign-in-throttled-desktop");
  }

  @Test
  void anEndedSessionSendsBackToSignInFromAnyCall() {
    openTokensPage();
    click(By.id("add-token"));
    visible(By.id("token-name")).sendKeys("too late");
    // Ended elsewhere (signed out in another tab, expired): the dialog's own call finds out.
    browser.manage().deleteCookieNamed("ptk_session");
    click(By.id("add-submit"));

    wait.until(textToBe(By.id("signin-error"), "Your session has ended. Sign in again."));
    assertThat(browser.findElements(By.cssSelector("dialog[open]"))).isEmpty();
    assertThat(browser.findElement(By.id("topbar")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("tokens-view")).isDisplayed()).isFalse();

    browser.findElement(By.id("signin-email")).clear();
    signIn(account.email().value(), PASSWORD);
    visible(By.id("tokens-empty"));
    assertThat(tokensOf(account)).isZero();
  }
}
