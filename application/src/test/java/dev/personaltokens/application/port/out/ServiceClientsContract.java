package dev.personaltokens.application.port.out;

import static dev.personaltokens.application.port.out.TokenFixtures.T0;
import static dev.personaltokens.application.port.out.TokenFixtures.randomSecret;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.client.ServiceClient;
import dev.personaltokens.domain.client.ServiceClientId;
import dev.personaltokens.domain.client.ServiceName;
import dev.personaltokens.domain.token.SecretKind;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ServiceClients} must do. The store may be shared with other tests and is never
 * emptied, so each test registers clients of its own.
 */
public abstract class ServiceClientsContract {

  protected abstract ServiceClients clients();

  private static ServiceClient client(String name, int secondsAfterT0) {
    return ServiceClient.register(
        new ServiceName(name),
        randomSecret(SecretKind.SERVICE_CLIENT),
        T0.plusSeconds(secondsAfterT0));
  }

  @Test
  void findsAnAddedClientByIdWithEveryField() {
    ServiceClient client = client("billing 日本", 0);

    clients().add(client);

    assertThat(clients().findById(client.id())).contains(client);
  }

  @Test
  void findsNothingForAnUnknownId() {
    assertThat(clients().findById(ServiceClientId.random())).isEmpty();
  }

  @Test
  void listsClientsOldestFirst() {
    ServiceClient later = client("later", 120);
    ServiceClient earlier = client("earlier", 60);

    clients().add(later);
    clients().add(earlier);

    assertThat(clients().all()).containsSubsequence(earlier, later);
  }

  @Test
  void removesOnlyTheClientAskedFor() {
    ServiceClient gone = client("gone", 0);
    ServiceClient kept = client("kept", 0);
    clients().add(gone);
    clients().add(kept);

    assertThat(clients().remove(gone.id())).isTrue();

    assertThat(clients().findById(gone.id())).isEmpty();
    assertThat(clients().findById(kept.id())).contains(kept);
    assertThat(clients().all()).doesNotContain(gone);
    assertThat(clients().remove(gone.id())).isFalse();
  }
}
