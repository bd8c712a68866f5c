package dev.personaltokens.domain.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A person who signs in and owns personal tokens.
 *
 * @param passwordHash {@link PasswordHash#NONE} until the person sets one through their link
 * @param lastSignIn null until the first sign-in
 * @param passwordChangeRequired the password was not its person's choice (generated at the first
 *     start, or set by the operator): they must change it before their sessions may do anything
 *     else
 */
public record Account(
    AccountId id,
    Email email,
    PasswordHash passwordHash,
    Instant created,
    Role role,
    AccountStatus status,
    Instant lastSignIn,
    boolean passwordChangeRequired) {

  public Account {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(status, "status");
  }

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }

  public boolean isActive() {
    return status == AccountStatus.ACTIVE;
  }

  public boolean hasPassword() {
    return !passwordHash.equals(PasswordHash.NONE);
  }
}
