package dev.personaltokens.application.service.twofactor;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.UseCases;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.fakes.TestPolicy;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.twofactor.TwoFactorStateException;
import dev.personaltokens.application.port.in.verification.FirstStep;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.token.TokenSecret;
import dev.personaltokens.domain.twofactor.SecondFactor;
import dev.personaltokens.domain.twofactor.TimeStep;
import dev.personaltokens.domain.twofactor.TotpSecret;
import org.junit.jupiter.api.Test;

/**
 * A policy that requires two-factor sign-in: a password session of an account without it must set
 * it up before anything else - at once, also for sessions signed in before the change - and it
 * can't be turned off while the policy stands. Personal tokens are not held back.
 */
class TwoFactorRequiredTest {

  private static final String PASSWORD = "correct horse battery";

  private final InMemoryApplication app = new InMemoryApplication();
  private final UseCases use = app.useCases();
  private final Account root = app.account("root@example.com", PASSWORD);
  private final Account alice = app.account("alice@example.com", PASSWORD);

  private void requireTwoFactor(boolean required) {
    use.changePolicy()
        .change(Actor.of(root.id()), TestPolicy.defaults().requireTwoFactor(required).build());
  }

  @Test
  void aSessionWithoutItIsHeldUntilItIsSetUpAndNoLonger() {
    TokenSecret before = signIn(SecondFactor.NONE);
    requireTwoFactor(true);
    TokenSecret after = signIn(SecondFactor.NONE);

    assertThat(firstStep(before)).isEqualTo(FirstStep.ENROL_TWO_FACTOR);
    assertThat(firstStep(after)).isEqualTo(FirstStep.ENROL_TWO_FACTOR);

    TotpSecret secret = use.enrolTwoFactor().enrol(alice.id()).secret();
    assertThat(firstStep(after))
        .as("a pending enrolment is not set up")
        .isEqualTo(FirstStep.ENROL_TWO_FACTOR);
    use.confirmTwoFactor().confirm(alice.id(), codeNow(secret));

    assertThat(firstStep(before)).isEqualTo(FirstStep.NONE);
    assertThat(firstStep(after)).isEqualTo(FirstStep.NONE);
  }

  @Test
  void theRequirementLiftedLetsTheSessionGoOn() {
    TokenSecret session = signIn(SecondFactor.NONE);
    requireTwoFactor(true);
    assertThat(firstStep(session)).isEqualTo(FirstStep.ENROL_TWO_FACTOR);

    requireTwoFactor(false);

    assertThat(firstStep(session)).isEqualTo(FirstStep.NONE);
  }

  @Test
  void aPasswordToChangeComesFirst() {
    requireTwoFactor(true);
    use.resetPassword()
        .resetPassword(
            InMemoryApplication.OPERATOR,
            alice.email(),
            Password.newPassword("operator's choice 1"));
    TokenSecret session =
        use.signIn()
            .signIn(alice.email(), Password.presented("operator's choice 1"), SecondFactor.NONE)
            .secret();

    assertThat(firstStep(session)).isEqualTo(FirstStep.CHANGE_PASSWORD);
  }

  @Test
  void personalTokensAreNotHeldBack() {
    String key = app.token(alice.id(), "deploy").secret().reveal();
    requireTwoFactor(true);

    assertThat(use.authenticate().authenticate(key).firstStep()).isEqualTo(FirstStep.NONE);
  }

  @Test
  void whileRequiredItCantBeTurnedOffAndTheCodeIsNotUsedUp() {
    TotpSecret secret = use.enrolTwoFactor().enrol(alice.id()).secret();
    use.confirmTwoFactor().confirm(alice.id(), codeNow(secret));
    requireTwoFactor(true);
    app.clock().advance(TimeStep.LENGTH);

    assertFails(
        () -> use.disableTwoFactor().disable(alice.id(), codeNow(secret)),
        TwoFactorStateException.class,
        "two_factor.required");

    assertThat(use.getTwoFactor().isEnabled(alice.id())).isTrue();
    assertThat(signIn(codeNow(secret))).as("the code still signs in once").isNotNull();
  }

  private TokenSecret signIn(SecondFactor code) {
    return use.signIn()
        .signIn(new Email("alice@example.com"), Password.presented(PASSWORD), code)
        .secret();
  }

  private FirstStep firstStep(TokenSecret session) {
    return use.authenticate().authenticate(session.reveal()).firstStep();
  }

  private SecondFactor codeNow(TotpSecret secret) {
    return SecondFactor.presented(app.oneTimeCodes().at(secret, TimeStep.at(app.clock().now())));
  }
}
