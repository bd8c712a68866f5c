package dev.personaltokens.application.service.account;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.account.AccountNotFoundException;
import dev.personaltokens.application.port.in.account.ResetPasswordUseCase;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.PasswordHasher;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.application.service.InTransaction;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.account.PasswordHash;
import dev.personaltokens.domain.audit.AuditEventType;

public final class ResetPasswordService implements ResetPasswordUseCase {

  private final Accounts accounts;
  private final Sessions sessions;
  private final PasswordHasher hasher;
  private final Audit audit;
  private final InTransaction writes;

  public ResetPasswordService(
      Accounts accounts,
      Sessions sessions,
      PasswordHasher hasher,
      Audit audit,
      InTransaction writes) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.hasher = hasher;
    this.audit = audit;
    this.writes = writes;
  }

  /**
   * A reset usually follows a leak, so whoever signed in with the old password is signed out. The
   * operator chose the new password, so its person must change it at their next sign-in. The new
   * password is hashed first, outside any transaction.
   */
  @Override
  public void resetPassword(Actor actor, Email email, Password newPassword) {
    PasswordHash hash = hasher.hash(newPassword);
    writes.run(
        () -> {
          Account account =
              accounts.findByEmail(email).orElseThrow(() -> new AccountNotFoundException(email));
          accounts.changePasswordHash(account.id(), hash);
          accounts.requirePasswordChange(account.id());
          int ended = sessions.removeAllOf(account.id());
          audit.record(
              account.id(),
              AuditEventType.PASSWORD_RESET,
              "by " + actor.describe() + "; " + ended + " session(s) ended",
              Audit.operatorOf(actor));
          return null;
        });
  }
}
