package dev.personaltokens.application.service.token;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.session.IssuedSession;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.token.Rotation;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.in.verification.InsufficientScopeException;
import dev.personaltokens.application.port.in.verification.NotAPersonalTokenException;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.token.Scope;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RotateOwnTokenServiceTest {

  private final InMemoryApplication app = new InMemoryApplication();
  private final AccountId alice = app.account("alice@example.com", "correct horse battery").id();

  @Test
  void rotatesThePresentedToken() {
    CreatedPersonalToken own = app.token(alice, "script");

    CreatedPersonalToken successor = rotateOwn(own.secret().reveal()).successor();

    assertThat(successor.token().family()).isEqualTo(own.token().id());
    assertThat(successor.token().name()).isEqualTo(own.token().name());
    assertFails(
        () -> app.authenticate().authenticate(own.secret().reveal()),
        AuthenticationException.class,
        "auth.token.rotated");
  }

  @Test
  void presentingTheRotatedAwayKeyToRotateAgainEndsTheFamily() {
    CreatedPersonalToken own = app.token(alice, "script");
    CreatedPersonalToken successor = rotateOwn(own.secret().reveal()).successor();

    Rotation reuse = rotateOwn(own.secret().reveal());

    assertFails(reuse::successor, AuthenticationException.class, "auth.token.rotated");
    assertFails(
        () -> app.authenticate().authenticate(successor.secret().reveal()),
        AuthenticationException.class,
        "auth.token.revoked");
  }

  @Test
  void aSessionIsNotAPersonalToken() {
    IssuedSession session =
        app.signIn()
            .signIn(new Email("alice@example.com"), Password.presented("correct horse battery"));

    assertFails(
        () -> rotateOwn(session.secret().reveal()),
        NotAPersonalTokenException.class,
        "token.self.not_personal");
  }

  @Test
  void unusableTokensAreRefusedAsAuthenticationRefusesThem() {
    CreatedPersonalToken revoked = app.token(alice, "revoked");
    app.revokeToken().revoke(alice, revoked.token().id());
    CreatedPersonalToken expiring = app.token(alice, "expiring", Duration.ofDays(1));
    app.clock().advance(Duration.ofDays(2));

    assertFails(
        () -> rotateOwn(revoked.secret().reveal()),
        AuthenticationException.class,
        "auth.token.revoked");
    assertFails(
        () -> rotateOwn(expiring.secret().reveal()),
        AuthenticationException.class,
        "auth.token.expired");
    assertFails(
        () -> rotateOwn("ptk_nonsense"), AuthenticationException.class, "auth.token.malformed");
    assertThat(app.tokens().all()).hasSize(2);
  }

  @Test
  void aReadOnlyTokenMayNotRotateItself() {
    CreatedPersonalToken readOnly = app.token(alice, "reader", Scope.READ_ONLY);

    assertFails(
        () -> rotateOwn(readOnly.secret().reveal()),
        InsufficientScopeException.class,
        "auth.scope.insufficient");
    assertThat(app.authenticate().authenticate(readOnly.secret().reveal()).account())
        .isEqualTo(alice);
  }

  private Rotation rotateOwn(String secret) {
    return app.useCases().rotateOwnToken().rotateOwn(secret, Optional.empty(), Optional.empty());
  }
}
