package dev.personaltokens.application.service.client;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.UseCaseCall;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.client.DeleteServiceClientUseCase;
import dev.personaltokens.application.port.in.client.RegisterServiceClientUseCase;
import dev.personaltokens.application.port.in.client.RegisteredServiceClient;
import dev.personaltokens.application.port.in.client.ServiceClientNotFoundException;
import dev.personaltokens.domain.client.ServiceClient;
import dev.personaltokens.domain.client.ServiceClientId;
import dev.personaltokens.domain.client.ServiceName;
import dev.personaltokens.domain.token.SecretKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServiceClientsServiceTest {

  private final InMemoryApplication app = new InMemoryApplication();

  private RegisteredServiceClient register(String name) {
    return app.useCases()
        .registerServiceClient()
        .register(InMemoryApplication.OPERATOR, new ServiceName(name));
  }

  @Test
  void registeringStoresTheDigestAndShowsTheSecretOnce() {
    RegisteredServiceClient registered = register("billing");

    assertThat(registered.secret().kind()).isEqualTo(SecretKind.SERVICE_CLIENT);
    ServiceClient stored = app.serviceClients().findById(registered.client().id()).orElseThrow();
    assertThat(stored.digest()).isEqualTo(registered.secret().digest());
    assertThat(stored.toString()).doesNotContain(registered.secret().reveal());
    assertThat(stored.created()).isEqualTo(app.clock().now());
    assertThat(app.calls())
        .contains(
            new UseCaseCall(RegisterServiceClientUseCase.class, InMemoryApplication.OPERATOR));
  }

  @Test
  void listsEveryClientOldestFirst() {
    RegisteredServiceClient first = register("first");
    app.clock().advance(Duration.ofSeconds(1));
    RegisteredServiceClient second = register("second");

    assertThat(app.useCases().listServiceClients().list(InMemoryApplication.OPERATOR))
        .containsExactly(first.client(), second.client());
  }

  @Test
  void deletesOneClient() {
    RegisteredServiceClient gone = register("gone");
    RegisteredServiceClient kept = register("kept");

    app.useCases().deleteServiceClient().delete(InMemoryApplication.OPERATOR, gone.client().id());

    assertThat(app.useCases().listServiceClients().list(InMemoryApplication.OPERATOR))
        .containsExactly(kept.client());
    assertThat(app.calls())
        .contains(new UseCaseCall(DeleteServiceClientUseCase.class, InMemoryApplication.OPERATOR));
  }

  @Test
  void deletingAnUnknownClientIsNotFound() {
    ServiceClientId unknown = ServiceClientId.random();

    assertFails(
        () -> app.useCases().deleteServiceClient().delete(InMemoryApplication.OPERATOR, unknown),
        ServiceClientNotFoundException.class,
        "client.not_found");
  }
}
