package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

/**
 * The console when the policy requires two-factor sign-in: the password leads straight to the
 * setup, nothing else opens (no menu, no other page by its address) until it is done, and a page
 * already open when an admin required it leads there at its next call. The policy is every class's:
 * taken for writing, put back after each test.
 */
@SharedServer.On
@ResourceLock(value = SharedServer.POLICY, mode = ResourceAccessMode.READ_WRITE)
class ConsoleTwoFactorRequiredIT extends ConsoleSupport {

  ApiClient api;
  String adminKey;

  @BeforeEach
  void adminKey() {
    api = new ApiClient(deployment);
    adminKey = TwoFactorRequiredIT.adminKey(api);
  }

  @AfterEach
  void notRequiredAgain() {
    assertThat(api.put("api/admin/policy", adminKey, TwoFactorRequiredIT.policy(false)).status())
        .isEqualTo(200);
  }

  @Test
  void thePasswordLeadsToTheSetupAndNothingElseOpensBeforeIt() {
    requireTwoFactor();

    signIn(account.email().value(), PASSWORD);

    visible(By.id("two-factor-required"));
    visible(By.id("two-factor-off"));
    assertThat(browser.findElement(By.id("topbar")).isDisplayed()).isFalse();
    Browser.screenshot(browser, "77-two-factor-required-desktop");
    browser.get(base + "#/personal-tokens");
    visible(By.id("two-factor-required"));
    assertThat(browser.findElement(By.id("tokens-view")).isDisplayed()).isFalse();

    click(By.id("two-factor-start"));
    visible(By.cssSelector("#two-factor-qr svg"));
    String key = browser.findElement(By.id("two-factor-secret")).getText();
    NoSecretInTheSecurityLog.secret(key.replace(" ", ""));
    browser.findElement(By.id("two-factor-code")).sendKeys(new AuthenticatorApp(key).code(0));
    click(By.xpath("//button[normalize-space()='Turn on']"));
    visible(By.id("two-factor-recovery"))
        .findElements(By.cssSelector("#two-factor-codes li"))
        .forEach(code -> NoSecretInTheSecurityLog.secret(code.getText()));
    click(By.id("two-factor-saved"));

    visible(By.id("home-title"));
    assertThat(browser.findElement(By.id("topbar")).isDisplayed()).isTrue();
    click(By.id("account-button"));
    click(By.id("menu-personal-tokens"));
    visible(By.id("tokens-title"));
  }

  @Test
  void aPageOpenBeforeTheRequirementLeadsToTheSetupAtItsNextCall() {
    openTokensPage();
    requireTwoFactor();

    click(By.id("account-button"));
    click(By.id("menu-security-log"));

    visible(By.id("two-factor-required"));
    refusedWith(409);
    assertThat(browser.findElement(By.id("log-view")).isDisplayed()).isFalse();
    click(By.id("two-factor-sign-out"));
    visible(By.id("signin-form"));
  }

  private void requireTwoFactor() {
    assertThat(api.put("api/admin/policy", adminKey, TwoFactorRequiredIT.policy(true)).status())
        .isEqualTo(200);
  }
}
