package dev.personaltokens.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.account.CreateFirstAccountUseCase;
import dev.personaltokens.application.port.in.account.FirstAccount;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CreateFirstAccountServiceTest {

  private static final Email ADMIN = new Email("admin@example.com");

  private final InMemoryApplication app = new InMemoryApplication();

  @Test
  void opensTheFirstAccountWithTheConfiguredPassword() {
    Optional<FirstAccount> first =
        app.createFirstAccount()
            .createIfNoAccount(ADMIN, Optional.of(Password.newPassword("configured password")));

    assertThat(first).isPresent();
    assertThat(first.get().generatedPassword()).isEmpty();
    assertThat(first.get().account().email()).isEqualTo(ADMIN);
    assertThat(app.accounts().findByEmail(ADMIN)).contains(first.get().account());
    assertThat(
            app.hasher()
                .matches(
                    Password.presented("configured password"),
                    first.get().account().passwordHash()))
        .isTrue();
  }

  @Test
  void generatesATwentyFourCharacterPasswordWhenNoneIsConfigured() {
    FirstAccount first = app.createFirstAccount().createIfNoAccount(ADMIN, Optional.empty()).get();

    String generated = first.generatedPassword().orElseThrow().reveal();
    assertThat(generated).matches("[0-9A-Za-z]{24}");
    assertThat(app.hasher().matches(Password.presented(generated), first.account().passwordHash()))
        .isTrue();
  }

  @Test
  void generatedPasswordSignsIn() {
    FirstAccount first = app.createFirstAccount().createIfNoAccount(ADMIN, Optional.empty()).get();
    String generated = first.generatedPassword().orElseThrow().reveal();

    assertThat(
            app.signIn()
                .signIn(new Email("admin@example.com"), Password.presented(generated))
                .session()
                .account())
        .isEqualTo(first.account().id());
  }

  @Test
  void aGeneratedPasswordMustBeChangedAndAConfiguredOneNeedNot() {
    FirstAccount generated =
        app.createFirstAccount().createIfNoAccount(ADMIN, Optional.empty()).orElseThrow();
    InMemoryApplication configuredApp = new InMemoryApplication();
    FirstAccount configured =
        configuredApp
            .createFirstAccount()
            .createIfNoAccount(ADMIN, Optional.of(Password.newPassword("configured password")))
            .orElseThrow();

    assertThat(generated.account().passwordChangeRequired()).isTrue();
    assertThat(app.accounts().findByEmail(ADMIN).orElseThrow().passwordChangeRequired()).isTrue();
    assertThat(configured.account().passwordChangeRequired()).isFalse();
  }

  @Test
  void doesNothingWhenAnAccountExists() {
    app.account("someone@example.com", "correct horse battery");

    Optional<FirstAccount> first =
        app.createFirstAccount()
            .createIfNoAccount(ADMIN, Optional.of(Password.newPassword("configured password")));

    assertThat(first).isEmpty();
    assertThat(app.accounts().size()).isEqualTo(1);
    assertThat(app.accounts().findByEmail(ADMIN)).isEmpty();
  }

  /**
   * Every start after the first hashes nothing: the admin's account is found first. And at the
   * first, the slow hash is done when the transaction's step begins.
   */
  @Test
  void doesNothingOnASecondStartAndHashesOnlyOutsideItsTransaction() {
    AtomicInteger hashedBefore = new AtomicInteger(-1);
    app.before(
        CreateFirstAccountUseCase.Writes.class, () -> hashedBefore.set(app.hasher().hashes()));
    app.createFirstAccount().createIfNoAccount(ADMIN, Optional.empty());
    int hashes = app.hasher().hashes();

    Optional<FirstAccount> again =
        app.createFirstAccount().createIfNoAccount(ADMIN, Optional.empty());

    assertThat(hashedBefore).hasValue(1);
    assertThat(again).isEmpty();
    assertThat(app.accounts().size()).isEqualTo(1);
    assertThat(app.hasher().hashes()).isEqualTo(hashes);
  }
}
