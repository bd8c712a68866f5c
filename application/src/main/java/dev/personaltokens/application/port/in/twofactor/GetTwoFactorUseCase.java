package dev.personaltokens.application.port.in.twofactor;

import dev.personaltokens.application.port.in.ReadsOnly;
import dev.personaltokens.domain.account.AccountId;

/** Whether the account has two-factor sign-in on (a pending enrolment does not count). */
@ReadsOnly
public interface GetTwoFactorUseCase {

  boolean isEnabled(AccountId owner);
}
