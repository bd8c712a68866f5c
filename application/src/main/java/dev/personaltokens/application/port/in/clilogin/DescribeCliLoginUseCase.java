package dev.personaltokens.application.port.in.clilogin;

import dev.personaltokens.application.port.in.ReadsOnly;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.clilogin.UserCode;

/**
 * The command-line login waiting under {@code code}, for a signed-in person to compare before
 * answering; {@link CliLoginNotFoundException} when there is none waiting.
 */
@ReadsOnly
public interface DescribeCliLoginUseCase {

  CliLoginRequest describe(AccountId account, UserCode code);
}
