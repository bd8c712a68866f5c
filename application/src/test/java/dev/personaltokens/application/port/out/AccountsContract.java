package dev.personaltokens.application.port.out;

import static dev.personaltokens.application.port.out.TokenFixtures.T0;
import static dev.personaltokens.application.port.out.TokenFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.PasswordHash;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Accounts} must do. The store may be shared with other tests and is never
 * emptied, so each test uses emails of its own and looks only at the accounts it added.
 */
public abstract class AccountsContract {

  protected abstract Accounts accounts();

  @Test
  void addGivesAnIdAndKeepsEveryField() {
    Email email = uniqueEmail();
    PasswordHash hash = new PasswordHash("pbkdf2-sha256$210000$c2FsdA$aGFzaA");

    Account added = accounts().add(email, hash, T0).orElseThrow();

    assertThat(added.id()).isNotNull();
    assertThat(added.email()).isEqualTo(email);
    assertThat(added.passwordHash()).isEqualTo(hash);
    assertThat(added.created()).isEqualTo(T0);
  }

  @Test
  void findsAnAddedAccountById() {
    Account added = accounts().add(uniqueEmail(), new PasswordHash("hash"), T0).orElseThrow();

    assertThat(accounts().findById(added.id())).contains(added);
  }

  @Test
  void findsAnAddedAccountByEmail() {
    Email email = uniqueEmail();
    Account added = accounts().add(email, new PasswordHash("hash"), T0).orElseThrow();

    assertThat(accounts().findByEmail(email)).contains(added);
  }

  @Test
  void addGivesDistinctIds() {
    Account first = accounts().add(uniqueEmail(), new PasswordHash("one"), T0).orElseThrow();
    Account second = accounts().add(uniqueEmail(), new PasswordHash("two"), T0).orElseThrow();
    Account third = accounts().add(uniqueEmail(), new PasswordHash("three"), T0).orElseThrow();

    assertThat(first.id()).isNotEqualTo(second.id()).isNotEqualTo(third.id());
    assertThat(second.id()).isNotEqualTo(third.id());
    assertThat(accounts().findById(second.id())).contains(second);
  }

  @Test
  void refusesATakenEmail() {
    Email email = uniqueEmail();
    Account first = accounts().add(email, new PasswordHash("first"), T0).orElseThrow();

    Optional<Account> second = accounts().add(email, new PasswordHash("second"), T0.plusSeconds(1));

    assertThat(second).isEmpty();
    assertThat(accounts().findByEmail(email)).contains(first);
  }

  @Test
  void refusesATakenEmailTypedInAnotherCase() {
    String local = "owner-" + UUID.randomUUID();
    Account first =
        accounts()
            .add(new Email(local + "@example.com"), new PasswordHash("first"), T0)
            .orElseThrow();

    Optional<Account> second =
        accounts()
            .add(
                new Email(local.toUpperCase(Locale.ROOT) + "@EXAMPLE.COM"),
                new PasswordHash("second"),
                T0);

    assertThat(second).isEmpty();
    assertThat(accounts().findByEmail(new Email(local + "@example.com"))).contains(first);
  }

  @Test
  void findsByEmailWhateverTheCaseTyped() {
    String local = "owner-" + UUID.randomUUID();
    Account added =
        accounts()
            .add(new Email(local + "@example.com"), new PasswordHash("hash"), T0)
            .orElseThrow();

    assertThat(accounts().findByEmail(new Email(local.toUpperCase(Locale.ROOT) + "@Example.com")))
        .contains(added);
    assertThat(added.email().value()).isEqualTo(local + "@example.com");
  }

  @Test
  void findsByEmailAnAccountAddedInUpperCase() {
    String local = "Owner-" + UUID.randomUUID();
    Account added =
        accounts()
            .add(new Email(local + "@Example.COM"), new PasswordHash("hash"), T0)
            .orElseThrow();

    assertThat(accounts().findByEmail(new Email(local.toLowerCase(Locale.ROOT) + "@example.com")))
        .contains(added);
  }

  @Test
  void findsNothingForAnUnknownId() {
    assertThat(accounts().findById(new AccountId(Long.MAX_VALUE))).isEmpty();
  }

  @Test
  void findsNothingForAnUnknownEmail() {
    assertThat(accounts().findByEmail(uniqueEmail())).isEmpty();
  }

  @Test
  void theFirstStartIsClaimedOnceAnAccountIsAdded() {
    accounts().add(uniqueEmail(), new PasswordHash("hash"), T0).orElseThrow();

    assertThat(accounts().claimFirstStart()).isFalse();
  }

  @Test
  void theFirstStartIsClaimedOnlyOnce() {
    accounts().claimFirstStart(); // true on a new store, false on a shared one

    assertThat(accounts().claimFirstStart()).isFalse();
  }

  @Test
  void keepsTheLongestEmail() {
    String domain = "@" + UUID.randomUUID() + ".example.com";
    Email longest = new Email("a".repeat(Email.MAX_LENGTH - domain.length()) + domain);

    Account added = accounts().add(longest, new PasswordHash("hash"), T0).orElseThrow();

    assertThat(longest.value()).hasSize(Email.MAX_LENGTH);
    assertThat(accounts().findByEmail(longest)).contains(added);
  }

  @Test
  void keepsALongPasswordHash() {
    PasswordHash hash =
        new PasswordHash("argon2id$v=19$m=65536,t=3,p=4$" + "s".repeat(22) + "$" + "h".repeat(86));

    Account added = accounts().add(uniqueEmail(), hash, T0).orElseThrow();

    assertThat(accounts().findById(added.id()).orElseThrow().passwordHash()).isEqualTo(hash);
  }

  @Test
  void changePasswordHashReplacesThatAccountsHashOnly() {
    Account changed = accounts().add(uniqueEmail(), new PasswordHash("old"), T0).orElseThrow();
    Account other = accounts().add(uniqueEmail(), new PasswordHash("old"), T0).orElseThrow();

    accounts().changePasswordHash(changed.id(), new PasswordHash("new"));

    assertThat(accounts().findById(changed.id()).orElseThrow())
        .isEqualTo(new Account(changed.id(), changed.email(), new PasswordHash("new"), T0));
    assertThat(accounts().findById(other.id())).contains(other);
  }

  @Test
  void changePasswordHashOfAnUnknownAccountChangesNothing() {
    Account kept = accounts().add(uniqueEmail(), new PasswordHash("kept"), T0).orElseThrow();

    accounts().changePasswordHash(new AccountId(Long.MAX_VALUE), new PasswordHash("new"));

    assertThat(accounts().findById(new AccountId(Long.MAX_VALUE))).isEmpty();
    assertThat(accounts().findById(kept.id())).contains(kept);
  }
}
