package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.user.AuditCommand;
import dev.personaltokens.adapter.in.cli.user.ExpiresIn;
import dev.personaltokens.adapter.in.cli.user.ExpiryWarning;
import dev.personaltokens.adapter.in.rest.ResponseHeadersFilter;
import dev.personaltokens.application.Policies;
import dev.personaltokens.domain.Confirmation;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.settings.PtkSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What two modules must agree on without depending on each other, checked where both are seen: the
 * server's headers and the CLI that reads them, the WAR's settings and the defaults in code, the
 * console's expiry presets and the command line's.
 */
class SharedConstantsTest {

  @Test
  void theCliReadsTheExpiryHeaderTheServerSendsAndTheDocumentDescribes() {
    assertThat(ExpiryWarning.HEADER).isEqualTo(ResponseHeadersFilter.TOKEN_EXPIRATION);
    assertThat(resource("META-INF/openapi.yaml"))
        .contains("    " + ResponseHeadersFilter.TOKEN_EXPIRATION + ":");
  }

  @Test
  void theDefaultPoliciesAreTheShippedSettings() {
    assertThat(new PtkSettings(Map.of()).policies()).isEqualTo(Policies.DEFAULT);
  }

  /** The data source alone reads MicroProfile Config (the container resolves it): same defaults. */
  @Test
  void theDataSourceDefaultsToTheDatabaseEverythingElseDefaultsTo() {
    Properties dataSource = parse(resource("META-INF/microprofile-config.properties"));
    PtkSettings settings = new PtkSettings(Map.of());

    assertThat(dataSource.getProperty("db.url")).isEqualTo(settings.text("DB_URL"));
    assertThat(dataSource.getProperty("db.user")).isEqualTo(settings.text("DB_USER"));
  }

  /**
   * The console's presets.js lists its expiry presets as {days: N, ...}, the default selected. The
   * days are the contract's too (PRODUCT.md), spelled out so that both sides drifting together
   * fails as well.
   */
  @Test
  void theConsoleOffersTheCommandLinesExpiryPresets() {
    String presets = resource("META-INF/resources/presets.js");
    String expiry =
        presets.substring(
            presets.indexOf("EXPIRY_PRESETS"),
            presets.indexOf("];", presets.indexOf("EXPIRY_PRESETS")));
    List<Long> console =
        Pattern.compile("days: (\\d+)")
            .matcher(expiry)
            .results()
            .map(found -> Long.parseLong(found.group(1)))
            .toList();
    Matcher selected = Pattern.compile("days: (\\d+)[^}]*selected: true").matcher(expiry);

    assertThat(console)
        .isEqualTo(
            Arrays.stream(ExpiresIn.values()).map(preset -> preset.lifetime().toDays()).toList());
    assertThat(console).containsExactly(1L, 7L, 15L, 30L, 90L, 365L);
    assertThat(selected.find()).as("a default").isTrue();
    assertThat(Long.parseLong(selected.group(1)))
        .isEqualTo(ExpiresIn.DEFAULT.lifetime().toDays())
        .isEqualTo(30);
    assertThat(selected.find()).as("one default").isFalse();
  }

  /** The console's delete dialogs ask for the word the server's revoke_all demands. */
  @Test
  void theConsoleAsksForTheServersConfirmationWord() {
    Matcher word =
        Pattern.compile("CONFIRMATION = '([^']*)'")
            .matcher(resource("META-INF/resources/presets.js"));

    assertThat(word.find()).isTrue();
    assertThat(word.group(1)).isEqualTo(Confirmation.WORD).isEqualTo("delete");
  }

  /** The console's security log and 'ptk audit' say each type of event in the same words. */
  @Test
  void theConsoleAndTheCliNameEveryEventAlike() {
    String log = resource("META-INF/resources/log.js");
    Map<String, String> console = new HashMap<>();
    Pattern.compile("'([a-z_.]+)': '([^']+)'")
        .matcher(
            log.substring(
                log.indexOf("EVENT_WORDS"), log.indexOf("};", log.indexOf("EVENT_WORDS"))))
        .results()
        .forEach(found -> console.put(found.group(1), found.group(2)));

    assertThat(console).isEqualTo(AuditCommand.WORDS);
    assertThat(console.keySet())
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(AuditEventType.values()).map(AuditEventType::code).toList());
  }

  private static Properties parse(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  static String resource(String name) {
    try (InputStream in = SharedConstantsTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
