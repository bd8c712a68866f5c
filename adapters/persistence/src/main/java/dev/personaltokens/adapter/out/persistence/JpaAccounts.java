package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.application.port.out.AccountSummary;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.AccountStatus;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.PasswordHash;
import dev.personaltokens.domain.account.Role;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

public class JpaAccounts implements Accounts {

  /**
   * Every read of an account takes the row as it is now, even when the persistence context holds it
   * already: the changes are bulk updates, which leave a managed copy as it was, and a use case
   * that changes an account and then reads it again must see its own change.
   */
  private static final String STORE_MODE = "jakarta.persistence.cache.storeMode";

  private final EntityManager em;

  public JpaAccounts(EntityManager em) {
    this.em = em;
  }

  /**
   * The unique key on the email decides, not a look first: of concurrent additions of one email,
   * one inserts the row and the others insert nothing (they wait on the key, then find it taken).
   *
   * <p>The first start is claimed before the insert, so that concurrent additions to an empty
   * database wait for the one that claims it: that one is the admin, and the others then find its
   * account. An account is also the first when there is none yet though the first start is claimed:
   * the caller claimed it itself earlier in its transaction, as the first start does.
   */
  @Override
  public Optional<Account> add(Email email, PasswordHash passwordHash, Instant created, Role role) {
    boolean first = claimFirstStart() || noAccountYet();
    int inserted =
        em.createNativeQuery(
                "INSERT IGNORE INTO accounts (email, password_hash, created_at, role)"
                    + " VALUES (?, ?, ?, ?)")
            .setParameter(1, email.value())
            .setParameter(2, passwordHash.encoded())
            .setParameter(3, new InstantConverter().convertToDatabaseColumn(created))
            .setParameter(4, first ? Role.ADMIN.code() : role.code())
            .executeUpdate();
    return inserted == 0 ? Optional.empty() : findByEmail(email);
  }

  /**
   * A plain read first: there are accounts almost always, and then no row is held. Only when it
   * finds none does a locking read make sure, which sees what was committed since the transaction's
   * snapshot. Both read the primary key's first row: its lock leaves room for the rows added after.
   */
  private boolean noAccountYet() {
    return firstAccount("").isEmpty() && firstAccount(" LOCK IN SHARE MODE").isEmpty();
  }

  private List<?> firstAccount(String lock) {
    return em.createNativeQuery("SELECT id FROM accounts ORDER BY id LIMIT 1" + lock)
        .getResultList();
  }

  @Override
  public Optional<Account> findById(AccountId id) {
    return Optional.ofNullable(
            em.find(AccountEntity.class, id.value(), Map.of(STORE_MODE, CacheStoreMode.REFRESH)))
        .map(AccountEntity::toDomain);
  }

  @Override
  public Optional<Account> findByEmail(Email email) {
    return em.createNamedQuery("Account.byEmail", AccountEntity.class)
        .setParameter("email", email.value())
        .setHint(STORE_MODE, CacheStoreMode.REFRESH)
        .getResultStream()
        .findFirst()
        .map(AccountEntity::toDomain);
  }

  @Override
  public Optional<Account> findBySubject(String subject) {
    return em.createNativeQuery("SELECT id FROM accounts WHERE oidc_subject = ?")
        .setParameter(1, subject)
        .getResultStream()
        .findFirst()
        .flatMap(id -> findById(new AccountId(((Number) id).longValue())));
  }

  @Override
  public Optional<String> subjectOf(AccountId id) {
    return em.createNativeQuery("SELECT oidc_subject FROM accounts WHERE id = ?")
        .setParameter(1, id.value())
        .getResultStream()
        .filter(Objects::nonNull)
        .map(String.class::cast)
        .findFirst();
  }

  /**
   * The unique key decides: IGNORE leaves the row as it was when another account holds the subject
   * (also one committed meanwhile: the key waits for it), so that of two concurrent links one wins.
   * The driver counts the rows matched, not those changed: the row read back says which it was.
   */
  @Override
  public boolean linkSubject(AccountId id, String subject) {
    int matched =
        em.createNativeQuery(
                "UPDATE IGNORE accounts SET oidc_subject = ? WHERE id = ? AND oidc_subject IS NULL")
            .setParameter(1, subject)
            .setParameter(2, id.value())
            .executeUpdate();
    return matched == 1 && subjectOf(id).filter(subject::equals).isPresent();
  }

  /** One row's key, claimed by an insert that waits for a concurrent one to commit or roll back. */
  @Override
  public boolean claimFirstStart() {
    return em.createNativeQuery("INSERT IGNORE INTO first_start (id) VALUES (1)").executeUpdate()
        == 1;
  }

  @Override
  public void changePasswordHash(AccountId id, PasswordHash passwordHash) {
    em.createNamedQuery("Account.changePasswordHash")
        .setParameter("hash", passwordHash.encoded())
        .setParameter("id", id.value())
        .executeUpdate();
  }

  /** The row's lock decides: a second change waits for the first, then finds the hash changed. */
  @Override
  public boolean replacePasswordHash(
      AccountId id, PasswordHash expected, PasswordHash replacement) {
    return em.createNamedQuery("Account.replacePasswordHash")
            .setParameter("hash", replacement.encoded())
            .setParameter("expected", expected.encoded())
            .setParameter("id", id.value())
            .executeUpdate()
        == 1;
  }

  @Override
  public void requirePasswordChange(AccountId id) {
    em.createNamedQuery("Account.requirePasswordChange")
        .setParameter("id", id.value())
        .executeUpdate();
  }

  @Override
  public void changeRole(AccountId id, Role role) {
    em.createNamedQuery("Account.changeRole")
        .setParameter("role", role.code())
        .setParameter("id", id.value())
        .executeUpdate();
  }

  @Override
  public boolean changeStatus(AccountId id, AccountStatus status) {
    return em.createNamedQuery("Account.changeStatus")
            .setParameter("status", status.code())
            .setParameter("id", id.value())
            .executeUpdate()
        == 1;
  }

  /**
   * The unique key decides, as for a new account: IGNORE leaves the row as it was when another
   * account holds the email. The driver counts the rows matched, so the row read back says which.
   */
  @Override
  public boolean changeEmail(AccountId id, Email email) {
    em.createNativeQuery("UPDATE IGNORE accounts SET email = ? WHERE id = ?")
        .setParameter(1, email.value())
        .setParameter(2, id.value())
        .executeUpdate();
    return findById(id).filter(account -> account.email().equals(email)).isPresent();
  }

  @Override
  public void signedIn(AccountId id, Instant at) {
    em.createNamedQuery("Account.signedIn")
        .setParameter("at", at)
        .setParameter("id", id.value())
        .executeUpdate();
  }

  /**
   * Reads through ix_accounts_role_status (Flyway V8), so that only the admins' rows are locked.
   */
  @Override
  public Set<AccountId> holdActive(Collection<AccountId> ids) {
    List<Long> ordered = ids.stream().map(AccountId::value).distinct().sorted().toList();
    if (ordered.isEmpty()) {
      return Set.of();
    }
    Query hold =
        NativeRows.query(
            em,
            "SELECT id, status FROM accounts WHERE id IN (%s) ORDER BY id LOCK IN SHARE MODE",
            "?",
            ordered);
    Set<AccountId> active = new HashSet<>();
    for (Object row : hold.getResultList()) {
      Object[] columns = (Object[]) row;
      if (AccountStatus.ACTIVE.code().equals(columns[1])) {
        active.add(new AccountId(((Number) columns[0]).longValue()));
      }
    }
    return active;
  }

  @Override
  public List<AccountId> lockActiveAdmins() {
    List<?> ids =
        em.createNativeQuery(
                "SELECT id FROM accounts WHERE role = ? AND status = ? ORDER BY id FOR UPDATE")
            .setParameter(1, Role.ADMIN.code())
            .setParameter(2, AccountStatus.ACTIVE.code())
            .getResultList();
    return ids.stream().map(id -> new AccountId(((Number) id).longValue())).toList();
  }

  /**
   * The email's collation ignores case, so its LIKE does too. The live tokens are counted by a
   * subquery for the accounts of the page only.
   */
  @Override
  public Page<AccountSummary> find(
      String search, Optional<AccountStatus> status, PageRequest page, Instant now) {
    String pattern = JpaPersonalTokens.containsPattern(search);
    String code = status.map(AccountStatus::code).orElse(null);
    long total =
        em.createNamedQuery("Account.count", Long.class)
            .setParameter("pattern", pattern)
            .setParameter("status", code)
            .getSingleResult();
    var items =
        em.createNamedQuery("Account.summaries", Object[].class)
            .setParameter("pattern", pattern)
            .setParameter("status", code)
            .setParameter("now", now)
            .setHint(STORE_MODE, CacheStoreMode.REFRESH)
            .setFirstResult((int) Math.min(page.offset(), Integer.MAX_VALUE))
            .setMaxResults(page.size())
            .getResultStream()
            .map(
                row ->
                    new AccountSummary(
                        ((AccountEntity) row[0]).toDomain(), ((Number) row[1]).longValue()))
            .toList();
    return new Page<>(items, total, page);
  }
}
