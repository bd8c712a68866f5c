package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;

import dev.personaltokens.application.port.out.TokenFixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The console's list of tokens when there are many: pages, long names that keep the layout, a page
 * that fails to load or answers late over a slow network, and the search box.
 */
@SharedServer.On
class ConsoleTokenListIT extends ConsoleSupport {

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

  // --- beyond Azion: search ---

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
}
