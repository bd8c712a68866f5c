package dev.personaltokens.application.service.account;

import static dev.personaltokens.application.fakes.InMemoryApplication.OPERATOR;
import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.account.AccountNotFoundException;
import dev.personaltokens.application.port.in.account.ResetPasswordUseCase;
import dev.personaltokens.application.port.in.session.IssuedSession;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.in.verification.FirstStep;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.audit.AuditActor;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResetPasswordServiceTest {

  private static final String OLD = "correct horse battery";
  private static final String NEW = "a brand new passphrase";

  private final InMemoryApplication app = new InMemoryApplication();
  private final Account alice = app.account("alice@example.com", OLD);

  @Test
  void newPasswordSignsInAndTheOldOneNoLonger() {
    app.resetPassword()
        .resetPassword(OPERATOR, new Email("alice@example.com"), Password.newPassword(NEW));

    assertThat(signIn("alice@example.com", NEW).session().account()).isEqualTo(alice.id());
    assertFails(
        () -> signIn("alice@example.com", OLD),
        AuthenticationException.class,
        "auth.credentials.invalid");
  }

  @Test
  void theOwnersLogNamesTheOperatorAsWhoDidIt() {
    app.resetPassword()
        .resetPassword(OPERATOR, new Email("alice@example.com"), Password.newPassword(NEW));

    AuditEvent reset = app.auditTrail().all().get(app.auditTrail().all().size() - 1);
    assertThat(reset.type()).isEqualTo(AuditEventType.PASSWORD_RESET);
    assertThat(reset.actor()).isEqualTo(AuditActor.operator("test-operator"));
  }

  @Test
  void storesOnlyAHashOfTheNewPassword() {
    app.resetPassword()
        .resetPassword(OPERATOR, new Email("alice@example.com"), Password.newPassword(NEW));

    String stored = app.accounts().findById(alice.id()).orElseThrow().passwordHash().encoded();
    assertThat(stored).doesNotContain(NEW).isNotEqualTo(alice.passwordHash().encoded());
  }

  @Test
  void signsOutTheAccountsSessionsButKeepsItsPersonalTokens() {
    IssuedSession session = signIn("alice@example.com", OLD);
    CreatedPersonalToken token = app.token(alice.id(), "deploy");

    app.resetPassword()
        .resetPassword(OPERATOR, new Email("ALICE@example.com"), Password.newPassword(NEW));

    assertFails(
        () -> app.authenticate().authenticate(session.secret().reveal()),
        AuthenticationException.class,
        "auth.token.invalid");
    assertThat(app.authenticate().authenticate(token.secret().reveal()).account())
        .isEqualTo(alice.id());
  }

  @Test
  void theOperatorsPasswordMustBeChangedAtTheNextSignIn() {
    app.resetPassword()
        .resetPassword(OPERATOR, new Email("alice@example.com"), Password.newPassword(NEW));

    assertThat(app.accounts().findById(alice.id()).orElseThrow().passwordChangeRequired()).isTrue();
    assertThat(
            app.authenticate()
                .authenticate(signIn("alice@example.com", NEW).secret().reveal())
                .firstStep())
        .isEqualTo(FirstStep.CHANGE_PASSWORD);
  }

  @Test
  void anAccountTheOperatorOpensNeedsNoChange() {
    Account opened =
        app.createAccount()
            .create(OPERATOR, new Email("carol@example.com"), Password.newPassword(NEW));

    assertThat(opened.passwordChangeRequired()).isFalse();
    assertThat(
            app.authenticate()
                .authenticate(signIn("carol@example.com", NEW).secret().reveal())
                .firstStep())
        .isEqualTo(FirstStep.NONE);
  }

  @Test
  void leavesOtherAccountsAlone() {
    app.account("bob@example.com", OLD);
    IssuedSession bobs = signIn("bob@example.com", OLD);
    Account bob = app.accounts().findByEmail(new Email("bob@example.com")).orElseThrow();

    app.resetPassword()
        .resetPassword(OPERATOR, new Email("alice@example.com"), Password.newPassword(NEW));

    assertThat(app.accounts().findById(bob.id())).contains(bob);
    assertThat(app.authenticate().authenticate(bobs.secret().reveal()).account())
        .isEqualTo(bob.id());
  }

  /** The slow hash is done when the transaction's step begins: no connection waits for it. */
  @Test
  void hashesTheNewPasswordBeforeItsTransaction() {
    int hashes = app.hasher().hashes();
    AtomicInteger hashedBefore = new AtomicInteger(-1);
    app.before(ResetPasswordUseCase.Writes.class, () -> hashedBefore.set(app.hasher().hashes()));

    app.resetPassword().resetPassword(OPERATOR, alice.email(), Password.newPassword(NEW));

    assertThat(hashedBefore).hasValue(hashes + 1);
  }

  @Test
  void unknownEmailIsNotFound() {
    assertFails(
        () ->
            app.resetPassword()
                .resetPassword(
                    OPERATOR, new Email("nobody@example.com"), Password.newPassword(NEW)),
        AccountNotFoundException.class,
        "account.not_found");
  }

  private IssuedSession signIn(String email, String password) {
    return app.signIn().signIn(new Email(email), Password.presented(password));
  }
}
