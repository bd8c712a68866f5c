package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * The Two-factor sign-in page of the console and the sign-in's second step: turned on with the QR
 * code the server drew (shown inline, within the Content-Security-Policy) and the app's code, the
 * recovery codes shown once, the code asked for at the next sign-in; the QR code scanned off the
 * screen; a recovery code signing in and turning it off at phone width.
 */
@SharedServer.On
class ConsoleTwoFactorIT extends ConsoleSupport {

  @Test
  void turnedOnFromItsPageItAsksForTheAppsCodeAtTheNextSignIn() {
    signIn(account.email().value(), PASSWORD);
    openTwoFactorPage();
    visible(By.id("two-factor-off"));
    Browser.screenshot(browser, "70-two-factor-off-desktop");

    click(By.id("two-factor-start"));
    WebElement qr = visible(By.cssSelector("#two-factor-qr svg"));
    assertThat(qr.getDomAttribute("viewBox")).matches("0 0 \\d+ \\d+");
    assertThat(qr.findElements(By.tagName("path"))).hasSize(1);
    assertThat(qr.getSize().getWidth()).isGreaterThan(150);
    String key = browser.findElement(By.id("two-factor-secret")).getText();
    NoSecretInTheSecurityLog.secret(key.replace(" ", ""));
    assertThat(key).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
    assertThat(fitsTheWindow()).isTrue();
    Browser.screenshot(browser, "71-two-factor-enrol-desktop");
    AuthenticatorApp app = new AuthenticatorApp(key);
    browser.findElement(By.id("two-factor-code")).sendKeys(app.code(0));
    click(By.xpath("//button[normalize-space()='Turn on']"));

    List<String> codes =
        visible(By.id("two-factor-recovery"))
            .findElements(By.cssSelector("#two-factor-codes li"))
            .stream()
            .map(WebElement::getText)
            .toList();
    codes.forEach(NoSecretInTheSecurityLog::secret);
    assertThat(codes).hasSize(10).allMatch(code -> code.matches("([a-z2-7]{4}-){3}[a-z2-7]{4}"));
    assertThat(browser.findElements(By.cssSelector("#two-factor-qr *")))
        .as("the key, gone")
        .isEmpty();
    Browser.screenshot(browser, "72-two-factor-recovery-codes-desktop");
    click(By.id("two-factor-saved"));
    wait.until(
        textToBe(
            By.id("two-factor-message"),
            "Two-factor sign-in is on: signing in with your password now asks for a code."));
    assertThat(browser.getPageSource()).doesNotContain(codes.get(0)).doesNotContain(key);
    Browser.screenshot(browser, "73-two-factor-on-desktop");

    signOut();
    browser.findElement(By.id("signin-email")).clear();
    signIn(account.email().value(), PASSWORD);
    visible(By.id("signin-code"));
    assertThat(browser.findElement(By.id("signin-form")).isDisplayed()).isFalse();
    Browser.screenshot(browser, "74-sign-in-code-step-desktop");
    // The step after the confirming code's, which an app shows next and the server allows for.
    enterCode(app.code(1));
    visible(By.id("home-title"));
    assertThat(browser.manage().getCookieNamed("ptk_session")).isNotNull();
  }

  @Test
  void atPhoneWidthARecoveryCodeSignsInAndTurnsItOff() {
    TwoFactorSignIn twoFactor =
        TwoFactorSignIn.turnOn(
            new ApiClient(deployment),
            new ApiClient(deployment).sessionOf(account.email().value(), PASSWORD));
    browser.manage().window().setSize(Browser.PHONE);

    signIn(account.email().value(), PASSWORD);
    visible(By.id("signin-code"));
    assertThat(fitsTheWindow()).isTrue();
    Browser.screenshot(browser, "75-sign-in-code-step-phone");
    enterCode(twoFactor.recoveryCodes().get(0));
    visible(By.id("home-title"));

    openTwoFactorPage();
    visible(By.id("two-factor-disable-code")).sendKeys(twoFactor.recoveryCodes().get(1));
    click(By.xpath("//button[normalize-space()='Turn off']"));
    wait.until(
        textToBe(
            By.id("two-factor-message"),
            "Two-factor sign-in is off: your password alone signs you in."));
    visible(By.id("two-factor-off"));
    click(By.id("two-factor-start"));
    visible(By.cssSelector("#two-factor-qr svg"));
    assertThat(fitsTheWindow()).isTrue();
    Browser.screenshot(browser, "76-two-factor-enrol-phone");
    click(By.id("two-factor-cancel"));
    visible(By.id("two-factor-off"));
  }

  /** What the page shows, scanned off the screen as a phone would, is the app's key and more. */
  @Test
  void theQrCodeScansToTheKeyTheAppNeeds() {
    signIn(account.email().value(), PASSWORD);
    openTwoFactorPage();
    click(By.id("two-factor-start"));
    WebElement qr = visible(By.cssSelector("#two-factor-qr svg"));
    String key = browser.findElement(By.id("two-factor-secret")).getText().replace(" ", "");
    NoSecretInTheSecurityLog.secret(key);

    String scanned = QrScanner.scan(qr.getScreenshotAs(OutputType.FILE).toPath());

    assertThat(scanned)
        .startsWith(
            "otpauth://totp/Personal%20Tokens:"
                + account.email().value().replace("@", "%40")
                + "?secret="
                + key
                + "&")
        .contains("&issuer=Personal%20Tokens", "&algorithm=SHA1", "&digits=6", "&period=30");
    click(By.id("two-factor-cancel"));
  }

  private void openTwoFactorPage() {
    click(By.id("account-button"));
    click(By.id("menu-two-factor"));
    visible(By.id("two-factor-title"));
  }

  private void enterCode(String code) {
    browser.findElement(By.id("signin-code")).sendKeys(code);
    click(By.xpath("//button[normalize-space()='Verify']"));
  }
}
