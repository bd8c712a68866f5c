package dev.personaltokens.application.service.account;

import static dev.personaltokens.application.fakes.InMemoryApplication.OPERATOR;
import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.account.CreateAccountUseCase;
import dev.personaltokens.application.port.in.account.EmailTakenException;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CreateAccountServiceTest {

  private static final String PASSWORD = "correct horse battery";

  private final InMemoryApplication app = new InMemoryApplication();

  @Test
  void opensAnAccountWithAHashedPassword() {
    Account account =
        app.createAccount()
            .create(OPERATOR, new Email("Alice@Example.com"), Password.newPassword(PASSWORD));

    assertThat(account.email().value()).isEqualTo("alice@example.com");
    assertThat(account.created()).isEqualTo(app.clock().now());
    assertThat(app.accounts().findById(account.id())).contains(account);
    assertThat(account.passwordHash().encoded()).doesNotContain(PASSWORD);
    assertThat(app.hasher().matches(Password.presented(PASSWORD), account.passwordHash())).isTrue();
  }

  /** The slow hash is done when the transaction's step begins: no connection waits for it. */
  @Test
  void hashesThePasswordBeforeItsTransaction() {
    AtomicInteger hashedBefore = new AtomicInteger(-1);
    app.before(CreateAccountUseCase.Writes.class, () -> hashedBefore.set(app.hasher().hashes()));

    app.createAccount()
        .create(OPERATOR, new Email("alice@example.com"), Password.newPassword(PASSWORD));

    assertThat(hashedBefore).hasValue(1);
    assertThat(app.hasher().hashes()).isEqualTo(1);
  }

  @Test
  void newAccountCanSignIn() {
    Account account =
        app.createAccount()
            .create(OPERATOR, new Email("alice@example.com"), Password.newPassword(PASSWORD));

    assertThat(
            app.signIn()
                .signIn(new Email("alice@example.com"), Password.presented(PASSWORD))
                .session()
                .account())
        .isEqualTo(account.id());
  }

  @Test
  void refusesATakenEmail() {
    Account first =
        app.createAccount()
            .create(OPERATOR, new Email("alice@example.com"), Password.newPassword(PASSWORD));

    assertFails(
        () ->
            app.createAccount()
                .create(
                    OPERATOR,
                    new Email("alice@example.com"),
                    Password.newPassword("another password")),
        EmailTakenException.class,
        "account.email.taken");
    assertThat(app.accounts().size()).isEqualTo(1);
    assertThat(app.accounts().findByEmail(new Email("alice@example.com"))).contains(first);
  }

  @Test
  void refusesATakenEmailTypedInAnotherCase() {
    app.createAccount()
        .create(OPERATOR, new Email("alice@example.com"), Password.newPassword(PASSWORD));

    assertFails(
        () ->
            app.createAccount()
                .create(OPERATOR, new Email("ALICE@example.COM"), Password.newPassword(PASSWORD)),
        EmailTakenException.class,
        "account.email.taken");
  }
}
