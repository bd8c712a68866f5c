package dev.personaltokens.application.service.people;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.people.DeactivateAccountUseCase;
import dev.personaltokens.application.port.in.people.Deactivation;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.PasswordLinks;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.application.service.Admins;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.AccountStatus;
import dev.personaltokens.domain.audit.AuditActor;
import dev.personaltokens.domain.audit.AuditEventType;

/**
 * Ends the account's tokens through the token store every use case sees, so that the node cache
 * evicts them by owner on every node before the call returns - the one eviction path.
 */
public final class DeactivateAccountService implements DeactivateAccountUseCase {

  private final Accounts accounts;
  private final Admins admins;
  private final PersonalTokens tokens;
  private final Sessions sessions;
  private final PasswordLinks links;
  private final Clock clock;
  private final Audit audit;

  public DeactivateAccountService(
      Accounts accounts,
      PersonalTokens tokens,
      Sessions sessions,
      PasswordLinks links,
      Clock clock,
      Audit audit) {
    this.accounts = accounts;
    this.admins = new Admins(accounts);
    this.tokens = tokens;
    this.sessions = sessions;
    this.links = links;
    this.clock = clock;
    this.audit = audit;
  }

  @Override
  public Deactivation deactivate(Actor admin, AccountId id) {
    AuditActor by = admins.require(admin);
    Account account = People.find(accounts, id);
    if (!account.isActive()) {
      return new Deactivation(account, 0, 0);
    }
    if (id.equals(by.admin())) {
      throw People.ownAccount("deactivate");
    }
    if (account.isAdmin()) {
      People.requireAnotherAdmin(accounts, id);
    }
    if (!accounts.changeStatus(id, AccountStatus.DEACTIVATED)) {
      // Another call deactivated it since it was read (an identity provider that sends its
      // deactivation again before the first is answered): that call ends and logs it.
      return new Deactivation(People.find(accounts, id), 0, 0);
    }
    int revoked = tokens.revokeAllOf(id, clock.now());
    int ended = sessions.removeAllOf(id);
    links.removeAllOf(id);
    audit.record(
        id,
        AuditEventType.ACCOUNT_DEACTIVATED,
        "by "
            + by.describe()
            + "; "
            + People.count(revoked, "personal token")
            + " revoked, "
            + People.count(ended, "session")
            + " ended",
        by);
    return new Deactivation(People.find(accounts, id), revoked, ended);
  }
}
