package dev.personaltokens.application.service.token;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.token.PersonalTokenNotFoundException;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.TokenId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GetPersonalTokenServiceTest {

  private final InMemoryApplication app = new InMemoryApplication();
  private final AccountId alice = app.account("alice@example.com", "correct horse battery").id();
  private final AccountId bob = app.account("bob@example.com", "correct horse battery").id();

  @Test
  void getsOneOfTheOwnersTokens() {
    PersonalToken token = app.token(alice, "deploy").token();

    assertThat(app.getToken().get(alice, token.id())).isEqualTo(token);
  }

  @Test
  void showsWhenTheTokenWasLastUsed() {
    PersonalToken token = app.token(alice, "deploy").token();
    app.clock().advance(Duration.ofMinutes(5));
    app.tokens().markUsed(token.id(), app.clock().now(), "192.0.2.1");

    assertThat(app.getToken().get(alice, token.id()).lastUsedAt()).isEqualTo(app.clock().now());
  }

  @Test
  void someoneElsesTokenIsNotFound() {
    PersonalToken bobs = app.token(bob, "bob's").token();

    assertFails(
        () -> app.getToken().get(alice, bobs.id()),
        PersonalTokenNotFoundException.class,
        "token.not_found");
  }

  @Test
  void unknownTokenIsNotFound() {
    assertFails(
        () -> app.getToken().get(alice, TokenId.random()),
        PersonalTokenNotFoundException.class,
        "token.not_found");
  }

  @Test
  void revokedTokenIsNotFound() {
    PersonalToken token = app.token(alice, "deploy").token();
    app.revokeToken().revoke(alice, token.id());

    assertFails(
        () -> app.getToken().get(alice, token.id()),
        PersonalTokenNotFoundException.class,
        "token.not_found");
  }

  @Test
  void expiredTokenIsStillFound() {
    PersonalToken token = app.token(alice, "deploy", Duration.ofDays(1)).token();
    app.clock().advance(Duration.ofDays(2));

    assertThat(app.getToken().get(alice, token.id())).isEqualTo(token);
  }

  @Test
  void notFoundNamesTheIdButNoOwner() {
    PersonalToken bobs = app.token(bob, "bob's").token();

    assertThatThrownBy(() -> app.getToken().get(alice, bobs.id()))
        .isInstanceOf(PersonalTokenNotFoundException.class)
        .hasMessageContaining(bobs.id().toString())
        .hasMessageNotContaining("bob");
  }
}
