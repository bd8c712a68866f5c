package dev.personaltokens.application.port.in.twofactor;

import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.twofactor.RecoveryCode;
import dev.personaltokens.domain.twofactor.SecondFactor;
import java.util.List;

/**
 * Turns two-factor sign-in on with a code of the pending enrolment's app, which proves the app has
 * the secret; from then on every password sign-in needs a code. Returns the account's recovery
 * codes, to be shown this once: only their digests are kept.
 */
@InOneTransaction
public interface ConfirmTwoFactorUseCase {

  List<RecoveryCode> confirm(AccountId owner, SecondFactor code);
}
