package dev.personaltokens.application.service.token;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.token.PersonalTokenNotFoundException;
import dev.personaltokens.application.port.in.token.Rotation;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.domain.InvalidValues;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.AllowedIps;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Revocation;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.TokenId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RotatePersonalTokenServiceTest {

  private final InMemoryApplication app = new InMemoryApplication();
  private final AccountId alice = app.account("alice@example.com", "correct horse battery").id();
  private final AccountId bob = app.account("bob@example.com", "correct horse battery").id();

  @Test
  void theSuccessorKeepsNameDescriptionAndScopeWithANewIdAndKey() {
    CreatedPersonalToken old = app.token(alice, "deploy", Scope.READ_ONLY);
    app.clock().advance(Duration.ofDays(2));

    CreatedPersonalToken successor = rotate(alice, old).successor();

    assertThat(successor.token().id()).isNotEqualTo(old.token().id());
    assertThat(successor.secret().reveal()).isNotEqualTo(old.secret().reveal());
    assertThat(successor.token().name()).isEqualTo(old.token().name());
    assertThat(successor.token().scope()).isEqualTo(Scope.READ_ONLY);
    assertThat(successor.token().family()).isEqualTo(old.token().id());
    assertThat(successor.token().created()).isEqualTo(app.clock().now());
    assertThat(app.tokens().findById(successor.token().id())).contains(successor.token());
    assertThat(app.authenticate().authenticate(successor.secret().reveal()).token())
        .isEqualTo(successor.token().id());
  }

  @Test
  void theSuccessorKeepsTheAddressesUnlessOthersAreAskedFor() {
    CreatedPersonalToken old = app.boundToken(alice, "office", "10.0.0.0/8", "2001:db8::/32");

    CreatedPersonalToken kept = rotate(alice, old).successor();
    CreatedPersonalToken moved =
        app.useCases()
            .rotatePersonalToken()
            .rotate(
                alice,
                kept.token().id(),
                Optional.empty(),
                Optional.of(AllowedIps.parse(List.of("192.0.2.7"))))
            .successor();
    CreatedPersonalToken freed =
        app.useCases()
            .rotatePersonalToken()
            .rotate(alice, moved.token().id(), Optional.empty(), Optional.of(AllowedIps.ANYWHERE))
            .successor();

    assertThat(kept.token().allowedIps()).isEqualTo(old.token().allowedIps());
    assertThat(app.tokens().findById(kept.token().id()).orElseThrow().allowedIps().texts())
        .containsExactly("10.0.0.0/8", "2001:db8::/32");
    assertThat(moved.token().allowedIps().texts()).containsExactly("192.0.2.7");
    assertThat(freed.token().allowedIps().isAnywhere()).isTrue();
  }

  @Test
  void theOldKeyIsRefusedAtOnceAsRotatedWithTheDate() {
    CreatedPersonalToken old = app.token(alice, "deploy");
    app.clock().advance(Duration.ofHours(1));
    Instant rotatedAt = app.clock().now();

    rotate(alice, old).successor();

    PersonalToken stored = app.tokens().findById(old.token().id()).orElseThrow();
    assertThat(stored.revokedAt()).isEqualTo(rotatedAt);
    assertThat(stored.revocation()).isEqualTo(Revocation.ROTATED);
    assertFails(
        () -> app.authenticate().authenticate(old.secret().reveal()),
        AuthenticationException.class,
        "auth.token.rotated");
    assertThatThrownBy(() -> app.authenticate().authenticate(old.secret().reveal()))
        .hasMessageContaining("replaced by rotation on " + rotatedAt);
    assertFails(
        () -> app.getToken().get(alice, old.token().id()),
        PersonalTokenNotFoundException.class,
        "token.not_found");
  }

  @Test
  void theSuccessorLivesAsLongAsTheOldOneByDefaultOrUntilTheDateAsked() {
    CreatedPersonalToken old = app.token(alice, "deploy", Duration.ofDays(7));
    app.clock().advance(Duration.ofDays(1));

    PersonalToken byDefault = rotate(alice, old).successor().token();
    Instant asked = app.clock().now().plus(Duration.ofDays(90));
    PersonalToken chosen =
        app.useCases()
            .rotatePersonalToken()
            .rotate(alice, byDefault.id(), Optional.of(asked), Optional.empty())
            .successor()
            .token();

    assertThat(byDefault.expiresAt()).isEqualTo(app.clock().now().plus(Duration.ofDays(7)));
    assertThat(chosen.expiresAt()).isEqualTo(asked);
  }

  @Test
  void anExpiryOutsideThePolicyIsRefusedAndNothingChanges() {
    CreatedPersonalToken old = app.token(alice, "deploy");
    Instant tooFar = app.clock().now().plus(Duration.ofDays(400));

    InvalidValues.assertRejected(
        () ->
            app.useCases()
                .rotatePersonalToken()
                .rotate(alice, old.token().id(), Optional.of(tooFar), Optional.empty()),
        "token.expires_at.too_far",
        "expires_at");
    assertThat(app.tokens().all()).containsExactly(old.token());
  }

  @Test
  void rotatingARotatedAwayTokenRevokesItsWholeLiveFamilyAndIsRefused() {
    CreatedPersonalToken first = app.token(alice, "deploy");
    CreatedPersonalToken second = rotate(alice, first).successor();
    CreatedPersonalToken third = rotate(alice, second).successor();
    CreatedPersonalToken unrelated = app.token(alice, "other");
    app.clock().advance(Duration.ofMinutes(5));

    Rotation reuse = rotate(alice, first);

    assertThat(reuse).isInstanceOf(Rotation.ReuseDetected.class);
    assertThat(((Rotation.ReuseDetected) reuse).familyRevoked()).isEqualTo(1);
    assertFails(reuse::successor, AuthenticationException.class, "auth.token.rotated");
    assertFails(
        () -> app.authenticate().authenticate(third.secret().reveal()),
        AuthenticationException.class,
        "auth.token.revoked");
    assertThat(app.authenticate().authenticate(unrelated.secret().reveal()).account())
        .isEqualTo(alice);
    assertThat(app.tokens().all()).hasSize(4);
  }

  @Test
  void aRevokedTokenCanNotBeRotated() {
    CreatedPersonalToken old = app.token(alice, "deploy");
    app.revokeToken().revoke(alice, old.token().id());

    assertFails(() -> rotate(alice, old), PersonalTokenNotFoundException.class, "token.not_found");
    assertThat(app.tokens().all()).hasSize(1);
  }

  @Test
  void someoneElsesTokenIsNotFoundAndKeepsWorking() {
    CreatedPersonalToken bobs = app.token(bob, "bob's");

    assertFails(() -> rotate(alice, bobs), PersonalTokenNotFoundException.class, "token.not_found");
    assertThat(app.authenticate().authenticate(bobs.secret().reveal()).account()).isEqualTo(bob);
  }

  @Test
  void unknownTokenIsNotFound() {
    assertFails(
        () ->
            app.useCases()
                .rotatePersonalToken()
                .rotate(alice, TokenId.random(), Optional.empty(), Optional.empty()),
        PersonalTokenNotFoundException.class,
        "token.not_found");
  }

  private Rotation rotate(AccountId owner, CreatedPersonalToken token) {
    return app.useCases()
        .rotatePersonalToken()
        .rotate(owner, token.token().id(), Optional.empty(), Optional.empty());
  }
}
