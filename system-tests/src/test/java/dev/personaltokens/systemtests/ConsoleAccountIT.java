package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;

import dev.personaltokens.domain.account.Password;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The console's Account page, where a person changes their own password; and the page a session is
 * held to when the operator set the password: it says why, and nothing else opens before the
 * change.
 */
@SharedServer.On
class ConsoleAccountIT extends ConsoleSupport {

  static final String NEW = "a console passphrase of my own";
  static final String OPERATORS = "the operator's temporary one";
  static final String CHANGED =
      "Your password is changed. Your other sessions are signed out; your personal tokens keep"
          + " working.";

  @Test
  void aPersonChangesTheirPasswordOnTheAccountPage() {
    NoSecretInTheSecurityLog.password(NEW);
    String email = account.email().value();
    ApiClient api = new ApiClient(deployment);
    String elsewhere = api.sessionOf(email, PASSWORD);
    signIn(email, PASSWORD);
    click(By.id("account-button"));
    click(By.id("menu-account"));

    assertThat(visible(By.id("account-title")).getText()).isEqualTo("Account");
    assertThat(browser.findElement(By.id("account-fact-email")).getText()).isEqualTo(email);
    assertThat(browser.findElement(By.id("account-fact-role")).getText()).isEqualTo("Member");
    assertThat(browser.findElement(By.id("account-required")).isDisplayed()).isFalse();
    assertThat(label("current-password")).isEqualTo("Current password");
    Browser.screenshot(browser, "52-account-desktop");

    fill(PASSWORD, NEW, NEW + "!");
    wait.until(
        textToBe(By.id("change-error"), "The two new passwords differ. Type the same one twice."));
    fill(PASSWORD, "Password1234", "Password1234");
    wait.until(
        textToBe(
            By.id("change-error"),
            "This password is one of the most common ones, which are guessed first; choose"
                + " another."));
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("changed-password");
    refusedWith(400);

    fill(PASSWORD, NEW, NEW);
    wait.until(textToBe(By.id("change-notice"), CHANGED));
    assertThat(browser.findElement(By.id("current-password")).getAttribute("value")).isEmpty();
    Browser.screenshot(browser, "53-account-password-changed-desktop");

    assertThat(api.get("api/user/me", elsewhere).errorCode()).isEqualTo("auth.token.invalid");
    click(By.id("account-button"));
    click(By.id("menu-sign-out"));
    visible(By.id("signin-email")).clear(); // the form keeps the email it was signed in with
    signIn(email, NEW);
    assertThat(visible(By.id("home-title")).isDisplayed()).isTrue();
  }

  @Test
  void aPasswordTheOperatorSetMustBeChangedBeforeAnythingElse() {
    NoSecretInTheSecurityLog.password(NEW);
    NoSecretInTheSecurityLog.password(OPERATORS);
    TestDatabase.admin()
        .resetPassword()
        .resetPassword(TestDatabase.OPERATOR, account.email(), Password.newPassword(OPERATORS));
    signIn(account.email().value(), OPERATORS);

    assertThat(visible(By.id("account-title")).getText()).isEqualTo("Choose your own password");
    assertThat(browser.findElement(By.id("account-required")).getText())
        .contains("not your own choice", "set for you", "nothing else works until you do");
    assertThat(browser.findElement(By.id("topbar")).isDisplayed()).isFalse();
    Browser.screenshot(browser, "54-password-change-required-desktop");
    browser.manage().window().setSize(Browser.PHONE);
    assertThat(fitsTheWindow()).isTrue();
    Browser.screenshot(browser, "55-password-change-required-phone");
    browser.manage().window().setSize(Browser.DESKTOP);

    browser.get(base + "#/personal-tokens");
    assertThat(visible(By.id("account-title")).getText())
        .as("no other page opens before the change")
        .isEqualTo("Choose your own password");
    assertThat(browser.findElement(By.id("tokens-view")).isDisplayed()).isFalse();

    fill(OPERATORS, NEW, NEW);
    wait.until(textToBe(By.id("change-notice"), CHANGED));
    assertThat(browser.findElement(By.id("account-title")).getText()).isEqualTo("Account");
    assertThat(browser.findElement(By.id("topbar")).isDisplayed()).isTrue();
    assertThat(browser.getCurrentUrl()).endsWith("#/account");
    Browser.screenshot(browser, "56-password-changed-after-required-desktop");
    click(By.id("account-button"));
    click(By.id("menu-personal-tokens"));
    assertThat(visible(By.id("tokens-title")).isDisplayed()).isTrue();
  }

  @Test
  void aSessionHeldToTheChangeMaySignOutInstead() {
    NoSecretInTheSecurityLog.password(OPERATORS);
    TestDatabase.admin()
        .resetPassword()
        .resetPassword(TestDatabase.OPERATOR, account.email(), Password.newPassword(OPERATORS));
    signIn(account.email().value(), OPERATORS);

    click(By.id("account-sign-out"));

    wait.until(textToBe(By.id("signin-error"), "You are signed out."));
  }

  private void fill(String current, String password, String again) {
    for (String[] field :
        new String[][] {
          {"current-password", current},
          {"changed-password", password},
          {"changed-password-again", again}
        }) {
      visible(By.id(field[0])).clear();
      browser.findElement(By.id(field[0])).sendKeys(field[1]);
    }
    click(By.id("change-submit"));
  }
}
