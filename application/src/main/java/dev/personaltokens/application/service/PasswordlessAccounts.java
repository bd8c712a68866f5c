package dev.personaltokens.application.service;

import dev.personaltokens.application.port.in.account.EmailTakenException;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.PasswordHash;
import dev.personaltokens.domain.account.Role;
import dev.personaltokens.domain.audit.AuditActor;
import dev.personaltokens.domain.audit.AuditEventType;

/**
 * Accounts an admin or an identity provider opens without a password - the person sets one through
 * a link, or signs in through the provider - each with the first line of its log: as what, and by
 * whom.
 */
public final class PasswordlessAccounts {

  private final Accounts accounts;
  private final Clock clock;
  private final Audit audit;

  public PasswordlessAccounts(Accounts accounts, Clock clock, Audit audit) {
    this.accounts = accounts;
    this.clock = clock;
    this.audit = audit;
  }

  /** The account opened for {@code email}; {@link EmailTakenException} if one has it already. */
  public Account open(Email email, Role role, AuditActor by) {
    Account account =
        accounts
            .add(email, PasswordHash.NONE, clock.now(), role)
            .orElseThrow(EmailTakenException::new);
    audit.record(
        account.id(),
        AuditEventType.ACCOUNT_CREATED,
        "as " + account.role().code() + " by " + by.describe(),
        by);
    return account;
  }
}
