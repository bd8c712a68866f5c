package dev.personaltokens.application.port.in.clilogin;

import dev.personaltokens.application.port.in.ReadsOnly;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.clilogin.UserCode;

/**
 * {@code account} approves the command-line login waiting under {@code code}: its next poll gets a
 * personal token of that account for the machine. The approval is kept with the login, not in the
 * database; the token is made when the command line collects it. Approving again is no change.
 */
@ReadsOnly
public interface ApproveCliLoginUseCase {

  void approve(AccountId account, UserCode code);
}
