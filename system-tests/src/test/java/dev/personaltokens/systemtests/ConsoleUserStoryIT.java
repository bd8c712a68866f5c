package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import dev.personaltokens.domain.token.TokenSecret;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The user's story of PRODUCT.md in the console, click by click, with its labels: from signing in
 * to creating, copying, listing and deleting a token and signing out - at desktop width, at phone
 * width, and from the keyboard alone.
 */
@SharedServer.On
class ConsoleUserStoryIT extends ConsoleSupport {

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

    // 4. The list: name, description, scope, where from (any address), last modified,
    // expiration (and last used).
    WebElement row = visible(By.cssSelector("#tokens-body tr"));
    List<String> cells =
        row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    assertThat(cells.get(0)).isEqualTo("deploy bot");
    assertThat(cells.get(1)).isEqualTo("pushes releases");
    assertThat(cells.get(2)).isEqualTo("Global");
    assertThat(cells.get(3)).isEqualTo("Any");
    assertThat(cells.get(4)).isNotBlank();
    assertThat(cells.get(6)).isEqualTo("Never");
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
}
