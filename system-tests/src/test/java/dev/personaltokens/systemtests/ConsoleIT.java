package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import dev.personaltokens.application.port.out.TokenFixtures;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.TokenSecret;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web console in a real headless Chromium, against the built WAR on Payara Micro and MariaDB:
 * the user's story of PRODUCT.md click by click, with its labels. One browser and one server for
 * the class; each test signs in as an account of its own.
 */
@SharedServer.On
class ConsoleIT {

  static final String PASSWORD = "console-test-password";

  static ChromeDriver browser;

  final URL deployment = SharedServer.url();

  String base;
  Account account;
  WebDriverWait wait;

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
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(
                entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
            // Refusals the page expects and shows: a signed-out session, a throttled sign-in.
            .filter(entry -> !entry.getMessage().contains("401"))
            .filter(entry -> !entry.getMessage().contains("status of 429"))
            .toList();
    assertThat(severe).as("browser console errors (CSP violations, script errors)").isEmpty();
  }

  @Test
  void userStoryFromSignInToRevocation() {
    signIn(account.email().value(), PASSWORD);

    // 1. The account menu, top right, opens Personal Tokens.
    WebElement accountButton = wait.until(visibilityOfElementLocated(By.id("account-button")));
    assertThat(accountButton.getText()).contains(account.email().value());
    assertThat(accountButton.getLocation().getX()).isGreaterThan(Browser.DESKTOP.width / 2);
    accountButton.click();
    click(By.xpath("//ul[@id='account-menu']//a[normalize-space()='Personal Tokens']"));
    wait.until(visibilityOfElementLocated(By.id("tokens-title")));
    assertThat(visible(By.id("tokens-empty")).getText()).contains("No personal tokens yet");
    Browser.screenshot(browser, "1-empty-desktop");

    // 2. Add a personal token: name, expiry, description, Create Token.
    click(By.xpath("//button[normalize-space()='Add a personal token']"));
    WebElement name = visible(By.id("token-name"));
    assertThat(label("token-name")).isEqualTo("Personal Token name");
    assertThat(label("token-expires")).isEqualTo("Expires in");
    assertThat(label("token-description")).startsWith("Personal Token description");
    Select expiresIn = new Select(browser.findElement(By.id("token-expires")));
    assertThat(expiresIn.getOptions())
        .extracting(WebElement::getText)
        .containsExactly(
            "1 day", "7 days", "15 days", "30 days", "90 days", "1 year", "Custom date");
    assertThat(expiresIn.getFirstSelectedOption().getText()).isEqualTo("30 days");
    assertThat(label("token-scope")).isEqualTo("Scope");
    Select scope = new Select(browser.findElement(By.id("token-scope")));
    assertThat(scope.getOptions())
        .extracting(WebElement::getText)
        .containsExactly("Global", "Read-only");
    assertThat(scope.getFirstSelectedOption().getText()).isEqualTo("Global");
    name.sendKeys("deploy bot");
    expiresIn.selectByVisibleText("7 days");
    browser.findElement(By.id("token-description")).sendKeys("pushes releases");
    Browser.screenshot(browser, "2-add-desktop");
    Instant beforeCreate = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    click(By.xpath("//button[normalize-space()='Create Token']"));

    // 3. Shown once, masked; the eye reveals it, the copy icon copies it; then OK forgets it.
    WebElement secret = visible(By.id("created-token"));
    assertThat(secret.getAttribute("type")).isEqualTo("password");
    assertThat(visible(By.id("created-warning")).getText()).contains("will not be shown again");
    click(By.cssSelector("button[aria-label='Show token']"));
    wait.until(attributeToBe(secret, "type", "text"));
    String key = secret.getAttribute("value");
    assertThat(key).matches("ptk_[0-9A-Za-z]{38}");
    assertThat(TokenSecret.isWellFormed(key)).isTrue();
    Browser.screenshot(browser, "3-created-desktop");
    Browser.allowClipboard(
        browser, base.replaceAll("/+$", "").replaceAll("(https?://[^/]+).*", "$1"));
    click(By.cssSelector("button[aria-label='Copy token']"));
    wait.until(textToBe(By.id("copy-feedback"), "Copied to the clipboard."));
    Object clipboard =
        browser.executeAsyncScript(
            "const done = arguments[0]; navigator.clipboard.readText().then(done, () => done(null));");
    assertThat(clipboard).isEqualTo(key);
    click(By.xpath("//button[normalize-space()='OK']"));
    wait.until(invisibilityOfElementLocated(By.id("created-dialog")));
    assertThat(browser.findElement(By.id("created-token")).getAttribute("value")).isEmpty();
    assertThat(browser.getPageSource()).doesNotContain(key);

    // 4. The list: name, description, scope, last modified, expiration (and last used).
    WebElement row = visible(By.cssSelector("#tokens-body tr"));
    List<String> cells =
        row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    assertThat(cells.get(0)).isEqualTo("deploy bot");
    assertThat(cells.get(1)).isEqualTo("pushes releases");
    assertThat(cells.get(2)).isEqualTo("Global");
    assertThat(cells.get(3)).isNotBlank();
    assertThat(cells.get(5)).isEqualTo("Never");
    Instant listed = Instant.now();
    Instant modified = Instant.parse(dateTime(row, "last_modified"));
    assertThat(modified).isBetween(beforeCreate, listed);
    assertThat(Instant.parse(dateTime(row, "expires_at")))
        .isBetween(beforeCreate.plus(7, ChronoUnit.DAYS), listed.plus(7, ChronoUnit.DAYS));
    Browser.screenshot(browser, "4-list-desktop");

    // 5. The trash icon appears on hover (and on keyboard focus).
    WebElement trash = row.findElement(By.cssSelector("button.trash"));
    new Actions(browser).moveToElement(browser.findElement(By.id("tokens-title"))).perform();
    assertThat(trash.isDisplayed()).isFalse();
    new Actions(browser).moveToElement(row).perform();
    wait.until(driver -> trash.isDisplayed());
    assertThat(trash.getAttribute("aria-label")).isEqualTo("Delete token deploy bot");

    // 6. Delete works only once "delete" is typed; a message confirms it.
    trash.click();
    WebElement confirm = visible(By.id("delete-confirm"));
    WebElement delete = browser.findElement(By.xpath("//button[normalize-space()='Delete']"));
    assertThat(delete.isEnabled()).isFalse();
    confirm.sendKeys("delet");
    assertThat(delete.isEnabled()).isFalse();
    confirm.sendKeys("E");
    assertThat(delete.isEnabled()).isFalse();
    confirm.sendKeys(Keys.BACK_SPACE, "e");
    wait.until(driver -> delete.isEnabled());
    Browser.screenshot(browser, "5-delete-desktop");
    delete.click();
    wait.until(textToBe(By.id("tokens-message"), "Personal token \"deploy bot\" deleted."));
    assertThat(browser.findElements(By.cssSelector("#tokens-body tr"))).isEmpty();
    assertThat(visible(By.id("tokens-empty")).isDisplayed()).isTrue();
    assertThat(new ApiClient(deployment).get("api/user/me", key).status()).isEqualTo(401);

    // 7. Sign out from the same menu.
    click(By.id("account-button"));
    click(By.xpath("//button[normalize-space()='Sign out']"));
    wait.until(visibilityOfElementLocated(By.id("signin-form")));
    browser.navigate().refresh();
    wait.until(visibilityOfElementLocated(By.id("signin-form")));
  }

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

    wait.until(
        textToBe(
            By.id("signin-error"),
            "Too many failed sign-ins from this address; try again in 30 seconds."));
    Browser.screenshot(browser, "28-sign-in-throttled-desktop");
  }

  @Test
  void blankNameIsRefusedNextToTheField() {
    openTokensPage();
    click(By.id("add-token"));
    visible(By.id("token-name")).sendKeys("   ");
    click(By.id("add-submit"));

    assertThat(visible(By.id("token-name-error")).getText())
        .isEqualTo("Personal Token name is required.");
    assertThat(browser.findElement(By.id("token-name")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    Browser.screenshot(browser, "6-blank-name-desktop");
    assertThat(tokensOf(account)).isZero();
  }

  @Test
  void aReadOnlyTokenIsChosenInTheDialogAndShownAsSuch() {
    openTokensPage();
    click(By.id("add-token"));
    visible(By.id("token-name")).sendKeys("dashboards");
    new Select(browser.findElement(By.id("token-scope"))).selectByVisibleText("Read-only");
    Browser.screenshot(browser, "12-add-read-only-desktop");
    click(By.id("add-submit"));
    String key = visible(By.id("created-token")).getAttribute("value");
    click(By.id("created-ok"));

    WebElement row = visible(By.cssSelector("#tokens-body tr"));
    assertThat(row.findElement(By.cssSelector("td[data-field='scope']")).getText())
        .isEqualTo("Read-only");
    Browser.screenshot(browser, "13-read-only-list-desktop");
    ApiClient api = new ApiClient(deployment);
    ApiClient.Answer listed = api.get("api/iam/personal_tokens", key);
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.json().getJsonArray("results").getJsonObject(0).getString("scope"))
        .isEqualTo("read_only");
    ApiClient.Answer refused = api.postJson("api/iam/personal_tokens", key, "{\"name\":\"x\"}");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.errorCode()).isEqualTo("auth.scope.insufficient");
  }

  @Test
  void htmlInANameIsShownAsText() {
    String evil = "<img src=x onerror=alert(1)>";
    openTokensPage();
    click(By.id("add-token"));
    visible(By.id("token-name")).sendKeys(evil);
    browser.findElement(By.id("token-description")).sendKeys("<script>alert(2)</script>");
    click(By.id("add-submit"));
    click(By.id("created-ok"));

    WebElement row = visible(By.cssSelector("#tokens-body tr"));
    assertThat(row.findElement(By.cssSelector("td.name")).getText()).isEqualTo(evil);
    assertThat(browser.findElements(By.cssSelector("#tokens-body img, #tokens-body script")))
        .isEmpty();
    assertThat(alertIsOpen()).isFalse();
  }

  @Test
  void hundredsOfTokensArePagedAndLongTextKeepsTheLayout() {
    plantTokens(45, "x".repeat(100));
    openTokensPage();

    assertThat(visible(By.id("page-info")).getText()).isEqualTo("Page 1 of 3");
    assertThat(browser.findElements(By.cssSelector("#tokens-body tr"))).hasSize(20);
    assertThat(fitsTheWindow()).isTrue();
    Browser.screenshot(browser, "7-long-names-desktop");
    click(By.id("next-page"));
    wait.until(textToBe(By.id("page-info"), "Page 2 of 3"));
    click(By.id("next-page"));
    wait.until(textToBe(By.id("page-info"), "Page 3 of 3"));
    assertThat(browser.findElements(By.cssSelector("#tokens-body tr"))).hasSize(5);

    browser.manage().window().setSize(Browser.PHONE);
    assertThat(fitsTheWindow()).isTrue();
    Browser.screenshot(browser, "8-list-phone");
  }

  @Test
  void aPageThatFailsToLoadLeavesThePagerWhereItWas() {
    plantTokens(45, "x".repeat(100));
    openTokensPage();
    wait.until(textToBe(By.id("page-info"), "Page 1 of 3"));
    String first = firstRowName();

    failNextCall("page=2");
    click(By.id("next-page"));
    wait.until(
        textToBe(
            By.id("tokens-message"),
            "The server can't be reached. Check your connection and try again."));
    assertThat(browser.findElement(By.id("page-info")).getText()).isEqualTo("Page 1 of 3");
    assertThat(firstRowName()).isEqualTo(first);

    // Had the failed load moved the pager, this would be page 3.
    click(By.id("next-page"));
    wait.until(textToBe(By.id("page-info"), "Page 2 of 3"));
    assertThat(firstRowName()).isNotEqualTo(first);
    assertThat(browser.findElement(By.id("tokens-message")).getText()).isEmpty();
  }

  @Test
  void aSlowAnswerToAnEarlierLoadCantOverwriteALaterOne() {
    plantTokens(45, "x".repeat(100));
    openTokensPage();
    wait.until(textToBe(By.id("page-info"), "Page 1 of 3"));

    holdBackNextCall("page=2");
    click(By.id("next-page"));
    click(By.id("add-token"));
    visible(By.id("token-name")).sendKeys("newest");
    click(By.id("add-submit"));
    click(By.id("created-ok"));
    wait.until(textToBe(By.cssSelector("#tokens-body tr td.name"), "newest"));
    releaseHeldBackCall();

    assertThat(browser.findElement(By.id("page-info")).getText()).isEqualTo("Page 1 of 3");
    assertThat(firstRowName()).isEqualTo("newest");
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

  // --- beyond Azion: search, custom date, rotate, revoke all ---

  @Test
  void theSearchBoxFiltersOnTheServerFromPageOne() {
    plantTokens(45, "searchable ".repeat(9) + "x".repeat(7));
    TestDatabase.plant(
        TokenFixtures.token(
            account.id(), "the deploy bot", "ships", Instant.now().minusSeconds(60)));
    openTokensPage();
    click(By.id("next-page"));
    wait.until(textToBe(By.id("page-info"), "Page 2 of 3"));

    browser.findElement(By.id("tokens-search")).sendKeys("DEPLOY");

    wait.until(driver -> "the deploy bot".equals(firstRowName()));
    assertThat(browser.findElements(By.cssSelector("#tokens-body tr"))).hasSize(1);
    assertThat(browser.findElement(By.id("pager")).isDisplayed()).isFalse();
    Browser.screenshot(browser, "20-search-desktop");
    WebElement search = browser.findElement(By.id("tokens-search"));
    search.sendKeys(Keys.chord(Keys.CONTROL, "a"), "no such token");
    WebElement noMatch = visible(By.id("tokens-no-match"));
    assertThat(noMatch.getText()).contains("No personal token matches").contains("no such token");
    assertThat(browser.findElement(By.id("tokens-empty")).isDisplayed()).isFalse();
    Browser.screenshot(browser, "21-search-no-match-desktop");
    search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    wait.until(textToBe(By.id("page-info"), "Page 1 of 3"));
  }

  @Test
  void aCustomDateIsBoundedByTomorrowAndTheMaximumAndSetsTheExpiry() {
    openTokensPage();
    click(By.id("add-token"));
    visible(By.id("token-name")).sendKeys("until a date");
    new Select(browser.findElement(By.id("token-expires"))).selectByVisibleText("Custom date");
    WebElement date = visible(By.id("token-expires-date"));
    LocalDate today = LocalDate.now(); // the browser runs in this machine's time zone
    assertThat(date.getAttribute("min")).isEqualTo(today.plusDays(1).toString());
    assertThat(date.getAttribute("max")).isEqualTo(today.plusDays(365).toString());
    assertThat(label("token-expires-date")).isEqualTo("Expiration date");

    click(By.id("add-submit"));
    assertThat(visible(By.id("token-expires-error")).getText()).startsWith("Choose a date from");
    assertThat(tokensOf(account)).isZero();
    String chosen = today.plusDays(10).toString();
    // A date input's typed form depends on the browser's locale; its value is the ISO date.
    browser.executeScript("arguments[0].value = arguments[1];", date, chosen);
    Browser.screenshot(browser, "22-custom-date-desktop");
    click(By.id("add-submit"));
    visible(By.id("created-token"));
    click(By.id("created-ok"));

    WebElement row = visible(By.cssSelector("#tokens-body tr"));
    assertThat(Instant.parse(dateTime(row, "expires_at")))
        .isEqualTo(LocalDate.parse(chosen).atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  @Test
  void rotatingARowShowsTheNewKeyOnceAndTheOldOneStops() {
    openTokensPage();
    click(By.id("add-token"));
    visible(By.id("token-name")).sendKeys("rotated by hand");
    click(By.id("add-submit"));
    String oldKey = visible(By.id("created-token")).getAttribute("value");
    click(By.id("created-ok"));
    WebElement row = visible(By.cssSelector("#tokens-body tr"));
    new Actions(browser).moveToElement(row).perform();
    WebElement rotate = row.findElement(By.cssSelector("button.rotate"));
    wait.until(driver -> rotate.isDisplayed());
    assertThat(rotate.getAttribute("aria-label")).isEqualTo("Rotate token rotated by hand");

    rotate.click();
    assertThat(visible(By.id("rotate-name")).getText()).isEqualTo("rotated by hand");
    Browser.screenshot(browser, "23-rotate-desktop");
    click(By.id("rotate-submit"));
    String newKey = visible(By.id("created-token")).getAttribute("value");
    click(By.id("created-ok"));

    wait.until(
        textToBe(
            By.id("tokens-message"),
            "Personal token \"rotated by hand\" rotated: the old token no longer works."));
    assertThat(newKey).startsWith("ptk_").isNotEqualTo(oldKey);
    assertThat(browser.getPageSource()).doesNotContain(newKey);
    assertThat(browser.findElements(By.cssSelector("#tokens-body tr"))).hasSize(1);
    ApiClient api = new ApiClient(deployment);
    assertThat(api.get("api/user/me", oldKey).errorCode()).isEqualTo("auth.token.rotated");
    assertThat(api.get("api/user/me", newKey).status()).isEqualTo(200);
  }

  @Test
  void revokeAllAsksForTheTypedWordAndNamesTheCount() {
    plantTokens(3, "x".repeat(100));
    openTokensPage();
    visible(By.cssSelector("#tokens-body tr"));

    click(By.id("revoke-all"));
    assertThat(visible(By.id("delete-title")).getText()).isEqualTo("Delete all personal tokens");
    WebElement deleteAll = browser.findElement(By.id("delete-submit"));
    assertThat(deleteAll.getText()).isEqualTo("Delete all");
    assertThat(deleteAll.isEnabled()).isFalse();
    browser.findElement(By.id("delete-confirm")).sendKeys("delete");
    wait.until(driver -> deleteAll.isEnabled());
    Browser.screenshot(browser, "24-revoke-all-desktop");
    deleteAll.click();

    wait.until(textToBe(By.id("tokens-message"), "All personal tokens deleted: 3 tokens revoked."));
    assertThat(visible(By.id("tokens-empty")).isDisplayed()).isTrue();
    assertThat(tokensOf(account)).isZero();
    Browser.screenshot(browser, "25-revoked-all-desktop");
  }

  @Test
  void theSecurityLogShowsWhatHappenedInWordsAndFilters() {
    signIn(account.email().value(), "not the password at all");
    wait.until(textToBe(By.id("signin-error"), "The email or the password is wrong."));
    browser.findElement(By.id("signin-email")).clear();
    browser.findElement(By.id("signin-password")).clear();
    openTokensPage();
    click(By.id("add-token"));
    visible(By.id("token-name")).sendKeys("logged");
    click(By.id("add-submit"));
    visible(By.id("created-token"));
    click(By.id("created-ok"));

    click(By.id("account-button"));
    click(By.id("menu-security-log"));
    wait.until(driver -> browser.findElements(By.cssSelector("#log-body tr")).size() == 3);

    List<WebElement> rows = browser.findElements(By.cssSelector("#log-body tr"));
    assertThat(cellOf(rows.get(0), "type")).isEqualTo("Token created");
    assertThat(cellOf(rows.get(0), "token")).startsWith("logged (ptk_...");
    assertThat(cellOf(rows.get(1), "type")).isEqualTo("Signed in");
    assertThat(cellOf(rows.get(2), "type")).isEqualTo("Wrong password");
    assertThat(cellOf(rows.get(2), "ip")).isIn("127.0.0.1", "::1"); // localhost
    assertThat(cellOf(rows.get(2), "user_agent")).contains("Chrome");
    assertThat(rows.get(0).findElement(By.cssSelector("time")).getAttribute("datetime"))
        .endsWith("Z");
    Browser.screenshot(browser, "26-security-log-desktop");

    new Select(browser.findElement(By.id("log-type"))).selectByVisibleText("Wrong password");
    wait.until(driver -> browser.findElements(By.cssSelector("#log-body tr")).size() == 1);
    new Select(browser.findElement(By.id("log-type"))).selectByVisibleText("Password reset");
    visible(By.id("log-empty"));
    Browser.screenshot(browser, "27-security-log-empty-desktop");
  }

  private static String cellOf(WebElement row, String field) {
    return row.findElement(By.cssSelector("td[data-field='" + field + "']")).getText();
  }

  @Test
  void everyStepWorksFromTheKeyboard() {
    plantTokens(1, "keyboard");
    signIn(account.email().value(), PASSWORD);
    wait.until(visibilityOfElementLocated(By.id("account-button"))).sendKeys(Keys.ENTER);
    wait.until(driver -> browser.switchTo().activeElement().getText().equals("Personal Tokens"));
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    visible(By.id("tokens-body"));

    // Tab from the add button reaches the search box, then the row's rotate and trash icons,
    // which show on focus.
    WebElement row = visible(By.cssSelector("#tokens-body tr"));
    WebElement rotate = row.findElement(By.cssSelector(".rotate"));
    WebElement trash = row.findElement(By.cssSelector(".trash"));
    browser.findElement(By.id("add-token")).sendKeys(Keys.TAB);
    wait.until(
        driver -> browser.switchTo().activeElement().getAttribute("id").equals("tokens-search"));
    browser.switchTo().activeElement().sendKeys(Keys.TAB);
    wait.until(driver -> browser.switchTo().activeElement().equals(rotate));
    assertThat(rotate.isDisplayed()).isTrue();
    rotate.sendKeys(Keys.TAB);
    wait.until(driver -> browser.switchTo().activeElement().equals(trash));
    assertThat(trash.isDisplayed()).isTrue();
    trash.sendKeys(Keys.ENTER);
    visible(By.id("delete-confirm")).sendKeys("delete", Keys.ENTER);
    wait.until(textToBe(By.id("tokens-message"), "Personal token \"keyboard\" deleted."));
  }

  @Test
  void phoneWidthShowsTheWholeStory() {
    browser.manage().window().setSize(Browser.PHONE);
    Browser.screenshot(browser, "9-signin-phone");
    openTokensPage();
    click(By.id("add-token"));
    visible(By.id("token-name")).sendKeys("phone");
    click(By.id("add-submit"));
    visible(By.id("created-token"));
    Browser.screenshot(browser, "10-created-phone");
    click(By.id("created-ok"));
    visible(By.cssSelector("#tokens-body tr"));
    assertThat(fitsTheWindow()).isTrue();
    Browser.screenshot(browser, "11-list-phone");
  }

  // --- helpers ---

  private void signIn(String email, String password) {
    visible(By.id("signin-email")).sendKeys(email);
    browser.findElement(By.id("signin-password")).sendKeys(password);
    click(By.xpath("//button[normalize-space()='Sign in']"));
  }

  private void openTokensPage() {
    signIn(account.email().value(), PASSWORD);
    click(By.id("account-button"));
    click(By.id("menu-personal-tokens"));
    visible(By.id("tokens-title"));
  }

  private void click(By locator) {
    wait.until(elementToBeClickable(locator)).click();
  }

  private WebElement visible(By locator) {
    return wait.until(visibilityOfElementLocated(locator));
  }

  /** The instant a row's cell shows, as its {@code <time datetime>} holds it. */
  private static String dateTime(WebElement row, String field) {
    return row.findElement(By.cssSelector("td[data-field='" + field + "'] time"))
        .getAttribute("datetime");
  }

  private String label(String id) {
    return browser.findElement(By.cssSelector("label[for='" + id + "']")).getText();
  }

  private String firstRowName() {
    return browser.findElement(By.cssSelector("#tokens-body tr td.name")).getText();
  }

  /** The page's next call to a URL containing {@code part} fails as an unreachable server would. */
  private void failNextCall(String part) {
    browser.executeScript(
        """
        const part = arguments[0];
        const realFetch = window.fetch;
        window.fetch = (url, init) => {
          if (!String(url).includes(part)) {
            return realFetch(url, init);
          }
          window.fetch = realFetch;
          return Promise.reject(new TypeError('Failed to fetch'));
        };
        """,
        part);
  }

  /**
   * The page's next call to a URL containing {@code part} is answered only once {@link
   * #releaseHeldBackCall()} is called, after any call made in between: a slow network.
   */
  private void holdBackNextCall(String part) {
    browser.executeScript(
        """
        const part = arguments[0];
        const realFetch = window.fetch;
        let release;
        let handled;
        window.heldBack = {
          released: new Promise((resolve) => { release = resolve; }),
          handled: new Promise((resolve) => { handled = resolve; }),
        };
        window.heldBack.release = release;
        window.fetch = async (url, init) => {
          if (!String(url).includes(part)) {
            return realFetch(url, init);
          }
          window.fetch = realFetch;
          await window.heldBack.released;
          const answer = await realFetch(url, init);
          const json = answer.json.bind(answer);
          // The page reads the body, then handles it in promise callbacks only: a timer set once
          // the body is read runs after all of them.
          answer.json = () => json().finally(() => setTimeout(handled, 0));
          return answer;
        };
        """,
        part);
  }

  /** Lets the held-back call be answered and waits until the page has handled the answer. */
  private void releaseHeldBackCall() {
    browser.executeAsyncScript(
        "const done = arguments[0]; window.heldBack.release(); window.heldBack.handled.then(done);");
  }

  private boolean fitsTheWindow() {
    return (Boolean)
        browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
  }

  private boolean alertIsOpen() {
    try {
      browser.switchTo().alert();
      return true;
    } catch (NoAlertPresentException e) {
      return false;
    }
  }

  private void plantTokens(int count, String name) {
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

  private static long tokensOf(Account account) {
    return TestDatabase.withTokens(
        tokens ->
            tokens
                .findUnrevoked(account.id(), "", new dev.personaltokens.domain.PageRequest(1, 1))
                .total());
  }
}
