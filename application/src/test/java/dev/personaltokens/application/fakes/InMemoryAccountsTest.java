package dev.personaltokens.application.fakes;

import static dev.personaltokens.application.port.out.TokenFixtures.T0;
import static dev.personaltokens.application.port.out.TokenFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.AccountsContract;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.PasswordHash;
import org.junit.jupiter.api.Test;

public class InMemoryAccountsTest extends AccountsContract {

  private final InMemoryAccounts accounts = new InMemoryAccounts();

  @Override
  protected Accounts accounts() {
    return accounts;
  }

  @Test
  void numbersAccountsFromOne() {
    PasswordHash hash = new PasswordHash("x");

    assertThat(accounts.add(uniqueEmail(), hash, T0).orElseThrow().id())
        .isEqualTo(new AccountId(1));
    assertThat(accounts.add(uniqueEmail(), hash, T0).orElseThrow().id())
        .isEqualTo(new AccountId(2));
    assertThat(accounts.add(uniqueEmail(), hash, T0).orElseThrow().id())
        .isEqualTo(new AccountId(3));
  }

  @Test
  void aRefusedEmailUsesUpNoNumber() {
    var email = uniqueEmail();
    accounts.add(email, new PasswordHash("x"), T0);
    accounts.add(email, new PasswordHash("x"), T0);

    assertThat(accounts.add(uniqueEmail(), new PasswordHash("x"), T0).orElseThrow().id())
        .isEqualTo(new AccountId(2));
    assertThat(accounts.size()).isEqualTo(2);
  }

  @Test
  void aNewStoreHasItsFirstStartToClaim() {
    assertThat(accounts.claimFirstStart()).isTrue();
  }
}
