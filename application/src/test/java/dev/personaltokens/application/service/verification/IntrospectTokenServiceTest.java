package dev.personaltokens.application.service.verification;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.client.RegisteredServiceClient;
import dev.personaltokens.application.port.in.client.ServiceCredentials;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.in.verification.Introspection;
import dev.personaltokens.application.port.out.TokenFixtures;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.client.ServiceClientId;
import dev.personaltokens.domain.client.ServiceName;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.SecretKind;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IntrospectTokenServiceTest {

  private final InMemoryApplication app = new InMemoryApplication();
  private final Account alice = app.account("alice@example.com", "correct horse battery");
  private final RegisteredServiceClient billing =
      app.useCases()
          .registerServiceClient()
          .register(InMemoryApplication.OPERATOR, new ServiceName("billing"));
  private final ServiceCredentials credentials =
      new ServiceCredentials(billing.client().id().toString(), billing.secret().reveal());

  private Introspection introspect(String token) {
    return app.useCases().introspectToken().introspect(credentials, token, Optional.empty());
  }

  @Test
  void aGoodTokenIsActiveWithItsOwnerAndScope() {
    CreatedPersonalToken created = app.token(alice.id(), "reader", Scope.READ_ONLY);

    Introspection answer = introspect(created.secret().reveal());

    assertThat(answer.isActive()).isTrue();
    assertThat(answer.client()).isEqualTo(billing.client().id());
    assertThat(answer.token().orElseThrow().email()).isEqualTo(alice.email());
    assertThat(answer.token().orElseThrow().token().scope()).isEqualTo(Scope.READ_ONLY);
    app.flushTokenUsage().flush();
    assertThat(app.tokens().findById(created.token().id()).orElseThrow().lastUsedAt())
        .isEqualTo(app.clock().now());
  }

  @Test
  void anyTokenThatIsNotGoodIsOnlyInactive() {
    CreatedPersonalToken revoked = app.token(alice.id(), "revoked");
    app.revokeToken().revoke(alice.id(), revoked.token().id());
    CreatedPersonalToken expired = app.token(alice.id(), "expired", Duration.ofDays(1));
    app.clock().advance(Duration.ofDays(2));
    String session =
        app.signIn()
            .signIn(alice.email(), Password.presented("correct horse battery"))
            .secret()
            .reveal();

    for (String token :
        new String[] {
          revoked.secret().reveal(),
          expired.secret().reveal(),
          session,
          billing.secret().reveal(),
          TokenFixtures.randomSecret(SecretKind.PERSONAL_TOKEN).reveal(),
          "ptk_short",
          "",
          "eyJhbGciOiJIUzI1NiJ9.e30.sig"
        }) {
      Introspection answer = introspect(token);
      assertThat(answer.isActive()).as(token).isFalse();
      assertThat(answer.token()).as(token).isEmpty();
    }
    assertThat(introspect(null).isActive()).isFalse();
  }

  static Stream<Arguments> badCredentials() {
    String other = TokenFixtures.randomSecret(SecretKind.SERVICE_CLIENT).reveal();
    return Stream.of(
        Arguments.of("unknown id", ServiceClientId.random().toString(), null),
        Arguments.of("wrong secret", null, other),
        Arguments.of("malformed id", "billing", null),
        Arguments.of("malformed secret", null, "ptc_short"),
        Arguments.of("missing id", "", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCredentials")
  void aBadClientCredentialIsRefused(String what, String clientId, String secret) {
    ServiceCredentials bad =
        new ServiceCredentials(
            clientId == null ? billing.client().id().toString() : clientId,
            secret == null ? billing.secret().reveal() : secret);
    String token = app.token(alice.id(), "ci").secret().reveal();

    assertFails(
        () -> app.useCases().introspectToken().introspect(bad, token, Optional.empty()),
        AuthenticationException.class,
        "auth.client.invalid");
  }

  @Test
  void aPersonalTokenIsNoClientSecret() {
    String token = app.token(alice.id(), "ci").secret().reveal();
    ServiceCredentials withToken = new ServiceCredentials(billing.client().id().toString(), token);

    assertFails(
        () -> app.useCases().introspectToken().introspect(withToken, token, Optional.empty()),
        AuthenticationException.class,
        "auth.client.invalid");
  }

  @Test
  void aDeletedClientIsRefusedOnItsNextCall() {
    String token = app.token(alice.id(), "ci").secret().reveal();
    assertThat(introspect(token).isActive()).isTrue();

    app.useCases()
        .deleteServiceClient()
        .delete(InMemoryApplication.OPERATOR, billing.client().id());

    assertFails(() -> introspect(token), AuthenticationException.class, "auth.client.invalid");
  }

  @Test
  void credentialsNeverShowTheirSecret() {
    assertThat(credentials.toString()).doesNotContain(billing.secret().reveal());
  }
}
