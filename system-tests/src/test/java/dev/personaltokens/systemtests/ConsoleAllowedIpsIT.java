package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Binding a token to addresses in the console: the add dialog's field, its refusals next to it, and
 * the list's column - and the token then refused from anywhere else (the browser and the test both
 * call from 127.0.0.1).
 */
@SharedServer.On
class ConsoleAllowedIpsIT extends ConsoleSupport {

  private void addToken(String name, String allowedIps) {
    click(By.id("add-token"));
    visible(By.id("token-name")).sendKeys(name);
    browser.findElement(By.id("token-allowed-ips")).sendKeys(allowedIps);
  }

  private static String allowedFrom(WebElement row) {
    return row.findElement(By.cssSelector("td[data-field='allowed_ips']")).getText();
  }

  @Test
  void aTokenBoundToAddressesIsMadeInTheDialogAndShownInTheList() {
    openTokensPage();
    addToken("anywhere", "");
    click(By.id("add-submit"));
    click(By.id("created-ok"));
    visible(By.cssSelector("#tokens-body tr"));

    addToken("office network", " 10.0.0.0/8, 2001:DB8::/32 ::ffff:192.0.2.7");
    assertThat(label("token-allowed-ips")).isEqualTo("Allowed IP addresses (optional)");
    Browser.screenshot(browser, "52-add-allowed-ips-desktop");
    click(By.id("add-submit"));
    String key = visible(By.id("created-token")).getAttribute("value");
    click(By.id("created-ok"));

    wait.until(driver -> browser.findElements(By.cssSelector("#tokens-body tr")).size() == 2);
    List<WebElement> rows = browser.findElements(By.cssSelector("#tokens-body tr"));
    assertThat(rows.get(0).findElement(By.cssSelector("td.name")).getText())
        .isEqualTo("office network");
    assertThat(allowedFrom(rows.get(0))).isEqualTo("10.0.0.0/8, 2001:db8::/32, 192.0.2.7");
    assertThat(allowedFrom(rows.get(1))).isEqualTo("Any");
    assertThat(browser.findElement(By.xpath("//table[@class='tokens']//th[4]")).getText())
        .isEqualTo("Allowed from");
    Browser.screenshot(browser, "53-allowed-ips-list-desktop");
    ApiClient api = new ApiClient(deployment);
    ApiClient.Answer refused = api.get("api/user/me", key);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.errorCode()).isEqualTo("auth.token.address");

    browser.manage().window().setSize(Browser.PHONE);
    assertThat(fitsTheWindow()).as("the list at phone width").isTrue();
    Browser.screenshot(browser, "54-allowed-ips-list-phone");
  }

  @Test
  void anAddressThatIsNoneIsRefusedNextToTheField() {
    openTokensPage();
    addToken("office", "10.0.0.0/8, 10.1.2.3/8");
    click(By.id("add-submit"));

    assertThat(visible(By.id("token-allowed-ips-error")).getText())
        .isEqualTo(
            "10.1.2.3/8 has bits set past its prefix: write 10.0.0.0/8 for the block, or the"
                + " address alone.");
    assertThat(browser.findElement(By.id("token-allowed-ips")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    Browser.screenshot(browser, "55-allowed-ips-refused-desktop");
    assertThat(tokensOf(account)).isZero();
    refusedWith(400);

    browser.findElement(By.id("token-allowed-ips")).clear();
    browser.findElement(By.id("token-allowed-ips")).sendKeys("intranet");
    click(By.id("add-submit"));
    wait.until(
        driver ->
            browser
                .findElement(By.id("token-allowed-ips-error"))
                .getText()
                .equals("Not an IP address or CIDR range: intranet."));
    assertThat(tokensOf(account)).isZero();
    refusedWith(400);
  }
}
