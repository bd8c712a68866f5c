package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The console's security log: what happened to the account, said in words, and its filter. */
@SharedServer.On
class ConsoleSecurityLogIT extends ConsoleSupport {

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
    // What the test did, newest first, and the account's opening by the operator.
    wait.until(driver -> browser.findElements(By.cssSelector("#log-body tr")).size() == 3 + 1);

    List<WebElement> rows = browser.findElements(By.cssSelector("#log-body tr"));
    assertThat(cellOf(rows.get(0), "type")).isEqualTo("Token created");
    assertThat(cellOf(rows.get(0), "token")).startsWith("logged (ptk_...");
    assertThat(cellOf(rows.get(1), "type")).isEqualTo("Signed in");
    assertThat(cellOf(rows.get(2), "type")).isEqualTo("Wrong password");
    assertThat(cellOf(rows.get(2), "ip")).isIn("127.0.0.1", "::1"); // localhost
    assertThat(cellOf(rows.get(2), "user_agent")).contains("Chrome");
    assertThat(cellOf(rows.get(3), "type")).isEqualTo("Account opened (as member by operator it)");
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
}
