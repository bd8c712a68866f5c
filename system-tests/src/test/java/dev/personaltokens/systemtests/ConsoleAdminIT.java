package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Credentials and Audit pages of the console, an admin's: finding a member's token among
 * everyone's, its CSV saved by the browser, revoking it from its row (the key refused at once), the
 * revocation in the server's security log with the admin as who did it; a member, who is offered
 * neither page and is told it needs an admin; both pages at phone width.
 */
@SharedServer.On
class ConsoleAdminIT extends ConsoleSupport {

  static final String MEMBER_PASSWORD = "a member's passphrase in the console";

  @Test
  void anAdminFindsAMembersTokenRevokesItAndSeesItInTheAudit(@TempDir Path downloads)
      throws Exception {
    ApiClient api = new ApiClient(deployment);
    String admin = api.sessionOf(SharedServer.ADMIN_EMAIL, SharedServer.ADMIN_PASSWORD);
    String email = "console-owner-" + UUID.randomUUID() + "@it.example.com";
    Invitations.accept(api, admin, email, "member", MEMBER_PASSWORD);
    String theirs = api.sessionOf(email, MEMBER_PASSWORD);
    String prefix = "ci-" + UUID.randomUUID().toString().substring(0, 8);
    String deploy = prefix + "-deploy";
    String key = create(api, theirs, deploy, "global", "the nightly deploy");
    create(api, theirs, prefix + "-laptop", "read_only", "reads the dashboards");
    assertThat(api.get("api/user/me", key).status()).isEqualTo(200); // used, from 127.0.0.1

    signIn(SharedServer.ADMIN_EMAIL, SharedServer.ADMIN_PASSWORD);
    openFromTheMenu("menu-credentials", By.cssSelector("#credentials-body tr"));
    browser.findElement(By.id("credentials-search")).sendKeys(prefix);
    wait.ignoring(StaleElementReferenceException.class).until(driver -> rows().size() == 2);
    WebElement row = rowOf(deploy);
    assertThat(cell(row, "owner")).isEqualTo(email);
    assertThat(cell(row, "name")).startsWith(deploy + " (").contains("the nightly deploy");
    assertThat(cell(row, "scope")).isEqualTo("Global");
    assertThat(cell(row, "last_used_at")).endsWith(" from 127.0.0.1");
    assertThat(cell(rowOf(prefix + "-laptop"), "last_used_at")).isEqualTo("Never");
    assertThat(fitsTheWindow()).isTrue();
    Browser.screenshot(browser, "45-credentials-desktop");

    // Not used for 30 days, or never: the laptop's token alone.
    new Select(browser.findElement(By.id("credentials-unused"))).selectByValue("30");
    wait.until(
        driver -> rows().size() == 1 && rows().get(0).getText().contains(prefix + "-laptop"));
    new Select(browser.findElement(By.id("credentials-scope"))).selectByVisibleText("Global");
    wait.until(
        textToBe(By.id("credentials-empty-why"), "No live personal token matches these filters."));
    new Select(browser.findElement(By.id("credentials-unused"))).selectByValue("");
    wait.until(driver -> rows().size() == 1 && rows().get(0).getText().contains(deploy));

    // The CSV of what the filters show, saved by the browser.
    browser.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    click(By.id("credentials-csv"));
    String csv =
        Eventually.until(
            () -> read(downloads.resolve("personal-tokens.csv")), text -> text.contains(deploy));
    assertThat(csv.lines().toList()).hasSize(2);
    assertThat(csv).startsWith("uuid,").contains("owner_email").contains(email);
    assertThat(csv).doesNotContain(prefix + "-laptop"); // the scope filter: global only

    WebElement revoke = rowOf(deploy).findElement(By.cssSelector("button[data-action='revoke']"));
    assertThat(revoke.getAttribute("aria-label"))
        .isEqualTo("Revoke token " + deploy + " of " + email);
    revoke.click();
    assertThat(visible(By.id("revoke-token-name")).getText()).isEqualTo(deploy);
    assertThat(browser.findElement(By.id("revoke-token-owner")).getText()).isEqualTo(email);
    Browser.screenshot(browser, "46-revoke-token-desktop");
    click(By.id("revoke-token-submit"));
    wait.until(
        textToBe(
            By.id("credentials-message"),
            "The token " + deploy + " of " + email + " is revoked, and its owner was told."));
    wait.until(
        textToBe(By.id("credentials-empty-why"), "No live personal token matches these filters."));
    assertThat(api.get("api/user/me", key).errorCode()).isEqualTo("auth.token.revoked");
    Browser.screenshot(browser, "47-token-revoked-desktop");

    openFromTheMenu("menu-audit", By.cssSelector("#audit-body tr"));
    WebElement unfiltered = browser.findElement(By.cssSelector("#audit-body tr"));
    new Select(browser.findElement(By.id("audit-type"))).selectByValue("token.revoked_by_admin");
    wait.until(stalenessOf(unfiltered));
    WebElement event = visible(By.xpath(inTheAudit(email)));
    assertThat(cell(event, "type")).startsWith("Token revoked by an admin");
    assertThat(cell(event, "token")).startsWith(deploy + " (");
    assertThat(cell(event, "actor")).isEqualTo(SharedServer.ADMIN_EMAIL);
    assertThat(cell(event, "ip")).isNotBlank();
    // Until yesterday, the event isn't shown; since yesterday, it is.
    setDate("audit-until", LocalDate.now().minusDays(1));
    wait.until(stalenessOf(event));
    assertThat(browser.findElements(By.xpath(inTheAudit(email)))).isEmpty();
    setDate("audit-until", null);
    setDate("audit-since", LocalDate.now().minusDays(1));
    visible(By.xpath(inTheAudit(email)));
    assertThat(fitsTheWindow()).isTrue();
    Browser.screenshot(browser, "48-audit-desktop");

    browser.manage().window().setSize(Browser.PHONE);
    browser.navigate().refresh();
    visible(By.cssSelector("#audit-body tr"));
    assertThat(fitsTheWindow()).isTrue();
    Browser.screenshot(browser, "49-audit-phone");
    browser.get(base + "#/credentials");
    visible(By.id("credentials-search")).sendKeys(prefix);
    wait.until(
        driver -> rows().size() == 1 && rows().get(0).getText().contains(prefix + "-laptop"));
    assertThat(fitsTheWindow()).isTrue();
    Browser.screenshot(browser, "50-credentials-phone");
  }

  @Test
  void aMemberIsOfferedNeitherPageAndIsToldTheyNeedAnAdmin() {
    signIn(account.email().value(), PASSWORD);
    click(By.id("account-button"));
    visible(By.id("menu-security-log"));
    assertThat(browser.findElement(By.id("menu-credentials")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("menu-audit")).isDisplayed()).isFalse();
    browser.findElement(By.id("menu-security-log")).sendKeys(Keys.ESCAPE);

    browser.get(base + "#/credentials");
    assertThat(visible(By.id("credentials-needs-admin")).getText())
        .isEqualTo(
            "The credentials of everyone on this server are shown to its admins only. Ask one of"
                + " them to look for a token or to revoke it.");
    assertThat(browser.findElement(By.id("credentials-csv")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("credentials-table")).isDisplayed()).isFalse();
    Browser.screenshot(browser, "51-credentials-member-desktop");
    browser.get(base + "#/audit");
    assertThat(visible(By.id("audit-needs-admin")).getText())
        .startsWith("The security log of the whole server is shown to its admins only.");
    assertThat(browser.findElement(By.id("audit-type")).isDisplayed()).isFalse();
  }

  private void openFromTheMenu(String entry, By loaded) {
    click(By.id("account-button"));
    click(By.id(entry));
    visible(loaded);
  }

  /** A new token of {@code session}'s, for 30 days; its key. */
  private static String create(
      ApiClient api, String session, String name, String scope, String description) {
    String json =
        "{\"name\":\"%s\",\"scope\":\"%s\",\"description\":\"%s\",\"expires_at\":\"%s\"}"
            .formatted(name, scope, description, LocalDate.now().plusDays(30));
    ApiClient.Answer created = api.postJson("api/iam/personal_tokens", session, json);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("key");
  }

  private List<WebElement> rows() {
    return browser.findElements(By.cssSelector("#credentials-body tr"));
  }

  /** The row of the token {@code name}, once the list shows it. */
  private WebElement rowOf(String name) {
    return visible(
        By.xpath(
            "//tbody[@id='credentials-body']/tr[td[@data-field='name']/span[@class='token-name']"
                + "[starts-with(., '"
                + name
                + " (')]]"));
  }

  private static String cell(WebElement row, String field) {
    return row.findElement(By.cssSelector("td[data-field='" + field + "']")).getText();
  }

  private static String inTheAudit(String email) {
    return "//tbody[@id='audit-body']/tr[td[@data-field='account'][.='" + email + "']]";
  }

  /** Sets the date input {@code id} to {@code day} (null: none), as a date picker does. */
  private void setDate(String id, LocalDate day) {
    browser.executeScript(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
        browser.findElement(By.id(id)),
        day == null ? "" : day.toString());
  }

  /** The file's text, or "" while the browser hasn't saved it yet. */
  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
