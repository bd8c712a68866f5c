package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.application.port.out.TokenFixtures;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Tokens that don't work and servers that don't answer: an expired or revoked token, one that
 * expires within a week (a warning), an unknown token id, and a server that is down.
 */
@SharedServer.On
class CliFailuresIT extends CliSupport {

  @Test
  void expiredTokenIsRefusedAsExpired() {
    TokenSecret secret = TokenFixtures.randomSecret(SecretKind.PERSONAL_TOKEN);
    Instant past = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MICROS);
    TestDatabase.plant(
        TokenFixtures.token(
            account.id(), secret, "planted", "", past.minusSeconds(60), past, null));

    Run run = ptk.env("PTK_TOKEN", secret.reveal()).run("tokens", "list");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err().strip())
        .isEqualTo("ptk: the server refused the token from PTK_TOKEN: the token has expired");
  }

  @Test
  void revokedTokenIsRefused() {
    String key = createdKey(7);
    ptk.env("PTK_TOKEN", key);
    String id =
        array(ptk.run("tokens", "list", "-o", "json").out()).getJsonObject(0).getString("uuid");
    assertThat(api.delete("api/iam/personal_tokens/" + id, key).status()).isEqualTo(204);

    Run run = ptk.run("whoami");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains("the server refused the token from PTK_TOKEN: the token has been revoked");
  }

  @Test
  void tokenExpiringWithinAWeekIsWarnedAbout() {
    Run run = ptk.env("PTK_TOKEN", createdKey(1)).run("tokens", "list", "-o", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).startsWith("warning: the token in use expires in ");
    assertThat(array(run.out())).hasSize(1);
  }

  @Test
  void unknownTokenIdIsNotFound() {
    String id = UUID.randomUUID().toString();

    Run run = ptk.env("PTK_TOKEN", createdKey(30)).run("tokens", "describe", id);

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err().strip()).isEqualTo("ptk: no personal token " + id);
  }

  @Test
  void serverThatIsDownIsUnreachable() throws IOException {
    String down = "http://127.0.0.1:" + LoopbackPort.free();

    Run run = ptk.env("PTK_TOKEN", createdKey(30)).run("tokens", "list", "--server", down);

    assertThat(run.exitCode()).isEqualTo(5);
    assertThat(run.err().strip())
        .isEqualTo(
            "ptk: cannot reach "
                + down
                + ": connection refused; is the server running? (set the server with --server or"
                + " PTK_SERVER)");
  }
}
