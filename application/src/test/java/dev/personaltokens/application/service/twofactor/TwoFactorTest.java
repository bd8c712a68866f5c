package dev.personaltokens.application.service.twofactor;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.UseCases;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.ThrottledException;
import dev.personaltokens.application.port.in.session.IssuedSession;
import dev.personaltokens.application.port.in.twofactor.TwoFactorEnrolment;
import dev.personaltokens.application.port.in.twofactor.TwoFactorStateException;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.account.Role;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.twofactor.RecoveryCode;
import dev.personaltokens.domain.twofactor.SecondFactor;
import dev.personaltokens.domain.twofactor.TimeStep;
import dev.personaltokens.domain.twofactor.TotpSecret;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Enrolment, sign-in with a second factor, recovery codes and turning it off, on the fakes. */
class TwoFactorTest {

  private static final String PASSWORD = "correct horse battery";

  private final InMemoryApplication app = new InMemoryApplication();
  private final UseCases use = app.useCases();
  private final Account alice = app.account("alice@example.com", PASSWORD);

  @Test
  void anEnrolmentGivesASecretForTheAppAndItsUri() {
    TwoFactorEnrolment enrolment = use.enrolTwoFactor().enrol(alice.id());

    assertThat(enrolment.secret().base32()).matches("[A-Z2-7]{32}");
    assertThat(enrolment.uri())
        .isEqualTo(
            "otpauth://totp/Personal%20Tokens:alice%40example.com?secret="
                + enrolment.secret().base32()
                + "&issuer=Personal%20Tokens&algorithm=SHA1&digits=6&period=30");
    assertThat(enrolment.toString()).doesNotContain(enrolment.secret().base32());
  }

  @Test
  void aPendingEnrolmentChangesNothingUntilACodeConfirmsIt() {
    use.enrolTwoFactor().enrol(alice.id());

    assertThat(use.getTwoFactor().isEnabled(alice.id())).isFalse();
    assertThat(signIn(PASSWORD, SecondFactor.NONE).session().account()).isEqualTo(alice.id());
  }

  @Test
  void aCodeOfTheAppTurnsItOnAndGivesTenRecoveryCodesStoredAsDigestsOnly() {
    TotpSecret secret = use.enrolTwoFactor().enrol(alice.id()).secret();

    List<RecoveryCode> codes = use.confirmTwoFactor().confirm(alice.id(), codeNow(secret));

    assertThat(use.getTwoFactor().isEnabled(alice.id())).isTrue();
    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    assertThat(codes)
        .extracting(RecoveryCode::reveal)
        .allSatisfy(code -> assertThat(code).matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}"));
    assertThat(app.twoFactors().recoveryCodesLeft(alice.id())).isEqualTo(10);
    assertThat(events())
        .last()
        .extracting(AuditEvent::type)
        .isEqualTo(AuditEventType.TWO_FACTOR_ENABLED);
  }

  @Test
  void aWrongOrMissingCodeConfirmsNothing() {
    TotpSecret secret = use.enrolTwoFactor().enrol(alice.id()).secret();

    assertFails(
        () -> use.confirmTwoFactor().confirm(alice.id(), SecondFactor.presented("000000")),
        InvalidValueException.class,
        "two_factor.code.invalid");
    assertFails(
        () -> use.confirmTwoFactor().confirm(alice.id(), SecondFactor.NONE),
        InvalidValueException.class,
        "two_factor.code.required");
    assertFails(
        () -> use.confirmTwoFactor().confirm(alice.id(), codeAt(secret, -2)),
        InvalidValueException.class,
        "two_factor.code.invalid");
    assertThat(use.getTwoFactor().isEnabled(alice.id())).isFalse();
  }

  @Test
  void aNewerEnrolmentReplacesThePendingOneAndOnlyItsCodesConfirm() {
    TotpSecret older = use.enrolTwoFactor().enrol(alice.id()).secret();
    TotpSecret newer = use.enrolTwoFactor().enrol(alice.id()).secret();

    assertThat(newer).isNotEqualTo(older);
    assertFails(
        () -> use.confirmTwoFactor().confirm(alice.id(), codeNow(older)),
        InvalidValueException.class,
        "two_factor.code.invalid");
    use.confirmTwoFactor().confirm(alice.id(), codeNow(newer));
    assertThat(use.getTwoFactor().isEnabled(alice.id())).isTrue();
  }

  @Test
  void onceOnItIsNeitherEnrolledNorConfirmedAgainUntilTurnedOff() {
    turnOn();

    assertFails(
        () -> use.enrolTwoFactor().enrol(alice.id()),
        TwoFactorStateException.class,
        "two_factor.enabled");
    assertFails(
        () -> use.confirmTwoFactor().confirm(alice.id(), SecondFactor.presented("123456")),
        TwoFactorStateException.class,
        "two_factor.not_pending");
  }

  @Test
  void withItOnTheRightPasswordAloneIsAskedForTheCode() {
    turnOn();
    app.clock().advance(TimeStep.LENGTH);

    assertFails(
        () -> signIn(PASSWORD, SecondFactor.NONE),
        AuthenticationException.class,
        "auth.otp.required");
    assertThat(app.sessions().all()).isEmpty();
  }

  @Test
  void aWrongPasswordIsWrongWhateverTheCode() {
    TotpSecret secret = turnOn();
    app.clock().advance(TimeStep.LENGTH);

    assertFails(
        () -> signIn("not the password", SecondFactor.NONE),
        AuthenticationException.class,
        "auth.credentials.invalid");
    assertFails(
        () -> signIn("not the password", codeNow(secret)),
        AuthenticationException.class,
        "auth.credentials.invalid");
  }

  @Test
  void theRightPasswordAndTheAppsCodeSignIn() {
    TotpSecret secret = turnOn();
    app.clock().advance(TimeStep.LENGTH);

    IssuedSession session = signIn(PASSWORD, codeNow(secret));

    assertThat(session.session().account()).isEqualTo(alice.id());
    assertThat(events())
        .last()
        .extracting(AuditEvent::type)
        .isEqualTo(AuditEventType.SESSION_CREATED);
  }

  @Test
  void aCodeSignsInOnceOnly() {
    TotpSecret secret = turnOn();
    app.clock().advance(TimeStep.LENGTH);
    SecondFactor code = codeNow(secret);
    signIn(PASSWORD, code);

    assertFails(() -> signIn(PASSWORD, code), AuthenticationException.class, "auth.otp.invalid");
    assertThat(app.sessions().all()).hasSize(1);
  }

  @Test
  void theCodeThatTurnedItOnDoesNotSignIn() {
    TotpSecret secret = use.enrolTwoFactor().enrol(alice.id()).secret();
    SecondFactor code = codeNow(secret);
    use.confirmTwoFactor().confirm(alice.id(), code);

    assertFails(() -> signIn(PASSWORD, code), AuthenticationException.class, "auth.otp.invalid");
  }

  /** A code typed as it changed, or from a phone a little fast: one step either side. */
  @Test
  void theStepsBeforeAndAfterNowCountButNoFurther() {
    TotpSecret secret = turnOn();
    app.clock().advance(TimeStep.LENGTH.multipliedBy(10));

    assertFails(
        () -> signIn(PASSWORD, codeAt(secret, -2)),
        AuthenticationException.class,
        "auth.otp.invalid");
    assertFails(
        () -> signIn(PASSWORD, codeAt(secret, 2)),
        AuthenticationException.class,
        "auth.otp.invalid");
    signIn(PASSWORD, codeAt(secret, -1));
    signIn(PASSWORD, codeAt(secret, 1));
    assertThat(app.sessions().all()).hasSize(2);
  }

  /** Once a later code was used, an earlier one - seen over a shoulder, say - is too old. */
  @Test
  void noCodeOlderThanTheLastOneUsedSignsIn() {
    TotpSecret secret = turnOn();
    app.clock().advance(TimeStep.LENGTH.multipliedBy(10));
    signIn(PASSWORD, codeNow(secret));

    assertFails(
        () -> signIn(PASSWORD, codeAt(secret, -1)),
        AuthenticationException.class,
        "auth.otp.invalid");
  }

  @Test
  void aWrongCodeIsLoggedAsTheRightPasswordWithAWrongCode() {
    turnOn();

    assertFails(
        () -> signIn(PASSWORD, SecondFactor.presented("not a code")),
        AuthenticationException.class,
        "auth.otp.invalid");

    assertThat(events())
        .last()
        .extracting(AuditEvent::type)
        .isEqualTo(AuditEventType.SESSION_OTP_FAILED);
    assertThat(app.sessions().all()).isEmpty();
  }

  @Test
  void wrongCodesCountInTheSignInThrottleAsWrongPasswordsDo() {
    TotpSecret secret = turnOn();
    app.clock().advance(TimeStep.LENGTH);
    for (int i = 0; i < 5; i++) {
      assertFails(
          () -> signIn(PASSWORD, SecondFactor.presented("999999")),
          AuthenticationException.class,
          "auth.otp.invalid");
    }

    assertFails(
        () -> signIn(PASSWORD, codeNow(secret)), ThrottledException.class, "auth.throttled");
  }

  @Test
  void beingAskedForTheCodeCostsNoAttempt() {
    TotpSecret secret = turnOn();
    app.clock().advance(TimeStep.LENGTH);
    for (int i = 0; i < 10; i++) {
      assertFails(
          () -> signIn(PASSWORD, SecondFactor.NONE),
          AuthenticationException.class,
          "auth.otp.required");
    }

    assertThat(signIn(PASSWORD, codeNow(secret)).session().account()).isEqualTo(alice.id());
  }

  @Test
  void aRecoveryCodeSignsInOnceInAnyCaseAndTheLogSaysHowManyAreLeft() {
    List<RecoveryCode> codes = turnOnWithCodes();
    String typed = codes.get(0).reveal().toUpperCase().replace("-", " ");

    signIn(PASSWORD, SecondFactor.presented(typed));

    assertThat(events())
        .filteredOn(event -> event.type() == AuditEventType.TWO_FACTOR_RECOVERY_USED)
        .singleElement()
        .extracting(AuditEvent::detail)
        .isEqualTo("9 recovery codes left");
    assertFails(
        () -> signIn(PASSWORD, SecondFactor.presented(codes.get(0).reveal())),
        AuthenticationException.class,
        "auth.otp.invalid");
    signIn(PASSWORD, SecondFactor.presented(codes.get(1).reveal()));
    assertThat(app.twoFactors().recoveryCodesLeft(alice.id())).isEqualTo(8);
  }

  @Test
  void aDeactivatedAccountIsToldSoBeforeAnyCodeIsAskedFor() {
    turnOn();
    Account root = app.account("root@example.com", PASSWORD); // alice was first: she is the admin
    use.changeRole().change(Actor.of(alice.id()), root.id(), Role.ADMIN);
    use.deactivateAccount().deactivate(Actor.of(root.id()), alice.id());

    assertFails(
        () -> signIn(PASSWORD, SecondFactor.NONE),
        AuthenticationException.class,
        "auth.account.deactivated");
  }

  @Test
  void personalTokensNeedNoSecondFactor() {
    turnOn();
    String key = app.token(alice.id(), "deploy").secret().reveal();

    assertThat(app.authenticate().authenticate(key).account()).isEqualTo(alice.id());
  }

  @Test
  void turningItOffNeedsACodeAndThenThePasswordAloneSignsIn() {
    TotpSecret secret = turnOn();
    app.clock().advance(TimeStep.LENGTH);

    assertFails(
        () -> use.disableTwoFactor().disable(alice.id(), SecondFactor.NONE),
        InvalidValueException.class,
        "two_factor.code.required");
    assertFails(
        () -> use.disableTwoFactor().disable(alice.id(), SecondFactor.presented("000000")),
        InvalidValueException.class,
        "two_factor.code.invalid");
    assertThat(use.getTwoFactor().isEnabled(alice.id())).isTrue();

    use.disableTwoFactor().disable(alice.id(), codeNow(secret));

    assertThat(use.getTwoFactor().isEnabled(alice.id())).isFalse();
    assertThat(app.twoFactors().recoveryCodesLeft(alice.id())).isZero();
    assertThat(events())
        .last()
        .extracting(AuditEvent::type)
        .isEqualTo(AuditEventType.TWO_FACTOR_DISABLED);
    assertThat(signIn(PASSWORD, SecondFactor.NONE).session().account()).isEqualTo(alice.id());
  }

  @Test
  void aRecoveryCodeTurnsItOffToo() {
    List<RecoveryCode> codes = turnOnWithCodes();

    use.disableTwoFactor().disable(alice.id(), SecondFactor.presented(codes.get(9).reveal()));

    assertThat(use.getTwoFactor().isEnabled(alice.id())).isFalse();
  }

  @Test
  void whatIsOffIsNotTurnedOff() {
    use.enrolTwoFactor().enrol(alice.id());

    assertFails(
        () -> use.disableTwoFactor().disable(alice.id(), SecondFactor.presented("123456")),
        TwoFactorStateException.class,
        "two_factor.not_enabled");
  }

  /** A stolen session can't guess its way past the second factor either. */
  @Test
  void wrongCodesToTurnItOffCountInTheThrottle() {
    TotpSecret secret = turnOn();
    app.clock().advance(TimeStep.LENGTH);
    for (int i = 0; i < 5; i++) {
      assertFails(
          () -> use.disableTwoFactor().disable(alice.id(), SecondFactor.presented("999999")),
          InvalidValueException.class,
          "two_factor.code.invalid");
    }

    assertFails(
        () -> use.disableTwoFactor().disable(alice.id(), codeNow(secret)),
        ThrottledException.class,
        "auth.throttled");
    assertThat(use.getTwoFactor().isEnabled(alice.id())).isTrue();
    app.clock().advance(Duration.ofHours(1));
    use.disableTwoFactor().disable(alice.id(), codeNow(secret));
    assertThat(use.getTwoFactor().isEnabled(alice.id())).isFalse();
  }

  private TotpSecret turnOn() {
    TotpSecret secret = use.enrolTwoFactor().enrol(alice.id()).secret();
    use.confirmTwoFactor().confirm(alice.id(), codeNow(secret));
    return secret;
  }

  private List<RecoveryCode> turnOnWithCodes() {
    TotpSecret secret = use.enrolTwoFactor().enrol(alice.id()).secret();
    return use.confirmTwoFactor().confirm(alice.id(), codeNow(secret));
  }

  /** What the app shows now. */
  private SecondFactor codeNow(TotpSecret secret) {
    return codeAt(secret, 0);
  }

  /** What the app showed, or will show, {@code steps} steps from now. */
  private SecondFactor codeAt(TotpSecret secret, long steps) {
    return SecondFactor.presented(
        app.oneTimeCodes().at(secret, TimeStep.at(app.clock().now()).plus(steps)));
  }

  private IssuedSession signIn(String password, SecondFactor code) {
    return use.signIn().signIn(new Email("alice@example.com"), Password.presented(password), code);
  }

  private List<AuditEvent> events() {
    return app.auditTrail().all().stream()
        .filter(event -> event.account().equals(alice.id()))
        .toList();
  }
}
