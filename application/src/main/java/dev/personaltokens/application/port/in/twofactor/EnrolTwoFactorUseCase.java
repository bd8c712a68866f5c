package dev.personaltokens.application.port.in.twofactor;

import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.account.AccountId;

/**
 * Begins turning two-factor sign-in on: a new secret for the owner's authenticator app, pending
 * until {@link ConfirmTwoFactorUseCase} gets a code of it (a newer enrolment replaces it). Refused
 * while two-factor sign-in is on: it must be turned off first, with a code.
 */
@InOneTransaction
public interface EnrolTwoFactorUseCase {

  TwoFactorEnrolment enrol(AccountId owner);
}
