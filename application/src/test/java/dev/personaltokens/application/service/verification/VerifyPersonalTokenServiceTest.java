package dev.personaltokens.application.service.verification;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.in.verification.InsufficientScopeException;
import dev.personaltokens.application.port.in.verification.VerifiedToken;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.token.Scope;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerifyPersonalTokenServiceTest {

  private final InMemoryApplication app = new InMemoryApplication();
  private final Account alice = app.account("alice@example.com", "correct horse battery");

  private VerifiedToken verify(String secret, String... methods) {
    return app.useCases().verifyPersonalToken().verify(secret, List.of(methods));
  }

  @Test
  void aGoodTokenTellsWhoseItIsAndMarksItUsed() {
    CreatedPersonalToken created = app.token(alice.id(), "ci");

    VerifiedToken verified = verify(created.secret().reveal(), "POST");

    assertThat(verified.email()).isEqualTo(alice.email());
    assertThat(verified.token().id()).isEqualTo(created.token().id());
    assertThat(verified.token().owner()).isEqualTo(alice.id());
    app.flushTokenUsage().flush();
    assertThat(app.tokens().findById(created.token().id()).orElseThrow().lastUsedAt())
        .isEqualTo(app.clock().now());
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "OPTIONS", "get", "head"})
  void aReadOnlyTokenPassesSafeMethods(String method) {
    String secret = app.token(alice.id(), "reader", Scope.READ_ONLY).secret().reveal();

    assertThat(verify(secret, method).token().scope()).isEqualTo(Scope.READ_ONLY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "PROPFIND", "TRACE", "CONNECT", ""})
  void aReadOnlyTokenIsRefusedAnyOtherMethod(String method) {
    String secret = app.token(alice.id(), "reader", Scope.READ_ONLY).secret().reveal();

    assertFails(
        () -> verify(secret, method), InsufficientScopeException.class, "auth.scope.insufficient");
  }

  @Test
  void aReadOnlyTokenIsRefusedWhenAnyMethodSignalIsUnsafeOrTheyDisagree() {
    String secret = app.token(alice.id(), "reader", Scope.READ_ONLY).secret().reveal();

    for (String[] signals :
        new String[][] {
          {"GET", "POST"}, {"POST", "GET"}, {"GET", "GET", "DELETE"}, {"GET", "HEAD"}
        }) {
      assertFails(
          () -> verify(secret, signals),
          InsufficientScopeException.class,
          "auth.scope.insufficient");
    }
    assertThat(verify(secret, "GET", "GET", "get").token().scope()).isEqualTo(Scope.READ_ONLY);
  }

  @Test
  void aSessionIsNoPersonalToken() {
    String session =
        app.signIn()
            .signIn(alice.email(), Password.presented("correct horse battery"))
            .secret()
            .reveal();

    assertFails(() -> verify(session, "GET"), AuthenticationException.class, "auth.token.invalid");
  }

  @Test
  void revokedExpiredAndMalformedTokensAreToldApart() {
    CreatedPersonalToken revoked = app.token(alice.id(), "revoked");
    app.revokeToken().revoke(alice.id(), revoked.token().id());
    CreatedPersonalToken expiring = app.token(alice.id(), "expiring", Duration.ofDays(1));
    app.clock().advance(Duration.ofDays(2));

    assertFails(
        () -> verify(revoked.secret().reveal(), "GET"),
        AuthenticationException.class,
        "auth.token.revoked");
    assertFails(
        () -> verify(expiring.secret().reveal(), "GET"),
        AuthenticationException.class,
        "auth.token.expired");
    assertFails(
        () -> verify("ptk_nope", "GET"), AuthenticationException.class, "auth.token.malformed");
  }

  @Test
  void aPasswordResetEndsSessionsNotPersonalTokens() {
    String secret = app.token(alice.id(), "ci").secret().reveal();

    app.resetPassword()
        .resetPassword(
            InMemoryApplication.OPERATOR,
            new Email("alice@example.com"),
            Password.newPassword("another horse battery"));

    assertThat(verify(secret, "DELETE").email()).isEqualTo(alice.email());
  }
}
