package dev.personaltokens.application.service.session;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.session.IssuedSession;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.out.TokenFixtures;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.token.SecretKind;
import org.junit.jupiter.api.Test;

class SignOutServiceTest {

  private final InMemoryApplication app = new InMemoryApplication();
  private final AccountId alice = app.account("alice@example.com", "correct horse battery").id();

  @Test
  void removesTheSession() {
    IssuedSession issued = signIn();

    app.signOut().signOut(Actor.of(alice), issued.secret());

    assertThat(app.sessions().findByDigest(issued.secret().digest())).isEmpty();
    assertFails(
        () -> app.authenticate().authenticate(issued.secret().reveal()),
        AuthenticationException.class,
        "auth.token.invalid");
  }

  @Test
  void endsOnlyThatSession() {
    IssuedSession ended = signIn();
    IssuedSession kept = signIn();

    app.signOut().signOut(Actor.of(alice), ended.secret());

    assertThat(app.authenticate().authenticate(kept.secret().reveal()).account()).isEqualTo(alice);
  }

  @Test
  void leavesAPresentedPersonalTokenWorking() {
    CreatedPersonalToken created = app.token(alice, "deploy");

    app.signOut().signOut(Actor.of(alice), created.secret());

    assertThat(app.authenticate().authenticate(created.secret().reveal()).account())
        .isEqualTo(alice);
    assertThat(app.tokens().findById(created.token().id()).orElseThrow().isRevoked()).isFalse();
  }

  @Test
  void signingOutTwiceIsHarmless() {
    IssuedSession issued = signIn();
    app.signOut().signOut(Actor.of(alice), issued.secret());

    assertThatCode(() -> app.signOut().signOut(Actor.of(alice), issued.secret()))
        .doesNotThrowAnyException();
  }

  @Test
  void signingOutAnUnknownSessionIsHarmless() {
    IssuedSession kept = signIn();

    assertThatCode(
            () ->
                app.signOut()
                    .signOut(Actor.of(alice), TokenFixtures.randomSecret(SecretKind.SESSION)))
        .doesNotThrowAnyException();
    assertThat(app.sessions().all()).containsExactly(kept.session());
  }

  private IssuedSession signIn() {
    return app.signIn()
        .signIn(new Email("alice@example.com"), Password.presented("correct horse battery"));
  }
}
