package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Policy page of the console, an admin's: the policy in force as a form, a wrong value said
 * next to its field, a saved policy that blocks a member's tokens at once - marked Blocked, with
 * why, in their list and on the Credentials page - and that their add dialog then keeps within; a
 * member, who is offered no Policy page and is told it needs an admin; the page at phone width. The
 * policy is every class's on the shared server: this class takes it for writing ({@link
 * SharedServer#POLICY}) and puts the defaults back after each test.
 */
@SharedServer.On
@ResourceLock(value = SharedServer.POLICY, mode = ResourceAccessMode.READ_WRITE)
class ConsolePolicyIT extends ConsoleSupport {

  final ApiClient api = new ApiClient(deployment);

  @AfterEach
  void defaultsBack() {
    String admin = api.sessionOf(SharedServer.ADMIN_EMAIL, SharedServer.ADMIN_PASSWORD);
    assertThat(api.put("api/admin/policy", admin, PolicyIT.policy(366, "[]")).status())
        .isEqualTo(200);
  }

  @Test
  void anAdminSavesThePolicyAndAMembersTokensBeyondItAreMarkedBlocked() {
    String theirs = api.sessionOf(account.email().value(), PASSWORD);
    String prefix = "cp-" + UUID.randomUUID().toString().substring(0, 8);
    create(theirs, prefix + "-a-year", "global", 300);
    create(theirs, prefix + "-dashboards", "read_only", 20);
    create(theirs, prefix + "-a-month", "global", 20);

    signIn(SharedServer.ADMIN_EMAIL, SharedServer.ADMIN_PASSWORD);
    click(By.id("account-button"));
    click(By.id("menu-policy"));
    wait.until(attributeToBe(By.id("policy-lifetime"), "value", "366"));
    assertThat(scopeBoxes()).allMatch(WebElement::isSelected).hasSize(2);
    assertThat(field("policy-inactivity-on").isSelected()).isFalse();
    assertThat(field("policy-inactivity").isEnabled()).isFalse();
    assertThat(field("policy-tokens-on").isSelected()).isFalse();
    assertThat(field("policy-two-factor").isSelected()).isFalse();
    assertThat(field("policy-ips").getAttribute("value")).isEmpty();
    assertThat(List.of(label("policy-lifetime"), label("policy-ips")))
        .containsExactly("Maximum lifetime, in days", "Default allowed addresses (one a line)");

    // A number out of bounds is said next to its field, before anything is sent.
    replace("policy-lifetime", "0");
    click(By.id("policy-submit"));
    assertThat(visible(By.id("policy-lifetime-error")).getText())
        .isEqualTo("Enter a whole number from 1 to 3650.");
    assertThat(field("policy-lifetime").getAttribute("aria-invalid")).isEqualTo("true");

    // By keyboard: a limit's box turns it on and hands its field the focus.
    replace("policy-lifetime", "30");
    scopeBox("read_only").click();
    field("policy-inactivity-on").sendKeys(Keys.SPACE);
    wait.until(driver -> field("policy-inactivity").equals(driver.switchTo().activeElement()));
    browser.switchTo().activeElement().sendKeys("90");
    field("policy-tokens-on").sendKeys(Keys.SPACE);
    browser.switchTo().activeElement().sendKeys("5");
    field("policy-ips").sendKeys("10.0.0.0/8\n10.0.0.0/33");
    click(By.id("policy-submit"));
    // What the server refuses is said next to its field, in its words.
    wait.until(
        textToBe(By.id("policy-ips-error"), "Not an IP address or CIDR range: 10.0.0.0/33."));
    assertThat(field("policy-ips").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(field("policy-lifetime").getAttribute("aria-invalid")).isNull();
    refusedWith(400);

    replace("policy-ips", "10.0.0.0/8\n2001:DB8::/32");
    click(By.id("policy-submit"));
    wait.until(
        textToBe(
            By.id("policy-message"),
            "The policy is saved: every token is judged by it from now on."));
    assertThat(field("policy-ips").getAttribute("value")).isEqualTo("10.0.0.0/8\n2001:db8::/32");
    assertThat(browser.findElement(By.id("policy-set-at")).getText()).startsWith("Last saved on ");
    assertThat(fitsTheWindow()).isTrue();
    Browser.screenshot(browser, "policy-desktop");
    JsonObject saved =
        api.get(
                "api/admin/policy",
                api.sessionOf(SharedServer.ADMIN_EMAIL, SharedServer.ADMIN_PASSWORD))
            .json();
    assertThat(saved.getInt("max_token_lifetime_days")).isEqualTo(30);
    assertThat(saved.getJsonArray("allowed_scopes").toString()).isEqualTo("[\"global\"]");
    assertThat(saved.getInt("inactivity_days")).isEqualTo(90);
    assertThat(saved.getInt("max_tokens_per_account")).isEqualTo(5);
    assertThat(saved.getBoolean("require_two_factor")).isFalse();

    browser.manage().window().setSize(Browser.PHONE);
    browser.navigate().refresh();
    wait.until(attributeToBe(By.id("policy-lifetime"), "value", "30"));
    assertThat(fitsTheWindow()).isTrue();
    Browser.screenshot(browser, "policy-phone");
    browser.manage().window().setSize(Browser.DESKTOP);

    // The inventory marks both tokens the policy now blocks, each with why.
    browser.get(base + "#/credentials");
    visible(By.id("credentials-search")).sendKeys(prefix);
    String today = LocalDate.now(ZoneOffset.UTC).toString(); // the server's day
    assertThat(blockedIn("credentials-body", prefix + "-a-year"))
        .isEqualTo(
            "Blocked It exceeds the maximum lifetime of 30 days set on " + today + "; rotate it.");
    assertThat(blockedIn("credentials-body", prefix + "-dashboards"))
        .isEqualTo(
            "Blocked Its scope, read_only, is no longer allowed set on "
                + today
                + "; make a new token.");
    assertThat(rowOf("credentials-body", prefix + "-a-month").getText()).doesNotContain("Blocked");

    // So does the owner's list; their add dialog offers what the policy allows, no more.
    click(By.id("account-button"));
    click(By.id("menu-sign-out"));
    openTokensPage();
    assertThat(blockedIn("tokens-body", prefix + "-a-year"))
        .startsWith("Blocked It exceeds the maximum lifetime of 30 days");
    assertThat(rowOf("tokens-body", prefix + "-a-month").getText()).doesNotContain("Blocked");
    assertThat(fitsTheWindow()).isTrue();
    Browser.screenshot(browser, "token-blocked-desktop");
    click(By.id("add-token"));
    visible(By.id("token-name"));
    assertThat(options("token-scope")).containsExactly("Global");
    assertThat(browser.findElement(By.id("token-scope-hint")).isDisplayed()).isFalse();
    assertThat(options("token-expires"))
        .containsExactly("1 day", "7 days", "15 days", "30 days", "Custom date");
    new Select(field("token-expires")).selectByVisibleText("Custom date");
    assertThat(visible(By.id("token-expires-date")).getAttribute("max"))
        .isEqualTo(LocalDate.now().plusDays(29).toString());
    click(By.id("add-cancel"));
  }

  @Test
  void aMemberIsNotOfferedThePolicyAndIsToldItNeedsAnAdmin() {
    signIn(account.email().value(), PASSWORD);
    click(By.id("account-button"));
    visible(By.id("menu-security-log"));
    assertThat(browser.findElement(By.id("menu-policy")).isDisplayed()).isFalse();
    browser.findElement(By.id("menu-security-log")).sendKeys(Keys.ESCAPE);

    browser.get(base + "#/policy");
    assertThat(visible(By.id("policy-needs-admin")).getText())
        .isEqualTo(
            "The policy of this server is set by its admins. Ask one of them if a rule keeps you"
                + " from making the token you need.");
    assertThat(browser.findElement(By.id("policy-form")).isDisplayed()).isFalse();
  }

  /** A new token of {@code session}'s, for {@code days}. */
  private void create(String session, String name, String scope, int days) {
    String json =
        "{\"name\":\"%s\",\"scope\":\"%s\",\"expires_at\":\"%s\"}"
            .formatted(name, scope, LocalDate.now().plusDays(days));
    ApiClient.Answer created = api.postJson("api/iam/personal_tokens", session, json);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
  }

  private WebElement field(String id) {
    return browser.findElement(By.id(id));
  }

  private void replace(String id, String text) {
    field(id).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field(id).sendKeys(text);
  }

  private List<WebElement> scopeBoxes() {
    return browser.findElements(By.cssSelector("#policy-scope-boxes input[type='checkbox']"));
  }

  private WebElement scopeBox(String code) {
    return browser.findElement(By.cssSelector("#policy-scope-boxes input[value='" + code + "']"));
  }

  private List<String> options(String id) {
    return new Select(field(id)).getOptions().stream().map(WebElement::getText).toList();
  }

  /**
   * The row of the token whose name starts with {@code name}, once the list {@code body} shows it.
   */
  private WebElement rowOf(String body, String name) {
    return visible(
        By.xpath(
            "//tbody[@id='"
                + body
                + "']/tr[td[@data-field='name'][starts-with(normalize-space(), '"
                + name
                + "')]]"));
  }

  /** What the row of {@code name} says of its being blocked. */
  private String blockedIn(String body, String name) {
    return rowOf(body, name).findElement(By.cssSelector(".blocked")).getText();
  }
}
