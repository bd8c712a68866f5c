package dev.personaltokens.application.service.account;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import org.junit.jupiter.api.Test;

class GetAccountServiceTest {

  private final InMemoryApplication app = new InMemoryApplication();

  @Test
  void getsTheAccountOfAPrincipal() {
    Account account = app.account("alice@example.com", "correct horse battery");

    assertThat(app.getAccount().get(account.id())).isEqualTo(account);
  }

  @Test
  void anAccountThatIsGoneNoLongerAuthenticates() {
    assertFails(
        () -> app.getAccount().get(new AccountId(999)),
        AuthenticationException.class,
        "auth.token.invalid");
  }
}
