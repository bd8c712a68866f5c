package dev.personaltokens.application.service;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.RoleInsufficientException;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.audit.AuditActor;

/**
 * Who may manage the people: an active admin, read from the store in the call's own transaction so
 * that a role taken away counts at once - or the operator at the command line, who holds the
 * database itself, or an identity provider through SCIM, which the operator let in with its token.
 */
public final class Admins {

  private final Accounts accounts;

  public Admins(Accounts accounts) {
    this.accounts = accounts;
  }

  /** The actor, as the security log names them; refused unless an active admin or the operator. */
  public AuditActor require(Actor actor) {
    if (actor instanceof Actor.Operator operator) {
      return AuditActor.operator(operator.name());
    }
    if (actor instanceof Actor.Provisioner provisioner) {
      // Named as the operator who made its token would be: the logs' actor is an admin or not.
      return AuditActor.operator(provisioner.describe());
    }
    if (actor instanceof Actor.AccountHolder holder) {
      return accounts
          .findById(holder.account())
          .filter(Account::isActive)
          .filter(Account::isAdmin)
          .map(AuditActor::admin)
          .orElseThrow(RoleInsufficientException::new);
    }
    throw new RoleInsufficientException();
  }
}
