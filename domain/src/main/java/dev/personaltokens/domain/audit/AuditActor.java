package dev.personaltokens.domain.audit;

import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import java.util.Objects;

/**
 * Who changed an account when it was not the account's own doing: an admin (by id and email, as
 * they were then) or the operator at the command line ({@code root@host}). The owner's security log
 * and the instance's both name them.
 *
 * @param admin null when it was the operator
 * @param adminEmail null when it was the operator
 * @param operator null when it was an admin
 */
public record AuditActor(AccountId admin, String adminEmail, String operator) {

  public AuditActor {
    if ((admin == null) == (operator == null) || (admin == null) != (adminEmail == null)) {
      throw new IllegalArgumentException("an admin with an email, or an operator");
    }
  }

  public static AuditActor admin(Account admin) {
    return new AuditActor(admin.id(), admin.email().value(), null);
  }

  public static AuditActor operator(String name) {
    return new AuditActor(null, null, Objects.requireNonNull(name));
  }

  /** As the log says it: {@code admin alice@example.com}, {@code operator root@host}. */
  public String describe() {
    return admin != null ? "admin " + adminEmail : "operator " + operator;
  }
}
