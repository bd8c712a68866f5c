package dev.personaltokens.adapter.in.cli.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** {@code ptk admin scim-token}: make, list and revoke identity providers' SCIM tokens. */
class ScimTokenCommandsTest extends OnInMemoryAdmin {

  static final Pattern ID = Pattern.compile("id +(\\S+)");
  static final Pattern TOKEN = Pattern.compile("token +(ptp_\\S+)");

  @Test
  void createShowsTheTokenOnceAndItOpensScimAsItsProvider() {
    Run run = cli.run("admin", "scim-token", "create", "--name", " okta ");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String token = find(TOKEN, run.out());
    assertThat(token).hasSize(42);
    assertThat(run.out()).contains("SCIM token \"okta\"").contains("only time");
    assertThat(app.scimTokens().all().get(0).toString()).doesNotContain(token);
    assertThat(app.useCases().authenticateProvisioner().authenticate(token))
        .isEqualTo(Actor.provisioner("okta"));
  }

  @Test
  void listShowsEveryTokenWithItsHintNeverItself() {
    String first = cli.run("admin", "scim-token", "create", "--name", "okta").out();
    app.clock().advance(Duration.ofMinutes(1));
    cli.run("admin", "scim-token", "create", "--name", "entra");

    Run list = cli.run("admin", "scim-token", "list");

    assertThat(list.exitCode()).isZero();
    assertThat(list.out())
        .contains("ID", "NAME", "TOKEN", "CREATED")
        .contains(find(ID, first), "okta", "entra", "ptp_...")
        .contains("2 SCIM tokens")
        .doesNotContain(find(TOKEN, first));
    assertThat(list.out().indexOf("okta")).isLessThan(list.out().indexOf("entra"));
    assertThat(cli.run("admin", "scim-token", "list").exitCode()).isZero();
  }

  @Test
  void revokeEndsTheTokenAtItsNextCall() {
    String created = cli.run("admin", "scim-token", "create", "--name", "okta").out();
    String id = find(ID, created);

    Run revoked = cli.run("admin", "scim-token", "revoke", id);

    assertThat(revoked.exitCode()).as(revoked.toString()).isZero();
    assertThat(revoked.out()).contains("Revoked SCIM token " + id);
    Assertions.assertThatThrownBy(
            () -> app.useCases().authenticateProvisioner().authenticate(find(TOKEN, created)))
        .isInstanceOf(AuthenticationException.class);
    Run again = cli.run("admin", "scim-token", "revoke", id);
    assertThat(again.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(again.errLines()).isEqualTo("ptk: no SCIM token " + id);
  }

  @Test
  void aMalformedIdIsAUsageErrorBeforeTheDatabaseIsOpened() {
    Run run = cli.run("admin", "scim-token", "revoke", "okta");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("a SCIM token's id is a UUID").contains("'okta'");
    assertThat(admin.connections).isEmpty();
  }

  @Test
  void withoutTokensListSaysHowToMakeOne() {
    Run list = cli.run("admin", "scim-token", "list");

    assertThat(list.out()).contains("No SCIM tokens").contains("ptk admin scim-token create");
  }
}
