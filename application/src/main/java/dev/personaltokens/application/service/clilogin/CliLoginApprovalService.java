package dev.personaltokens.application.service.clilogin;

import dev.personaltokens.application.port.in.clilogin.ApproveCliLoginUseCase;
import dev.personaltokens.application.port.in.clilogin.CliLoginRequest;
import dev.personaltokens.application.port.in.clilogin.DenyCliLoginUseCase;
import dev.personaltokens.application.port.in.clilogin.DescribeCliLoginUseCase;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.SharedState;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.clilogin.UserCode;

/** What the console does with a command-line login: shows it, approves it or denies it. */
public final class CliLoginApprovalService
    implements DescribeCliLoginUseCase, ApproveCliLoginUseCase, DenyCliLoginUseCase {

  private final CliLogins logins;

  public CliLoginApprovalService(SharedState shared, Clock clock) {
    this.logins = new CliLogins(shared, clock);
  }

  @Override
  public CliLoginRequest describe(AccountId account, UserCode code) {
    CliLogin login = logins.waiting(code);
    return new CliLoginRequest(login.code(), login.machine(), login.expiresAt());
  }

  @Override
  public void approve(AccountId account, UserCode code) {
    logins.answer(
        code,
        (login, now) -> {
          if (login.waitsAt(now)) {
            return login.answered(CliLogin.State.APPROVED, account);
          }
          // The same approval again (a retried request) changes nothing and is no failure.
          boolean again =
              login.state() == CliLogin.State.APPROVED
                  && account.equals(login.approver())
                  && now.isBefore(login.expiresAt());
          return again ? login : null;
        });
  }

  @Override
  public void deny(AccountId account, UserCode code) {
    logins.answer(
        code,
        (login, now) -> login.waitsAt(now) ? login.answered(CliLogin.State.DENIED, account) : null);
  }
}
