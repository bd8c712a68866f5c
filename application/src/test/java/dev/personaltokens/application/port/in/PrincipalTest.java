package dev.personaltokens.application.port.in;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.application.port.in.verification.FirstStep;
import dev.personaltokens.application.port.in.verification.InsufficientScopeException;
import dev.personaltokens.application.port.in.verification.PasswordChangeRequiredException;
import dev.personaltokens.application.port.in.verification.Principal;
import dev.personaltokens.application.port.in.verification.TwoFactorRequiredException;
import dev.personaltokens.domain.ErrorCategory;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrincipalTest {

  private static Principal token(Scope scope) {
    return new Principal(
        new AccountId(1),
        SecretKind.PERSONAL_TOKEN,
        Instant.parse("2027-01-01T00:00:00Z"),
        scope,
        new TokenId(UUID.randomUUID()),
        FirstStep.NONE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "OPTIONS", "POST", "DELETE"})
  void aGlobalTokenMayUseEveryMethod(String method) {
    assertThatCode(() -> token(Scope.GLOBAL).requireAllowed(List.of(method)))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
  void aReadOnlyTokenIsForbiddenToChangeAnything(String method) {
    assertThatThrownBy(() -> token(Scope.READ_ONLY).requireAllowed(List.of(method)))
        .isInstanceOfSatisfying(
            InsufficientScopeException.class,
            e -> {
              assertThat(e.code()).isEqualTo("auth.scope.insufficient");
              assertThat(e.category()).isEqualTo(ErrorCategory.FORBIDDEN);
            });
  }

  private static Principal session(FirstStep step) {
    return new Principal(
        new AccountId(1),
        SecretKind.SESSION,
        Instant.parse("2027-01-01T00:00:00Z"),
        Scope.GLOBAL,
        null,
        step);
  }

  @Test
  void aSessionThatMustChangeItsPasswordIsLetOnlyIntoWhatIsOpenToThatChange() {
    Principal required = session(FirstStep.CHANGE_PASSWORD);

    assertFails(
        () -> required.requireFirstStepTaken(Set.of()),
        PasswordChangeRequiredException.class,
        "auth.password.change_required");
    assertFails(
        () -> required.requireFirstStepTaken(Set.of(FirstStep.ENROL_TWO_FACTOR)),
        PasswordChangeRequiredException.class,
        "auth.password.change_required");
    assertThatCode(() -> required.requireFirstStepTaken(Set.of(FirstStep.CHANGE_PASSWORD)))
        .doesNotThrowAnyException();
  }

  @Test
  void aSessionThatMustSetUpTwoFactorSignInIsLetOnlyIntoWhatIsOpenToThatStep() {
    Principal required = session(FirstStep.ENROL_TWO_FACTOR);

    assertFails(
        () -> required.requireFirstStepTaken(Set.of(FirstStep.CHANGE_PASSWORD)),
        TwoFactorRequiredException.class,
        "auth.two_factor.required");
    assertThatCode(() -> required.requireFirstStepTaken(Set.of(FirstStep.ENROL_TWO_FACTOR)))
        .doesNotThrowAnyException();
  }

  @Test
  void noOtherCredentialIsHeldBack() {
    assertThatCode(() -> token(Scope.GLOBAL).requireFirstStepTaken(Set.of()))
        .doesNotThrowAnyException();
    assertThatCode(() -> session(FirstStep.NONE).requireFirstStepTaken(Set.of()))
        .doesNotThrowAnyException();
  }
}
