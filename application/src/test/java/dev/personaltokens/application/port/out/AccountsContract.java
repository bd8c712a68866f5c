package dev.personaltokens.application.port.out;

import static dev.personaltokens.application.port.out.TokenFixtures.T0;
import static dev.personaltokens.application.port.out.TokenFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.AccountStatus;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.PasswordHash;
import dev.personaltokens.domain.account.Role;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.SecretKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Accounts} must do. The store may be shared with other tests and is never
 * emptied, so each test uses emails of its own and looks only at the accounts it added.
 */
public abstract class AccountsContract {

  private static final PageRequest FIRST_PAGE = new PageRequest(1, PageRequest.MAX_SIZE);

  protected abstract Accounts accounts();

  /** The tokens of {@link #accounts()}'s accounts, which {@link Accounts#find} counts. */
  protected abstract PersonalTokens tokens();

  /** Runs {@code work} on a store of its own that has no account yet: who comes first matters. */
  protected abstract void onEmptyStore(Consumer<Accounts> work);

  @Test
  void onlyAnActiveAccountIsHeldAsActive() {
    Account account = accounts().add(uniqueEmail(), HASH_FOR_HOLD, T0, Role.MEMBER).orElseThrow();

    boolean before = accounts().holdIfActive(account.id());
    accounts().changeStatus(account.id(), AccountStatus.DEACTIVATED);

    assertThat(before).isTrue();
    assertThat(accounts().holdIfActive(account.id())).isFalse();
  }

  @Test
  void ofSeveralAccountsOnlyTheActiveOnesAreHeldAsActive() {
    Account first = accounts().add(uniqueEmail(), HASH_FOR_HOLD, T0, Role.MEMBER).orElseThrow();
    Account second = accounts().add(uniqueEmail(), HASH_FOR_HOLD, T0, Role.ADMIN).orElseThrow();
    Account deactivated =
        accounts().add(uniqueEmail(), HASH_FOR_HOLD, T0, Role.MEMBER).orElseThrow();
    accounts().changeStatus(deactivated.id(), AccountStatus.DEACTIVATED);
    AccountId unknown = new AccountId(Long.MAX_VALUE);

    assertThat(
            accounts()
                .holdActive(
                    List.of(deactivated.id(), second.id(), unknown, first.id(), second.id())))
        .containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(accounts().holdActive(List.of())).isEmpty();
  }

  private static final PasswordHash HASH_FOR_HOLD =
      new PasswordHash("pbkdf2-sha256$1$c2FsdA$aGFzaA");

  @Test
  void findsALinkedAccountByTheProvidersSubject() {
    Account account =
        accounts().add(uniqueEmail(), PasswordHash.NONE, T0, Role.MEMBER).orElseThrow();
    String subject = "sub-" + UUID.randomUUID();

    assertThat(accounts().findBySubject(subject)).isEmpty();
    assertThat(accounts().linkSubject(account.id(), subject)).isTrue();

    assertThat(accounts().findBySubject(subject)).contains(account);
    assertThat(accounts().subjectOf(account.id())).contains(subject);
  }

  @Test
  void aSubjectLinksOneAccountAndAnAccountOneSubject() {
    Account first = accounts().add(uniqueEmail(), PasswordHash.NONE, T0, Role.MEMBER).orElseThrow();
    Account second =
        accounts().add(uniqueEmail(), PasswordHash.NONE, T0, Role.MEMBER).orElseThrow();
    String subject = "sub-" + UUID.randomUUID();
    accounts().linkSubject(first.id(), subject);

    assertThat(accounts().linkSubject(second.id(), subject)).isFalse();
    assertThat(accounts().linkSubject(first.id(), "sub-" + UUID.randomUUID())).isFalse();
    assertThat(accounts().findBySubject(subject)).contains(first);
    assertThat(accounts().subjectOf(second.id())).isEmpty();
  }

  @Test
  void theSubjectIsComparedExactly() {
    Account account =
        accounts().add(uniqueEmail(), PasswordHash.NONE, T0, Role.MEMBER).orElseThrow();
    String subject = "Sub-" + UUID.randomUUID();
    accounts().linkSubject(account.id(), subject);

    assertThat(accounts().findBySubject(subject.toLowerCase(Locale.ROOT))).isEmpty();
  }

  @Test
  void addGivesAnIdAndKeepsEveryField() {
    Email email = uniqueEmail();
    PasswordHash hash = new PasswordHash("pbkdf2-sha256$210000$c2FsdA$aGFzaA");

    Account added = accounts().add(email, hash, T0, Role.MEMBER).orElseThrow();

    assertThat(added.id()).isNotNull();
    assertThat(added.email()).isEqualTo(email);
    assertThat(added.passwordHash()).isEqualTo(hash);
    assertThat(added.created()).isEqualTo(T0);
  }

  @Test
  void findsAnAddedAccountById() {
    Account added =
        accounts().add(uniqueEmail(), new PasswordHash("hash"), T0, Role.MEMBER).orElseThrow();

    assertThat(accounts().findById(added.id())).contains(added);
  }

  @Test
  void findsAnAddedAccountByEmail() {
    Email email = uniqueEmail();
    Account added = accounts().add(email, new PasswordHash("hash"), T0, Role.MEMBER).orElseThrow();

    assertThat(accounts().findByEmail(email)).contains(added);
  }

  @Test
  void addGivesDistinctIds() {
    Account first =
        accounts().add(uniqueEmail(), new PasswordHash("one"), T0, Role.MEMBER).orElseThrow();
    Account second =
        accounts().add(uniqueEmail(), new PasswordHash("two"), T0, Role.MEMBER).orElseThrow();
    Account third =
        accounts().add(uniqueEmail(), new PasswordHash("three"), T0, Role.MEMBER).orElseThrow();

    assertThat(first.id()).isNotEqualTo(second.id()).isNotEqualTo(third.id());
    assertThat(second.id()).isNotEqualTo(third.id());
    assertThat(accounts().findById(second.id())).contains(second);
  }

  @Test
  void refusesATakenEmail() {
    Email email = uniqueEmail();
    Account first = accounts().add(email, new PasswordHash("first"), T0, Role.MEMBER).orElseThrow();

    Optional<Account> second =
        accounts().add(email, new PasswordHash("second"), T0.plusSeconds(1), Role.MEMBER);

    assertThat(second).isEmpty();
    assertThat(accounts().findByEmail(email)).contains(first);
  }

  @Test
  void refusesATakenEmailTypedInAnotherCase() {
    String local = "owner-" + UUID.randomUUID();
    Account first =
        accounts()
            .add(new Email(local + "@example.com"), new PasswordHash("first"), T0, Role.MEMBER)
            .orElseThrow();

    Optional<Account> second =
        accounts()
            .add(
                new Email(local.toUpperCase(Locale.ROOT) + "@EXAMPLE.COM"),
                new PasswordHash("second"),
                T0,
                Role.MEMBER);

    assertThat(second).isEmpty();
    assertThat(accounts().findByEmail(new Email(local + "@example.com"))).contains(first);
  }

  @Test
  void findsByEmailWhateverTheCaseTyped() {
    String local = "owner-" + UUID.randomUUID();
    Account added =
        accounts()
            .add(new Email(local + "@example.com"), new PasswordHash("hash"), T0, Role.MEMBER)
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
            .add(new Email(local + "@Example.COM"), new PasswordHash("hash"), T0, Role.MEMBER)
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
    accounts().add(uniqueEmail(), new PasswordHash("hash"), T0, Role.MEMBER).orElseThrow();

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

    Account added =
        accounts().add(longest, new PasswordHash("hash"), T0, Role.MEMBER).orElseThrow();

    assertThat(longest.value()).hasSize(Email.MAX_LENGTH);
    assertThat(accounts().findByEmail(longest)).contains(added);
  }

  @Test
  void keepsALongPasswordHash() {
    PasswordHash hash =
        new PasswordHash("argon2id$v=19$m=65536,t=3,p=4$" + "s".repeat(22) + "$" + "h".repeat(86));

    Account added = accounts().add(uniqueEmail(), hash, T0, Role.MEMBER).orElseThrow();

    assertThat(accounts().findById(added.id()).orElseThrow().passwordHash()).isEqualTo(hash);
  }

  @Test
  void changePasswordHashReplacesThatAccountsHashOnly() {
    Account changed =
        accounts().add(uniqueEmail(), new PasswordHash("old"), T0, Role.MEMBER).orElseThrow();
    Account other =
        accounts().add(uniqueEmail(), new PasswordHash("old"), T0, Role.MEMBER).orElseThrow();

    accounts().changePasswordHash(changed.id(), new PasswordHash("new"));

    assertThat(accounts().findById(changed.id()).orElseThrow())
        .isEqualTo(
            new Account(
                changed.id(),
                changed.email(),
                new PasswordHash("new"),
                T0,
                changed.role(),
                AccountStatus.ACTIVE,
                null,
                false));
    assertThat(accounts().findById(other.id())).contains(other);
  }

  @Test
  void aNewAccountNeedsNoPasswordChange() {
    Account added = accounts().add(uniqueEmail(), hash(), T0, Role.MEMBER).orElseThrow();

    assertThat(added.passwordChangeRequired()).isFalse();
  }

  @Test
  void requirePasswordChangeMarksThatAccountOnlyUntilItsPasswordChanges() {
    Account marked = accounts().add(uniqueEmail(), hash(), T0, Role.MEMBER).orElseThrow();
    Account other = accounts().add(uniqueEmail(), hash(), T0, Role.MEMBER).orElseThrow();

    accounts().requirePasswordChange(marked.id());

    assertThat(accounts().findById(marked.id()).orElseThrow().passwordChangeRequired()).isTrue();
    assertThat(accounts().findByEmail(marked.email()).orElseThrow().passwordChangeRequired())
        .isTrue();
    assertThat(accounts().findById(other.id())).contains(other);

    accounts().changePasswordHash(marked.id(), new PasswordHash("chosen"));

    Account changed = accounts().findById(marked.id()).orElseThrow();
    assertThat(changed.passwordChangeRequired()).isFalse();
    assertThat(changed.passwordHash()).isEqualTo(new PasswordHash("chosen"));
  }

  @Test
  void replacePasswordHashReplacesOnlyTheExpectedHash() {
    Account account =
        accounts().add(uniqueEmail(), new PasswordHash("checked"), T0, Role.MEMBER).orElseThrow();
    accounts().requirePasswordChange(account.id());

    boolean stale =
        accounts()
            .replacePasswordHash(account.id(), new PasswordHash("other"), new PasswordHash("x"));
    Account unchanged = accounts().findById(account.id()).orElseThrow();
    boolean replaced =
        accounts()
            .replacePasswordHash(
                account.id(), new PasswordHash("checked"), new PasswordHash("chosen"));
    boolean again =
        accounts()
            .replacePasswordHash(
                account.id(), new PasswordHash("checked"), new PasswordHash("second"));

    assertThat(stale).isFalse();
    assertThat(unchanged.passwordHash()).isEqualTo(new PasswordHash("checked"));
    assertThat(unchanged.passwordChangeRequired()).isTrue();
    assertThat(replaced).isTrue();
    assertThat(again).as("of two changes that checked the same hash, one wins").isFalse();
    Account changed = accounts().findById(account.id()).orElseThrow();
    assertThat(changed.passwordHash()).isEqualTo(new PasswordHash("chosen"));
    assertThat(changed.passwordChangeRequired()).isFalse();
    assertThat(
            accounts()
                .replacePasswordHash(
                    new AccountId(Long.MAX_VALUE), new PasswordHash("x"), new PasswordHash("y")))
        .isFalse();
  }

  @Test
  void changePasswordHashOfAnUnknownAccountChangesNothing() {
    Account kept =
        accounts().add(uniqueEmail(), new PasswordHash("kept"), T0, Role.MEMBER).orElseThrow();

    accounts().changePasswordHash(new AccountId(Long.MAX_VALUE), new PasswordHash("new"));

    assertThat(accounts().findById(new AccountId(Long.MAX_VALUE))).isEmpty();
    assertThat(accounts().findById(kept.id())).contains(kept);
  }

  @Test
  void theFirstAccountIsAnAdminWhateverTheRoleAskedAndTheNextGetTheirs() {
    onEmptyStore(
        accounts -> {
          Account first = accounts.add(uniqueEmail(), hash(), T0, Role.MEMBER).orElseThrow();
          Account second = accounts.add(uniqueEmail(), hash(), T0, Role.MEMBER).orElseThrow();

          assertThat(first.role()).isEqualTo(Role.ADMIN);
          assertThat(second.role()).isEqualTo(Role.MEMBER);
          assertThat(accounts.findById(first.id())).contains(first);
        });
  }

  /** As the first start does: it claims, then adds the account. */
  @Test
  void theAccountOfTheFirstStartIsAnAdminWhateverTheRoleAsked() {
    onEmptyStore(
        accounts -> {
          assertThat(accounts.claimFirstStart()).isTrue();

          Account first = accounts.add(uniqueEmail(), hash(), T0, Role.MEMBER).orElseThrow();

          assertThat(first.role()).isEqualTo(Role.ADMIN);
        });
  }

  @Test
  void addsAnActiveAccountOfTheRoleAskedOnceThereIsOne() {
    newAccount();

    Account admin = accounts().add(uniqueEmail(), hash(), T0, Role.ADMIN).orElseThrow();
    Account member = accounts().add(uniqueEmail(), hash(), T0, Role.MEMBER).orElseThrow();

    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    assertThat(member.role()).isEqualTo(Role.MEMBER);
    assertThat(accounts().findById(member.id())).contains(member);
    assertThat(member.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(member.lastSignIn()).isNull();
  }

  @Test
  void keepsAnAccountWithoutPasswordYet() {
    Account added = accounts().add(uniqueEmail(), PasswordHash.NONE, T0, Role.MEMBER).orElseThrow();

    assertThat(accounts().findById(added.id()).orElseThrow().hasPassword()).isFalse();
  }

  @Test
  void changeRoleChangesThatAccountsRoleOnly() {
    newAccount();
    Account changed = newAccount();
    Account other = newAccount();

    accounts().changeRole(changed.id(), Role.ADMIN);

    assertThat(accounts().findById(changed.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
    assertThat(accounts().findById(other.id())).contains(other);
    accounts().changeRole(changed.id(), Role.MEMBER);
    assertThat(accounts().findById(changed.id())).contains(changed);
  }

  @Test
  void changeEmailGivesTheAccountAnEmailNoOtherHas() {
    Account changed = newAccount();
    Account other = newAccount();
    Email fresh = uniqueEmail();

    assertThat(accounts().changeEmail(changed.id(), other.email())).isFalse();
    assertThat(accounts().changeEmail(changed.id(), fresh)).isTrue();
    assertThat(accounts().changeEmail(changed.id(), fresh)).as("unchanged is fine").isTrue();

    assertThat(accounts().findById(changed.id()).orElseThrow().email()).isEqualTo(fresh);
    assertThat(accounts().findByEmail(fresh).orElseThrow().id()).isEqualTo(changed.id());
    assertThat(accounts().findById(other.id())).contains(other);
    assertThat(accounts().changeEmail(new AccountId(Long.MAX_VALUE), uniqueEmail())).isFalse();
  }

  @Test
  void changeStatusChangesThatAccountsStatusOnly() {
    Account changed = newAccount();
    Account other = newAccount();

    assertThat(accounts().changeStatus(changed.id(), AccountStatus.DEACTIVATED)).isTrue();

    assertThat(accounts().findById(changed.id()).orElseThrow().status())
        .isEqualTo(AccountStatus.DEACTIVATED);
    assertThat(accounts().findById(other.id())).contains(other);
    assertThat(accounts().changeStatus(changed.id(), AccountStatus.DEACTIVATED))
        .as("deactivated already")
        .isFalse();
    assertThat(accounts().changeStatus(new AccountId(Long.MAX_VALUE), AccountStatus.ACTIVE))
        .isFalse();
    assertThat(accounts().changeStatus(changed.id(), AccountStatus.ACTIVE)).isTrue();
    assertThat(accounts().findById(changed.id())).contains(changed);
  }

  @Test
  void signedInNotesTheLastSignIn() {
    Account account = newAccount();

    accounts().signedIn(account.id(), T0.plusSeconds(60));
    accounts().signedIn(account.id(), T0.plusSeconds(120));

    assertThat(accounts().findById(account.id()).orElseThrow().lastSignIn())
        .isEqualTo(T0.plusSeconds(120));
  }

  @Test
  void lockActiveAdminsListsTheActiveAdminsOnly() {
    newAccount();
    Account admin = accounts().add(uniqueEmail(), hash(), T0, Role.ADMIN).orElseThrow();
    Account deactivated = accounts().add(uniqueEmail(), hash(), T0, Role.ADMIN).orElseThrow();
    accounts().changeStatus(deactivated.id(), AccountStatus.DEACTIVATED);
    Account member = newAccount();

    assertThat(accounts().lockActiveAdmins())
        .contains(admin.id())
        .doesNotContain(deactivated.id(), member.id());
  }

  @Test
  void findsTheAccountsWhoseEmailContainsTheSearchInAnyCaseOldestFirst() {
    String marker = "people-" + UUID.randomUUID();
    Account first = newAccount("a-" + marker + "@example.com");
    Account second = newAccount("b-" + marker + "@example.org");
    newAccount("c-" + UUID.randomUUID() + "@example.com");

    Page<AccountSummary> found =
        accounts().find(marker.toUpperCase(Locale.ROOT), Optional.empty(), FIRST_PAGE, T0);

    assertThat(found.items()).extracting(AccountSummary::account).containsExactly(first, second);
    assertThat(found.total()).isEqualTo(2);
  }

  @Test
  void anEmptySearchFindsEveryAccountOldestFirst() {
    newAccount();
    Account newest = newAccount();

    long total = accounts().find("", Optional.empty(), new PageRequest(1, 1), T0).total();
    Page<AccountSummary> last =
        accounts().find("", Optional.empty(), new PageRequest((int) total, 1), T0);

    assertThat(last.items()).extracting(AccountSummary::account).containsExactly(newest);
  }

  @Test
  void searchesForPercentAndUnderscoreAsThemselves() {
    String marker = "wild-" + UUID.randomUUID();
    Account underscore = newAccount(marker + "_x%@example.com");
    newAccount(marker + "yxz@example.com");

    Page<AccountSummary> found = accounts().find(marker + "_x%", Optional.empty(), FIRST_PAGE, T0);

    assertThat(found.items()).extracting(AccountSummary::account).containsExactly(underscore);
  }

  @Test
  void findsTheAccountsOfOneStatus() {
    String marker = "status-" + UUID.randomUUID();
    Account active = newAccount("a-" + marker + "@example.com");
    Account deactivated = newAccount("b-" + marker + "@example.com");
    accounts().changeStatus(deactivated.id(), AccountStatus.DEACTIVATED);

    Page<AccountSummary> onlyDeactivated =
        accounts().find(marker, Optional.of(AccountStatus.DEACTIVATED), FIRST_PAGE, T0);
    Page<AccountSummary> onlyActive =
        accounts().find(marker, Optional.of(AccountStatus.ACTIVE), FIRST_PAGE, T0);

    assertThat(onlyDeactivated.items())
        .extracting(summary -> summary.account().id())
        .containsExactly(deactivated.id());
    assertThat(onlyDeactivated.total()).isEqualTo(1);
    assertThat(onlyActive.items()).extracting(AccountSummary::account).containsExactly(active);
  }

  @Test
  void findsInPagesWithTheTotal() {
    String marker = "pages-" + UUID.randomUUID();
    Account first = newAccount("a-" + marker + "@example.com");
    Account second = newAccount("b-" + marker + "@example.com");
    Account third = newAccount("c-" + marker + "@example.com");

    Page<AccountSummary> one = accounts().find(marker, Optional.empty(), new PageRequest(1, 2), T0);
    Page<AccountSummary> two = accounts().find(marker, Optional.empty(), new PageRequest(2, 2), T0);
    Page<AccountSummary> beyond =
        accounts().find(marker, Optional.empty(), new PageRequest(3, 2), T0);

    assertThat(one.items()).extracting(AccountSummary::account).containsExactly(first, second);
    assertThat(two.items()).extracting(AccountSummary::account).containsExactly(third);
    assertThat(one.total()).isEqualTo(3);
    assertThat(two.total()).isEqualTo(3);
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(3);
  }

  @Test
  void countsTheTokensThatAreNeitherRevokedNorExpired() {
    Instant now = T0.plus(Duration.ofDays(10));
    Account owner = newAccount();
    Account other = newAccount();
    tokens().add(token(owner, now.plusSeconds(1), null));
    tokens().add(token(owner, now.plus(Duration.ofDays(1)), null));
    tokens().add(token(owner, now, null)); // expires now: no longer usable
    tokens().add(token(owner, now.minusSeconds(1), null));
    tokens().add(token(owner, now.plus(Duration.ofDays(1)), now.minusSeconds(1)));
    tokens().add(token(other, now.plus(Duration.ofDays(1)), null));

    Page<AccountSummary> found =
        accounts().find(owner.email().value(), Optional.empty(), FIRST_PAGE, now);
    Page<AccountSummary> none =
        accounts().find(newAccount().email().value(), Optional.empty(), FIRST_PAGE, now);

    assertThat(found.items()).containsExactly(new AccountSummary(owner, 2));
    assertThat(none.items()).extracting(AccountSummary::liveTokens).containsExactly(0L);
  }

  private Account newAccount() {
    return accounts().add(uniqueEmail(), hash(), T0, Role.MEMBER).orElseThrow();
  }

  private Account newAccount(String email) {
    return accounts().add(new Email(email), hash(), T0, Role.MEMBER).orElseThrow();
  }

  private static PasswordHash hash() {
    return new PasswordHash("hash");
  }

  private static PersonalToken token(Account owner, Instant expiresAt, Instant revokedAt) {
    return TokenFixtures.token(
        owner.id(),
        TokenFixtures.randomSecret(SecretKind.PERSONAL_TOKEN),
        "token",
        "",
        T0,
        expiresAt,
        revokedAt);
  }
}
