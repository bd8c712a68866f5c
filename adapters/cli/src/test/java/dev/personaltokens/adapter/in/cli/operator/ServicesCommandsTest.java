package dev.personaltokens.adapter.in.cli.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.application.port.in.client.ServiceCredentials;
import dev.personaltokens.domain.client.ServiceClient;
import dev.personaltokens.domain.client.ServiceClientId;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code ptk admin services}: register, list and delete the services that introspect. */
class ServicesCommandsTest extends OnInMemoryAdmin {

  static final Pattern CLIENT_ID = Pattern.compile("client_id +(\\S+)");
  static final Pattern CLIENT_SECRET = Pattern.compile("client_secret +(\\S+)");

  @Test
  void createPrintsTheClientIdAndTheSecretOnceAndStoresOnlyItsDigest() {
    Run run = cli.run("admin", "services", "create", "--name", " billing ");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String clientId = find(CLIENT_ID, run.out());
    String secret = find(CLIENT_SECRET, run.out());
    assertThat(secret).startsWith("ptc_").hasSize(42);
    assertThat(run.out()).contains("Registered service \"billing\"").contains("only time");
    ServiceClient stored =
        app.serviceClients().findById(ServiceClientId.parse(clientId)).orElseThrow();
    assertThat(stored.toString()).doesNotContain(secret);
    assertThat(
            app.useCases()
                .introspectToken()
                .introspect(new ServiceCredentials(clientId, secret), "ptk_x", Optional.empty())
                .isActive())
        .isFalse();
  }

  @Test
  void listShowsEveryServiceWithItsHintNeverItsSecret() {
    String first = cli.run("admin", "services", "create", "--name", "billing").out();
    app.clock().advance(Duration.ofMinutes(1));
    cli.run("admin", "services", "create", "--name", "search");

    Run list = cli.run("admin", "services", "list");

    assertThat(list.exitCode()).isZero();
    assertThat(list.out())
        .contains("CLIENT ID", "NAME", "SECRET", "CREATED")
        .contains(find(CLIENT_ID, first), "billing", "search", "ptc_...")
        .contains("2 services")
        .doesNotContain(find(CLIENT_SECRET, first));
    assertThat(list.out().indexOf("billing")).isLessThan(list.out().indexOf("search"));
  }

  @Test
  void listWithoutServicesSaysHowToRegisterOne() {
    Run list = cli.run("admin", "services", "list");

    assertThat(list.exitCode()).isZero();
    assertThat(list.out()).contains("No services").contains("ptk admin services create");
  }

  @Test
  void deleteRemovesTheService() {
    String clientId =
        find(CLIENT_ID, cli.run("admin", "services", "create", "--name", "billing").out());

    Run deleted = cli.run("admin", "services", "delete", clientId);

    assertThat(deleted.exitCode()).as(deleted.toString()).isZero();
    assertThat(deleted.out()).contains("Deleted service " + clientId);
    assertThat(app.serviceClients().all()).isEmpty();
    Run again = cli.run("admin", "services", "delete", clientId);
    assertThat(again.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(again.errLines()).isEqualTo("ptk: no service client " + clientId);
  }

  @Test
  void aMalformedClientIdIsAUsageErrorBeforeTheDatabaseIsOpened() {
    Run run = cli.run("admin", "services", "delete", "billing");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("a client id is a UUID").contains("'billing'");
    assertThat(admin.connections).isEmpty();
  }

  @Test
  void aBadNameIsOneLine() {
    Run run = cli.run("admin", "services", "create", "--name", "  ");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).isEqualTo("ptk: name is required");
    assertThat(app.serviceClients().all()).isEmpty();
  }
}
