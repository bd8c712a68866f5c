package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.AccountStatus;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.PasswordHash;
import dev.personaltokens.domain.account.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "accounts")
@NamedQuery(
    name = "Account.byEmail",
    query = "SELECT a FROM AccountEntity a WHERE a.email = :email")
@NamedQuery(
    name = "Account.changePasswordHash",
    query =
        "UPDATE AccountEntity a SET a.passwordHash = :hash, a.passwordChangeRequired = FALSE"
            + " WHERE a.id = :id")
@NamedQuery(
    name = "Account.replacePasswordHash",
    query =
        "UPDATE AccountEntity a SET a.passwordHash = :hash, a.passwordChangeRequired = FALSE"
            + " WHERE a.id = :id AND a.passwordHash = :expected")
@NamedQuery(
    name = "Account.requirePasswordChange",
    query = "UPDATE AccountEntity a SET a.passwordChangeRequired = TRUE WHERE a.id = :id")
@NamedQuery(
    name = "Account.changeRole",
    query = "UPDATE AccountEntity a SET a.role = :role WHERE a.id = :id")
@NamedQuery(
    name = "Account.changeStatus",
    query =
        "UPDATE AccountEntity a SET a.status = :status WHERE a.id = :id AND a.status <> :status")
@NamedQuery(
    name = "Account.signedIn",
    query = "UPDATE AccountEntity a SET a.lastSignInAt = :at WHERE a.id = :id")
@NamedQuery(
    name = "Account.summaries",
    query =
        "SELECT a, (SELECT COUNT(t) FROM PersonalTokenEntity t"
            + " WHERE t.accountId = a.id AND t.revokedAt IS NULL AND t.expiresAt > :now)"
            + " FROM AccountEntity a"
            + " WHERE a.email LIKE :pattern ESCAPE '!' AND (:status IS NULL OR a.status = :status)"
            + " ORDER BY a.id")
@NamedQuery(
    name = "Account.count",
    query =
        "SELECT COUNT(a) FROM AccountEntity a"
            + " WHERE a.email LIKE :pattern ESCAPE '!' AND (:status IS NULL OR a.status = :status)")
public class AccountEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "email", nullable = false, length = 254)
  private String email;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "role", nullable = false, length = 16)
  private String role;

  @Column(name = "status", nullable = false, length = 16)
  private String status;

  @Convert(converter = InstantConverter.class)
  @Column(name = "last_sign_in_at")
  private Instant lastSignInAt;

  @Column(name = "password_change_required", nullable = false)
  private boolean passwordChangeRequired;

  protected AccountEntity() {}

  /** Accounts are added by a native insert ({@code JpaAccounts.add}): read only, as this. */
  Account toDomain() {
    return new Account(
        new AccountId(id),
        new Email(email),
        new PasswordHash(passwordHash),
        createdAt,
        Role.fromCode(role),
        AccountStatus.fromCode(status),
        lastSignInAt,
        passwordChangeRequired);
  }

  Long id() {
    return id;
  }
}
