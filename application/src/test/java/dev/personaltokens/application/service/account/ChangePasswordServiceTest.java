package dev.personaltokens.application.service.account;

import static dev.personaltokens.application.fakes.InMemoryApplication.OPERATOR;
import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.ThrottledException;
import dev.personaltokens.application.port.in.account.ChangePasswordCommand;
import dev.personaltokens.application.port.in.account.ChangePasswordUseCase;
import dev.personaltokens.application.port.in.session.IssuedSession;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.in.verification.FirstStep;
import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.audit.Origin;
import dev.personaltokens.domain.token.TokenSecret;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A person changes their own password, on the fakes. */
class ChangePasswordServiceTest {

  private static final String OLD = "correct horse battery";
  private static final String NEW = "a brand new passphrase";
  private static final String OPERATORS = "the operator's choice";

  private final InMemoryApplication app = new InMemoryApplication();
  private final Account alice = app.account("alice@example.com", OLD);

  @Test
  void theNewPasswordSignsInAndTheOldOneNoLonger() {
    change(signIn(OLD).secret(), OLD, NEW);

    assertThat(signIn(NEW).session().account()).isEqualTo(alice.id());
    assertFails(() -> signIn(OLD), AuthenticationException.class, "auth.credentials.invalid");
    String stored = app.accounts().findById(alice.id()).orElseThrow().passwordHash().encoded();
    assertThat(stored).doesNotContain(NEW);
  }

  @Test
  void endsEveryOtherSessionButKeepsTheCallersAndThePersonalTokens() {
    IssuedSession caller = signIn(OLD);
    IssuedSession elsewhere = signIn(OLD);
    IssuedSession another = signIn(OLD);
    CreatedPersonalToken token = app.token(alice.id(), "deploy");

    change(caller.secret(), OLD, NEW);

    assertThat(app.authenticate().authenticate(caller.secret().reveal()).account())
        .isEqualTo(alice.id());
    for (IssuedSession ended : new IssuedSession[] {elsewhere, another}) {
      assertFails(
          () -> app.authenticate().authenticate(ended.secret().reveal()),
          AuthenticationException.class,
          "auth.token.invalid");
    }
    assertThat(app.authenticate().authenticate(token.secret().reveal()).account())
        .isEqualTo(alice.id());
    assertThat(lastEvent().type()).isEqualTo(AuditEventType.PASSWORD_CHANGED);
    assertThat(lastEvent().detail()).isEqualTo("2 other sessions ended");
  }

  @Test
  void withAPersonalTokenEverySessionEnds() {
    IssuedSession session = signIn(OLD);
    CreatedPersonalToken token = app.token(alice.id(), "deploy");

    change(token.secret(), OLD, NEW);

    assertFails(
        () -> app.authenticate().authenticate(session.secret().reveal()),
        AuthenticationException.class,
        "auth.token.invalid");
    assertThat(lastEvent().detail()).isEqualTo("1 other session ended");
  }

  @Test
  void aWrongCurrentPasswordChangesNothingAndIsLoggedAsAWrongPassword() {
    IssuedSession caller = signIn(OLD);
    IssuedSession elsewhere = signIn(OLD);
    Account before = app.accounts().findById(alice.id()).orElseThrow();

    InvalidValueException wrong =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            () -> change(caller.secret(), "not the password", NEW), InvalidValueException.class);

    assertThat(wrong.code()).isEqualTo("password.current.wrong");
    assertThat(wrong.field()).isEqualTo("current_password");
    assertThat(app.accounts().findById(alice.id())).contains(before);
    assertThat(app.authenticate().authenticate(elsewhere.secret().reveal()).account())
        .isEqualTo(alice.id());
    assertThat(lastEvent().type()).isEqualTo(AuditEventType.SESSION_FAILED);
    assertThat(lastEvent().detail()).isEqualTo("given to change the password");
  }

  /** A stolen session can't guess the password here faster than at the sign-in: one budget. */
  @Test
  void wrongCurrentPasswordsCountInTheSignInThrottle() {
    app.origins().set(new Origin("203.0.113.66", "a thief"));
    IssuedSession stolen = signIn(OLD);
    for (int i = 0; i < 5; i++) {
      String guess = "guess number " + i;
      assertFails(
          () -> change(stolen.secret(), guess, NEW),
          InvalidValueException.class,
          "password.current.wrong");
    }

    assertFails(
        () -> change(stolen.secret(), OLD, NEW), ThrottledException.class, "auth.throttled");
    assertFails(() -> signIn(OLD), ThrottledException.class, "auth.throttled");
  }

  @Test
  void theSamePasswordAgainIsNoChange() {
    IssuedSession caller = signIn(OLD);

    assertFails(
        () -> change(caller.secret(), OLD, OLD),
        InvalidValueException.class,
        "account.password.unchanged");
    assertThat(app.auditTrail().all())
        .noneMatch(event -> event.type() == AuditEventType.PASSWORD_CHANGED);
  }

  @Test
  void aChangeEndsTheChangeTheOperatorRequired() {
    app.resetPassword().resetPassword(OPERATOR, alice.email(), Password.newPassword(OPERATORS));
    IssuedSession caller = signIn(OPERATORS);
    assertThat(app.authenticate().authenticate(caller.secret().reveal()).firstStep())
        .isEqualTo(FirstStep.CHANGE_PASSWORD);

    change(caller.secret(), OPERATORS, NEW);

    assertThat(app.accounts().findById(alice.id()).orElseThrow().passwordChangeRequired())
        .isFalse();
    assertThat(app.authenticate().authenticate(caller.secret().reveal()).firstStep())
        .isEqualTo(FirstStep.NONE);
  }

  /** The operator's reset commits after the current password was checked: the reset wins. */
  @Test
  void aResetBetweenTheCheckAndTheWriteWinsAndTheChangeIsRefused() {
    IssuedSession caller = signIn(OLD);
    app.before(
        ChangePasswordUseCase.Writes.class,
        () ->
            app.resetPassword()
                .resetPassword(OPERATOR, alice.email(), Password.newPassword(OPERATORS)));

    assertFails(
        () -> change(caller.secret(), OLD, NEW),
        DomainException.class,
        "password.changed_meanwhile");

    assertFails(() -> signIn(NEW), AuthenticationException.class, "auth.credentials.invalid");
    assertThat(app.accounts().findById(alice.id()).orElseThrow().passwordChangeRequired()).isTrue();
    assertThat(app.auditTrail().all())
        .noneMatch(event -> event.type() == AuditEventType.PASSWORD_CHANGED);
  }

  @Test
  void theGeneratedFirstPasswordIsChangedTheSameWay() {
    InMemoryApplication fresh = new InMemoryApplication();
    String generated =
        fresh
            .createFirstAccount()
            .createIfNoAccount(new Email("admin@example.com"), Optional.empty())
            .orElseThrow()
            .generatedPassword()
            .orElseThrow()
            .reveal();
    IssuedSession session =
        fresh.signIn().signIn(new Email("admin@example.com"), Password.presented(generated));
    assertThat(fresh.authenticate().authenticate(session.secret().reveal()).firstStep())
        .isEqualTo(FirstStep.CHANGE_PASSWORD);

    fresh
        .changePassword()
        .change(
            new ChangePasswordCommand(
                session.session().account(),
                session.secret(),
                Password.presented(generated),
                Password.ownChoice(NEW)));

    assertThat(fresh.authenticate().authenticate(session.secret().reveal()).firstStep())
        .isEqualTo(FirstStep.NONE);
  }

  private void change(TokenSecret credential, String current, String newPassword) {
    app.changePassword()
        .change(
            new ChangePasswordCommand(
                alice.id(),
                credential,
                Password.presented(current),
                Password.ownChoice(newPassword)));
  }

  private IssuedSession signIn(String password) {
    return app.signIn().signIn(alice.email(), Password.presented(password));
  }

  private AuditEvent lastEvent() {
    return app.auditTrail().all().get(app.auditTrail().all().size() - 1);
  }
}
