package dev.personaltokens.application.service.verification;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.fakes.ManualClock;
import dev.personaltokens.application.port.in.session.IssuedSession;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.in.verification.FirstStep;
import dev.personaltokens.application.port.in.verification.Principal;
import dev.personaltokens.application.port.out.TokenFixtures;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.audit.Origin;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.SecretKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticateServiceTest {

  private final InMemoryApplication app = new InMemoryApplication();
  private final AccountId alice = app.account("alice@example.com", "correct horse battery").id();

  @Test
  void personalTokenAuthenticatesItsOwner() {
    CreatedPersonalToken created = app.token(alice, "deploy", Duration.ofDays(7));

    Principal principal = app.authenticate().authenticate(created.secret().reveal());

    assertThat(principal)
        .isEqualTo(
            new Principal(
                alice,
                SecretKind.PERSONAL_TOKEN,
                created.token().expiresAt(),
                Scope.GLOBAL,
                created.token().id(),
                FirstStep.NONE));
  }

  @Test
  void eachTokenAuthenticatesItsOwnOwner() {
    AccountId bob = app.account("bob@example.com", "correct horse battery").id();
    CreatedPersonalToken alices = app.token(alice, "alice's");
    CreatedPersonalToken bobs = app.token(bob, "bob's");

    assertThat(app.authenticate().authenticate(alices.secret().reveal()).account())
        .isEqualTo(alice);
    assertThat(app.authenticate().authenticate(bobs.secret().reveal()).account()).isEqualTo(bob);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        " ",
        "garbage",
        "ptk_",
        "pts_",
        "Token ptk_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "ptk_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZab",
        "ptk_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZa",
        "ghp_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZab"
      })
  void malformedSecretIsMalformed(String presented) {
    assertFails(
        () -> app.authenticate().authenticate(presented),
        AuthenticationException.class,
        "auth.token.malformed");
  }

  @Test
  void mistypedTokenIsMalformed() {
    String key = app.token(alice, "deploy").secret().reveal();
    char last = key.charAt(key.length() - 1);
    String mistyped = key.substring(0, key.length() - 1) + (last == 'a' ? 'b' : 'a');

    assertFails(
        () -> app.authenticate().authenticate(mistyped),
        AuthenticationException.class,
        "auth.token.malformed");
  }

  @Test
  void tokenWithSurroundingSpaceIsMalformed() {
    String key = app.token(alice, "deploy").secret().reveal();

    assertFails(
        () -> app.authenticate().authenticate(" " + key),
        AuthenticationException.class,
        "auth.token.malformed");
  }

  @Test
  void tokenInAnotherCaseIsMalformed() {
    String key = app.token(alice, "deploy").secret().reveal();

    assertFails(
        () -> app.authenticate().authenticate(key.toUpperCase(Locale.ROOT)),
        AuthenticationException.class,
        "auth.token.malformed");
  }

  @Test
  void unknownWellFormedTokenIsInvalid() {
    String unknown = TokenFixtures.randomSecret(SecretKind.PERSONAL_TOKEN).reveal();

    assertFails(
        () -> app.authenticate().authenticate(unknown),
        AuthenticationException.class,
        "auth.token.invalid");
  }

  @Test
  void unknownWellFormedSessionIsInvalid() {
    String unknown = TokenFixtures.randomSecret(SecretKind.SESSION).reveal();

    assertFails(
        () -> app.authenticate().authenticate(unknown),
        AuthenticationException.class,
        "auth.token.invalid");
  }

  @Test
  void revokedTokenSaysRevoked() {
    CreatedPersonalToken created = app.token(alice, "deploy");
    app.revokeToken().revoke(alice, created.token().id());

    assertFails(
        () -> app.authenticate().authenticate(created.secret().reveal()),
        AuthenticationException.class,
        "auth.token.revoked");
  }

  @Test
  void revokedAndExpiredTokenSaysRevoked() {
    CreatedPersonalToken created = app.token(alice, "deploy", Duration.ofDays(1));
    app.revokeToken().revoke(alice, created.token().id());
    app.clock().advance(Duration.ofDays(2));

    assertFails(
        () -> app.authenticate().authenticate(created.secret().reveal()),
        AuthenticationException.class,
        "auth.token.revoked");
  }

  @Test
  void tokenWorksUntilJustBeforeItsExpiry() {
    CreatedPersonalToken created = app.token(alice, "deploy", Duration.ofDays(1));
    app.clock().set(created.token().expiresAt().minusNanos(1));

    assertThat(app.authenticate().authenticate(created.secret().reveal()).account())
        .isEqualTo(alice);
  }

  @Test
  void tokenIsExpiredAtItsExpiry() {
    CreatedPersonalToken created = app.token(alice, "deploy", Duration.ofDays(1));
    app.clock().set(created.token().expiresAt());

    assertFails(
        () -> app.authenticate().authenticate(created.secret().reveal()),
        AuthenticationException.class,
        "auth.token.expired");
  }

  @Test
  void expiredTokenIsExpiredAndNotMarkedUsed() {
    CreatedPersonalToken created = app.token(alice, "deploy", Duration.ofDays(1));
    app.clock().advance(Duration.ofDays(3));

    assertFails(
        () -> app.authenticate().authenticate(created.secret().reveal()),
        AuthenticationException.class,
        "auth.token.expired");
    assertThat(lastUsedAt(created)).isNull();
  }

  @Test
  void sessionAuthenticatesItsAccount() {
    IssuedSession issued = signIn();

    Principal principal = app.authenticate().authenticate(issued.secret().reveal());

    assertThat(principal)
        .isEqualTo(
            new Principal(
                alice,
                SecretKind.SESSION,
                ManualClock.START.plus(InMemoryApplication.SESSION_LIFETIME),
                Scope.GLOBAL,
                null,
                FirstStep.NONE));
  }

  @Test
  void sessionWorksUntilJustBeforeItsExpiry() {
    IssuedSession issued = signIn();
    app.clock().set(issued.session().expiresAt().minusNanos(1));

    assertThat(app.authenticate().authenticate(issued.secret().reveal()).account())
        .isEqualTo(alice);
  }

  @Test
  void expiredSessionIsExpired() {
    IssuedSession issued = signIn();
    app.clock().advance(Duration.ofHours(24));

    assertFails(
        () -> app.authenticate().authenticate(issued.secret().reveal()),
        AuthenticationException.class,
        "auth.token.expired");
  }

  @Test
  void sessionUseLeavesTheTokensAlone() {
    CreatedPersonalToken created = app.token(alice, "deploy");
    IssuedSession issued = signIn();

    app.authenticate().authenticate(issued.secret().reveal());

    assertThat(lastUsedAt(created)).isNull();
  }

  @Test
  void firstUseRecordsWhenTheTokenWasUsed() {
    CreatedPersonalToken created = app.token(alice, "deploy");
    app.clock().advance(Duration.ofHours(1));

    app.authenticate().authenticate(created.secret().reveal());

    assertThat(lastUsedAt(created)).isEqualTo(app.clock().now());
  }

  @Test
  void useWithinAMinuteIsNotWrittenAgain() {
    CreatedPersonalToken created = app.token(alice, "deploy");
    app.authenticate().authenticate(created.secret().reveal());
    Instant firstUse = app.clock().now();
    app.flushTokenUsage().flush(); // as the server does within a second

    app.clock().advance(Duration.ofSeconds(30));
    app.authenticate().authenticate(created.secret().reveal());
    app.clock().set(firstUse.plus(Duration.ofMinutes(1)));
    app.authenticate().authenticate(created.secret().reveal());

    assertThat(lastUsedAt(created)).isEqualTo(firstUse);
  }

  @Test
  void useMoreThanAMinuteLaterIsWrittenAgain() {
    CreatedPersonalToken created = app.token(alice, "deploy");
    app.authenticate().authenticate(created.secret().reveal());
    Instant firstUse = app.clock().now();
    app.flushTokenUsage().flush();

    app.clock().set(firstUse.plus(Duration.ofMinutes(1)).plusMillis(1));
    app.authenticate().authenticate(created.secret().reveal());

    assertThat(lastUsedAt(created)).isEqualTo(firstUse.plus(Duration.ofMinutes(1)).plusMillis(1));
  }

  @Test
  void lastUseKeepsMovingWithEveryMinute() {
    CreatedPersonalToken created = app.token(alice, "deploy");
    for (int minute = 0; minute < 5; minute++) {
      app.clock().advance(Duration.ofSeconds(61));
      app.authenticate().authenticate(created.secret().reveal());

      assertThat(lastUsedAt(created)).isEqualTo(app.clock().now());
    }
  }

  @Test
  void recordingUseDoesNotModifyTheToken() {
    CreatedPersonalToken created = app.token(alice, "deploy");
    app.clock().advance(Duration.ofHours(1));

    app.authenticate().authenticate(created.secret().reveal());
    app.flushTokenUsage().flush();

    PersonalToken stored = app.tokens().findById(created.token().id()).orElseThrow();
    assertThat(stored.lastModified()).isEqualTo(created.token().lastModified());
  }

  private IssuedSession signIn() {
    return app.signIn()
        .signIn(new Email("alice@example.com"), Password.presented("correct horse battery"));
  }

  /** As stored once the server's next flush has written what authentication noted. */
  private Instant lastUsedAt(CreatedPersonalToken created) {
    app.flushTokenUsage().flush();
    return app.tokens().findById(created.token().id()).orElseThrow().lastUsedAt();
  }

  @Test
  void aServiceClientsSecretIsNoToken() {
    String secret = TokenFixtures.randomSecret(SecretKind.SERVICE_CLIENT).reveal();

    assertFails(
        () -> app.authenticate().authenticate(secret),
        AuthenticationException.class,
        "auth.token.invalid");
  }

  @Test
  void aUseRecordsTheAddressAndAUseFromANewAddressIsNotedAtOnce() {
    CreatedPersonalToken created = app.token(alice, "deploy");
    app.origins().set(new Origin("192.0.2.1", "curl"));
    app.authenticate().authenticate(created.secret().reveal());
    app.clock().advance(Duration.ofSeconds(5));
    app.origins().set(new Origin("198.51.100.9", "curl"));

    app.authenticate().authenticate(created.secret().reveal());
    app.flushTokenUsage().flush();

    PersonalToken stored = app.tokens().findById(created.token().id()).orElseThrow();
    assertThat(stored.lastUsedIp()).isEqualTo("198.51.100.9");
    assertThat(stored.lastUsedAt()).isEqualTo(app.clock().now());
  }
}
