package dev.personaltokens.application.service.token;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.token.PersonalTokenNotFoundException;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.TokenId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RevokePersonalTokenServiceTest {

  private final InMemoryApplication app = new InMemoryApplication();
  private final AccountId alice = app.account("alice@example.com", "correct horse battery").id();
  private final AccountId bob = app.account("bob@example.com", "correct horse battery").id();

  @Test
  void recordsWhenTheTokenWasRevoked() {
    PersonalToken token = app.token(alice, "deploy").token();
    app.clock().advance(Duration.ofHours(2));
    Instant now = app.clock().now();

    app.revokeToken().revoke(alice, token.id());

    PersonalToken stored = app.tokens().findById(token.id()).orElseThrow();
    assertThat(stored.revokedAt()).isEqualTo(now);
    assertThat(stored.lastModified()).isEqualTo(now);
    assertThat(stored.created()).isEqualTo(token.created());
  }

  @Test
  void revokedTokenStopsAuthenticatingAtOnce() {
    CreatedPersonalToken created = app.token(alice, "deploy");
    app.authenticate().authenticate(created.secret().reveal());

    app.revokeToken().revoke(alice, created.token().id());

    assertFails(
        () -> app.authenticate().authenticate(created.secret().reveal()),
        AuthenticationException.class,
        "auth.token.revoked");
  }

  @Test
  void revokedTokenLeavesTheList() {
    PersonalToken token = app.token(alice, "deploy").token();

    app.revokeToken().revoke(alice, token.id());

    assertThat(app.listTokens().list(alice, "", new PageRequest(1, 10)).total()).isZero();
  }

  @Test
  void revokingTwiceIsNotFoundTheSecondTime() {
    PersonalToken token = app.token(alice, "deploy").token();
    app.revokeToken().revoke(alice, token.id());
    Instant firstRevocation = app.clock().now();
    app.clock().advance(Duration.ofMinutes(1));

    assertFails(
        () -> app.revokeToken().revoke(alice, token.id()),
        PersonalTokenNotFoundException.class,
        "token.not_found");
    assertThat(app.tokens().findById(token.id()).orElseThrow().revokedAt())
        .isEqualTo(firstRevocation);
  }

  @Test
  void someoneElsesTokenIsNotFoundAndKeepsWorking() {
    CreatedPersonalToken bobs = app.token(bob, "bob's");

    assertFails(
        () -> app.revokeToken().revoke(alice, bobs.token().id()),
        PersonalTokenNotFoundException.class,
        "token.not_found");
    assertThat(app.tokens().findById(bobs.token().id()).orElseThrow().isRevoked()).isFalse();
    assertThat(app.authenticate().authenticate(bobs.secret().reveal()).account()).isEqualTo(bob);
  }

  @Test
  void unknownTokenIsNotFound() {
    assertFails(
        () -> app.revokeToken().revoke(alice, TokenId.random()),
        PersonalTokenNotFoundException.class,
        "token.not_found");
  }

  @Test
  void revokesOnlyThatToken() {
    PersonalToken revoked = app.token(alice, "revoked").token();
    CreatedPersonalToken kept = app.token(alice, "kept");

    app.revokeToken().revoke(alice, revoked.id());

    assertThat(app.authenticate().authenticate(kept.secret().reveal()).account()).isEqualTo(alice);
  }
}
