package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * A token's dialogs in the console beyond the user's story: a blank name refused, a read-only
 * scope, HTML in a name shown as text, a custom expiry date, rotating a row and deleting all tokens
 * at once.
 */
@SharedServer.On
class ConsoleTokensIT extends ConsoleSupport {

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

  // --- beyond Azion: custom date, rotate, revoke all ---

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

  private boolean alertIsOpen() {
    try {
      browser.switchTo().alert();
      return true;
    } catch (NoAlertPresentException e) {
      return false;
    }
  }
}
