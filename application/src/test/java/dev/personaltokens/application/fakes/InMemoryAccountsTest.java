package dev.personaltokens.application.fakes;

import static dev.personaltokens.application.port.out.TokenFixtures.T0;
import static dev.personaltokens.application.port.out.TokenFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.AccountsContract;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.PasswordHash;
import dev.personaltokens.domain.account.Role;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

public class InMemoryAccountsTest extends AccountsContract {

  private final InMemoryPersonalTokens tokens = new InMemoryPersonalTokens();
  private final InMemoryAccounts accounts = new InMemoryAccounts(tokens);

  @Override
  protected Accounts accounts() {
    return accounts;
  }

  @Override
  protected PersonalTokens tokens() {
    return tokens;
  }

  @Override
  protected void onEmptyStore(Consumer<Accounts> work) {
    work.accept(new InMemoryAccounts(new InMemoryPersonalTokens()));
  }

  @Test
  void numbersAccountsFromOne() {
    PasswordHash hash = new PasswordHash("x");

    assertThat(accounts.add(uniqueEmail(), hash, T0, Role.MEMBER).orElseThrow().id())
        .isEqualTo(new AccountId(1));
    assertThat(accounts.add(uniqueEmail(), hash, T0, Role.MEMBER).orElseThrow().id())
        .isEqualTo(new AccountId(2));
    assertThat(accounts.add(uniqueEmail(), hash, T0, Role.MEMBER).orElseThrow().id())
        .isEqualTo(new AccountId(3));
  }

  @Test
  void aRefusedEmailUsesUpNoNumber() {
    var email = uniqueEmail();
    accounts.add(email, new PasswordHash("x"), T0, Role.MEMBER);
    accounts.add(email, new PasswordHash("x"), T0, Role.MEMBER);

    assertThat(
            accounts.add(uniqueEmail(), new PasswordHash("x"), T0, Role.MEMBER).orElseThrow().id())
        .isEqualTo(new AccountId(2));
    assertThat(accounts.size()).isEqualTo(2);
  }

  @Test
  void aNewStoreHasItsFirstStartToClaim() {
    assertThat(accounts.claimFirstStart()).isTrue();
  }
}
