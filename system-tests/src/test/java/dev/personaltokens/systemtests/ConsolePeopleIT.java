package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf;
import static org.openqa.selenium.support.ui.ExpectedConditions.textMatches;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The People page of the console, an admin's: adding a person, whose mailed one-time link opens the
 * Set your password page; their row's buttons, deactivation ending their tokens and sessions at
 * once; a member who is never offered the page; the page and its dialogs at phone width.
 */
@SharedServer.On
class ConsolePeopleIT extends ConsoleSupport {

  static final String THEIR_PASSWORD = "a passphrase set in the console";
  static final Pattern LINK = Pattern.compile("#/password/(ptl_[0-9A-Za-z]{38})");

  @Test
  void anAddedPersonSetsTheirPasswordFromTheMailedLinkAndSignsIn() throws InterruptedException {
    String email = "console-added-" + UUID.randomUUID() + "@it.example.com";
    openPeoplePageAsAdmin();
    assertThat(fitsTheWindow()).isTrue();
    Browser.screenshot(browser, "29-people-desktop");

    addPerson(email, "30-add-person-desktop", "31-person-added-desktop");
    assertThat(rowOf(email).findElements(By.tagName("td")))
        .extracting(WebElement::getText)
        .containsSequence(email, "Member", "Active")
        .contains("Never", "0");

    String secret = mailedSecret(email);
    NoSecretInTheSecurityLog.password(THEIR_PASSWORD);
    signOut();
    browser.get(base + "#/password/" + secret);
    visible(By.id("password-title"));
    assertThat(browser.findElement(By.id("topbar")).isDisplayed()).isFalse();
    browser.findElement(By.id("new-password")).sendKeys(THEIR_PASSWORD);
    browser.findElement(By.id("new-password-again")).sendKeys(THEIR_PASSWORD + "!");
    click(By.id("password-submit"));
    wait.until(
        textToBe(By.id("password-error"), "The two passwords differ. Type the same one twice."));
    browser.findElement(By.id("new-password-again")).sendKeys(THEIR_PASSWORD);
    Browser.screenshot(browser, "32-set-password-desktop");
    click(By.id("password-submit"));

    wait.until(textToBe(By.id("signin-notice"), "Your password is set. Sign in with it."));
    assertThat(browser.getCurrentUrl()).doesNotContain(secret).doesNotContain("#/password");
    assertThat(browser.getPageSource()).doesNotContain(secret);
    Browser.screenshot(browser, "33-password-set-desktop");
    signIn(email, THEIR_PASSWORD);
    visible(By.id("home-title"));
    click(By.id("account-button"));
    assertThat(visible(By.id("menu-security-log")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("menu-people")).isDisplayed()).isFalse();

    // The link worked once: used again, the page says why not, in the server's words.
    browser.get(base + "#/password/" + secret);
    visible(By.id("new-password")).sendKeys(THEIR_PASSWORD);
    browser.findElement(By.id("new-password-again")).sendKeys(THEIR_PASSWORD);
    click(By.id("password-submit"));
    wait.until(
        textMatches(By.id("password-error"), Pattern.compile("^This link does not work: .+\\.$")));
    refusedWith(400);
    Browser.screenshot(browser, "34-set-password-used-link-desktop");
  }

  @Test
  void deactivatingARowEndsTheirTokensAndSessionsAtOnce() throws InterruptedException {
    String email = "console-leaver-" + UUID.randomUUID() + "@it.example.com";
    openPeoplePageAsAdmin();
    addPerson(email);
    ApiClient api = new ApiClient(deployment);
    NoSecretInTheSecurityLog.password(THEIR_PASSWORD);
    String setPassword = "{\"link_token\":\"%s\",\"new_password\":\"%s\"}";
    String secret = mailedSecret(email);
    assertThat(
            api.postJson("api/user/password", null, setPassword.formatted(secret, THEIR_PASSWORD)))
        .returns(204, ApiClient.Answer::status);
    String theirs = api.sessionOf(email, THEIR_PASSWORD);
    String laptop = "{\"name\":\"laptop\",\"expires_at\":\"" + LocalDate.now().plusDays(30) + "\"}";
    String key = api.postJson("api/iam/personal_tokens", theirs, laptop).json().getString("key");
    WebElement row = rowOf(email);
    new Select(browser.findElement(By.id("people-status"))).selectByVisibleText("Active");
    wait.until(stalenessOf(row));
    row = rowOf(email);
    assertThat(cell(row, "live_tokens")).isEqualTo("1");
    assertThat(cell(row, "last_sign_in_at")).isNotEqualTo("Never");

    rowButton(email, "Make admin").click();
    wait.until(textToBe(By.id("people-message"), email + " is now an admin."));
    assertThat(cell(rowOf(email), "role")).isEqualTo("Admin");
    rowButton(email, "Make member").click();
    wait.until(textToBe(By.id("people-message"), email + " is now a member."));
    rowButton(email, "Send password link").click();
    assertThat(visible(By.id("link-text")).getText())
        .startsWith("A link to set their password was mailed to " + email);
    click(By.id("link-ok"));
    wait.until(textMatches(By.id("people-message"), Pattern.compile("^A new password link for")));

    WebElement deactivate = rowButton(email, "Deactivate");
    assertThat(deactivate.getAttribute("aria-label")).isEqualTo("Deactivate " + email);
    deactivate.click();
    assertThat(visible(By.id("deactivate-email")).getText()).isEqualTo(email);
    assertThat(browser.findElement(By.id("deactivate-dialog")).getText())
        .contains("ends every personal token and session of theirs now");
    Browser.screenshot(browser, "35-deactivate-desktop");
    click(By.id("deactivate-submit"));
    wait.until(
        textToBe(
            By.id("people-message"),
            email + " is deactivated: 1 personal token revoked, 1 session ended."));
    assertThat(browser.findElement(By.id("people-empty-why")).getText()) // the filter: active
        .isEqualTo("No active account has an email containing \"" + email + "\".");
    assertThat(api.get("api/user/me", key).errorCode()).isEqualTo("auth.token.revoked");
    assertThat(api.get("api/user/me", theirs).status()).isEqualTo(401);
    assertThat(api.signIn(email, THEIR_PASSWORD).errorCode()).isEqualTo("auth.account.deactivated");
    new Select(browser.findElement(By.id("people-status"))).selectByVisibleText("Deactivated");
    assertThat(List.of(cell(rowOf(email), "status"), cell(rowOf(email), "live_tokens")))
        .containsExactly("Deactivated", "0");
    Browser.screenshot(browser, "36-deactivated-desktop");

    rowButton(email, "Reactivate").click();
    wait.until(
        textToBe(
            By.id("people-empty-why"),
            "No deactivated account has an email containing \"" + email + "\"."));
    assertThat(browser.findElement(By.id("people-message")).getText())
        .isEqualTo(email + " is active again and may sign in; none of their old tokens work.");
    assertThat(api.get("api/user/me", api.sessionOf(email, THEIR_PASSWORD)).status())
        .isEqualTo(200);
  }

  @Test
  void aMemberIsNotOfferedPeopleAndIsToldItNeedsAnAdmin() {
    signIn(account.email().value(), PASSWORD);
    visible(By.id("account-button")).sendKeys(Keys.ENTER);
    wait.until(driver -> driver.switchTo().activeElement().getText().equals("Personal Tokens"));
    assertThat(browser.findElement(By.id("menu-people")).isDisplayed()).isFalse();
    // The arrows skip the hidden entries: Security log, Account, Two-factor sign-in, then Sign out.
    browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
    browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
    browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
    browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
    assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Sign out");
    browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);

    browser.get(base + "#/people");
    assertThat(visible(By.id("people-needs-admin")).getText())
        .isEqualTo(
            "Managing the people of this server needs an admin. Ask one of its admins to add,"
                + " deactivate or reactivate an account.");
    assertThat(browser.findElement(By.id("add-person")).isDisplayed()).isFalse();
    Browser.screenshot(browser, "38-people-member-desktop");
  }

  @Test
  void atPhoneWidthThePageFitsALinkNotMailedIsShownOnceAndARefusalIsSaid() {
    String email = "console-phone-" + UUID.randomUUID() + "@it.example.com";
    String link = base + "#/password/ptl_" + "Z".repeat(38); // never a real one
    browser.manage().window().setSize(Browser.PHONE);
    openPeoplePageAsAdmin();
    addPerson(email, "39-add-person-phone", "40-person-added-phone");
    assertThat(fitsTheWindow()).isTrue();
    Browser.screenshot(browser, "41-people-phone");

    // As a server without mail answers: the link itself, this once.
    browser.executeScript(
        """
        const link = arguments[0];
        const realFetch = window.fetch;
        window.fetch = async (url, init) => {
          const answer = await realFetch(url, init);
          if (!String(url).endsWith('/password_link')) return answer;
          window.fetch = realFetch;
          const data = { ...(await answer.json()), password_link_mailed: false, password_link: link };
          return new Response(JSON.stringify(data), { status: answer.status });
        };
        """,
        link);
    rowButton(email, "Send password link").click();
    WebElement secret = visible(By.id("link-secret"));
    assertThat(secret.getAttribute("type")).isEqualTo("password");
    assertThat(browser.findElement(By.id("link-warning")).getText())
        .contains("shown only now, and works once, for 72 hours");
    click(By.cssSelector("button[aria-label='Show link']"));
    wait.until(attributeToBe(secret, "type", "text"));
    assertThat(secret.getAttribute("value")).isEqualTo(link);
    assertThat(fitsTheWindow()).isTrue();
    Browser.screenshot(browser, "42-password-link-once-phone");
    click(By.id("link-ok"));
    assertThat(browser.findElement(By.id("link-secret")).getAttribute("value")).isEmpty();
    assertThat(browser.getPageSource()).doesNotContain(link);

    // A refusal is said in the server's words.
    WebElement search = browser.findElement(By.id("people-search"));
    search.sendKeys(Keys.chord(Keys.CONTROL, "a"), SharedServer.ADMIN_EMAIL);
    rowButton(SharedServer.ADMIN_EMAIL, "Deactivate").click();
    click(By.id("deactivate-submit"));
    wait.until(
        textToBe(
            By.id("deactivate-error"),
            "You can't deactivate your own account; another admin can."));
    refusedWith(409);
    Browser.screenshot(browser, "43-deactivate-own-account-phone");
    click(By.id("deactivate-cancel"));
    signOut();
    browser.get(link);
    visible(By.id("new-password"));
    assertThat(fitsTheWindow()).isTrue();
    Browser.screenshot(browser, "44-set-password-phone");
  }

  private void openPeoplePageAsAdmin() {
    signIn(SharedServer.ADMIN_EMAIL, SharedServer.ADMIN_PASSWORD);
    click(By.id("account-button"));
    click(By.id("menu-people"));
    visible(By.cssSelector("#people-body tr"));
  }

  /**
   * Adds {@code email} as a member through the dialog, with screenshots of it filled in and of the
   * dialog that follows; the page then shows their row alone.
   */
  private void addPerson(String email, String... screenshots) {
    click(By.id("add-person"));
    visible(By.id("person-email")).sendKeys(email);
    assertThat(List.of(label("person-email"), label("person-role")))
        .containsExactly("Email", "Role");
    Arrays.stream(screenshots).limit(1).forEach(name -> Browser.screenshot(browser, name));
    click(By.id("person-submit"));
    assertThat(visible(By.id("link-text")).getText())
        .startsWith(
            "A link to set their password was mailed to " + email + ". It works once, until");
    assertThat(browser.findElement(By.id("link-once")).isDisplayed()).isFalse();
    Arrays.stream(screenshots).skip(1).forEach(name -> Browser.screenshot(browser, name));
    click(By.id("link-ok"));
    wait.until(textToBe(By.id("people-message"), email + " is added as a member."));
  }

  /** The row of {@code email}, once the list shows it. */
  private WebElement rowOf(String email) {
    return visible(
        By.xpath("//tbody[@id='people-body']/tr[td[@data-field='email'][.='" + email + "']]"));
  }

  private WebElement rowButton(String email, String words) {
    WebElement button =
        rowOf(email).findElement(By.xpath(".//button[normalize-space()='" + words + "']"));
    wait.until(driver -> button.isDisplayed() && button.isEnabled());
    return button;
  }

  private static String cell(WebElement row, String field) {
    return row.findElement(By.cssSelector("td[data-field='" + field + "']")).getText();
  }

  /** The secret of the last link mailed to {@code email}. */
  private static String mailedSecret(String email) throws InterruptedException {
    List<MimeMessage> mails = TestMailServer.awaitMailsTo(email, 1, Duration.ofSeconds(10));
    assertThat(mails).as("the link's mail to " + email).isNotEmpty();
    String text = GreenMailUtil.getBody(mails.get(mails.size() - 1));
    Matcher found = LINK.matcher(text.replace("=\r\n", "").replace("=\n", ""));
    assertThat(found.find()).as("a link in " + text).isTrue();
    NoSecretInTheSecurityLog.harvest(found.group(1));
    return found.group(1);
  }
}
