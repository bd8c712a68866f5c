package dev.personaltokens.application.service.account;

import dev.personaltokens.application.port.in.account.ChangePasswordCommand;
import dev.personaltokens.application.port.in.account.ChangePasswordUseCase;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.application.service.InTransaction;
import dev.personaltokens.application.service.session.SignInService;
import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.PasswordHash;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;

/**
 * Checks the current password as a sign-in does ({@link SignInService#passwordMatches}: the same
 * throttle, so a stolen session can't guess the password here faster than at the sign-in), hashes
 * the new one, both outside any transaction, and only then writes, in a short transaction - over
 * the hash it checked only: a reset or another change that came in between wins.
 */
public final class ChangePasswordService implements ChangePasswordUseCase {

  private final Accounts accounts;
  private final Sessions sessions;
  private final SignInService signIn;
  private final Audit audit;
  private final InTransaction writes;

  public ChangePasswordService(
      Accounts accounts,
      Sessions sessions,
      SignInService signIn,
      Audit audit,
      InTransaction writes) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.signIn = signIn;
    this.audit = audit;
    this.writes = writes;
  }

  @Override
  public void change(ChangePasswordCommand command) {
    // Compared before anything is checked: it tells nothing the caller didn't send. A required
    // change must not be met by giving the same password again.
    if (command.newPassword().sameAs(command.current())) {
      throw new InvalidValueException(
          "account.password.unchanged",
          "new_password",
          "the new password must differ from the current one");
    }
    Account account =
        accounts
            .findById(command.account())
            .filter(Account::isActive)
            .orElseThrow(AuthenticationException::invalid);
    if (!signIn.passwordMatches(account, command.current())) {
      writes.run(
          () -> {
            audit.record(
                account.id(), AuditEventType.SESSION_FAILED, "given to change the password");
            return null;
          });
      throw new InvalidValueException(
          "password.current.wrong", "current_password", "the current password is wrong");
    }
    PasswordHash hash = signIn.hash(command.newPassword());
    writes.run(
        () -> {
          if (!accounts.replacePasswordHash(account.id(), account.passwordHash(), hash)) {
            throw new DomainException(
                ErrorCategory.CONFLICT,
                "password.changed_meanwhile",
                "the password was changed meanwhile, elsewhere or by the operator; nothing was"
                    + " changed: sign in again");
          }
          int ended = endOtherSessions(account, command.credential());
          audit.record(
              account.id(),
              AuditEventType.PASSWORD_CHANGED,
              ended + (ended == 1 ? " other session" : " other sessions") + " ended");
          return null;
        });
  }

  /**
   * Whoever signed in with the old password elsewhere is signed out; the caller's session stays.
   */
  private int endOtherSessions(Account account, TokenSecret credential) {
    return credential.kind() == SecretKind.SESSION
        ? sessions.removeOthersOf(account.id(), credential.digest())
        : sessions.removeAllOf(account.id());
  }
}
