package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.PasswordHash;
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
    query = "UPDATE AccountEntity a SET a.passwordHash = :hash WHERE a.id = :id")
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

  protected AccountEntity() {}

  /** Accounts are added by a native insert ({@code JpaAccounts.add}): read only, as this. */
  Account toDomain() {
    return new Account(
        new AccountId(id), new Email(email), new PasswordHash(passwordHash), createdAt);
  }

  Long id() {
    return id;
  }
}
