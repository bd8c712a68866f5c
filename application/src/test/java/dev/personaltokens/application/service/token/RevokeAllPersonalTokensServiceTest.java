package dev.personaltokens.application.service.token;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.session.IssuedSession;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.domain.InvalidValues;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import org.junit.jupiter.api.Test;

class RevokeAllPersonalTokensServiceTest {

  private final InMemoryApplication app = new InMemoryApplication();
  private final AccountId alice = app.account("alice@example.com", "correct horse battery").id();
  private final AccountId bob = app.account("bob@example.com", "correct horse battery").id();

  @Test
  void revokesEveryTokenOfTheOwnerAndSaysHowMany() {
    CreatedPersonalToken one = app.token(alice, "one");
    app.token(alice, "two");
    app.revokeToken().revoke(alice, app.token(alice, "gone").token().id());

    int revoked = app.useCases().revokeAllPersonalTokens().revokeAll(alice, "delete");

    assertThat(revoked).isEqualTo(2);
    assertThat(app.listTokens().list(alice, "", new PageRequest(1, 10)).total()).isZero();
    assertFails(
        () -> app.authenticate().authenticate(one.secret().reveal()),
        AuthenticationException.class,
        "auth.token.revoked");
  }

  @Test
  void leavesOtherAccountsAndTheSessionsAlone() {
    CreatedPersonalToken bobs = app.token(bob, "bob's");
    app.token(alice, "one");
    IssuedSession session =
        app.signIn()
            .signIn(new Email("alice@example.com"), Password.presented("correct horse battery"));

    app.useCases().revokeAllPersonalTokens().revokeAll(alice, "delete");

    assertThat(app.authenticate().authenticate(bobs.secret().reveal()).account()).isEqualTo(bob);
    assertThat(app.authenticate().authenticate(session.secret().reveal()).account())
        .isEqualTo(alice);
  }

  @Test
  void withoutTheTypedWordNothingIsRevoked() {
    CreatedPersonalToken one = app.token(alice, "one");

    InvalidValues.assertRejected(
        () -> app.useCases().revokeAllPersonalTokens().revokeAll(alice, "yes"),
        "confirm.required",
        "confirm");
    assertThat(app.authenticate().authenticate(one.secret().reveal()).account()).isEqualTo(alice);
  }

  @Test
  void withNothingToRevokeTheCountIsZero() {
    assertThat(app.useCases().revokeAllPersonalTokens().revokeAll(alice, "delete")).isZero();
  }
}
