package dev.personaltokens.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.user.ExpiryWarning;
import dev.personaltokens.adapter.in.rest.ResponseHeadersFilter;
import dev.personaltokens.application.Policies;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * What two modules must agree on without depending on each other, checked where both are seen: the
 * server's headers and the CLI that reads them, the WAR's settings and the defaults in code.
 */
class SharedConstantsTest {

  @Test
  void theCliReadsTheExpiryHeaderTheServerSendsAndTheDocumentDescribes() {
    assertThat(ExpiryWarning.HEADER).isEqualTo(ResponseHeadersFilter.TOKEN_EXPIRATION);
    assertThat(resource("META-INF/openapi.yaml"))
        .contains("    " + ResponseHeadersFilter.TOKEN_EXPIRATION + ":");
  }

  @Test
  void theDefaultPoliciesAreTheServersShippedSettings() {
    Properties settings = parse(resource("META-INF/microprofile-config.properties"));

    assertThat(Duration.parse(settings.getProperty("ptk.token.max-lifetime")))
        .isEqualTo(Policies.DEFAULT.expiryPolicy().maxLifetime());
    assertThat(Duration.parse(settings.getProperty("ptk.session.lifetime")))
        .isEqualTo(Policies.DEFAULT.sessionLifetime());
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
