package dev.personaltokens.application.port.in.clilogin;

import dev.personaltokens.application.port.in.ReadsOnly;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.clilogin.UserCode;

/** {@code account} denies the command-line login waiting under {@code code}: it ends unused. */
@ReadsOnly
public interface DenyCliLoginUseCase {

  void deny(AccountId account, UserCode code);
}
