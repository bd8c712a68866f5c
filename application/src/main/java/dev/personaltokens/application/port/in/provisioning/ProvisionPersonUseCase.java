package dev.personaltokens.application.port.in.provisioning;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;

/**
 * The identity provider adds a person: a member's account with no password and no link to set one -
 * it signs in through the provider only. {@code EmailTakenException} when the email is taken.
 */
@InOneTransaction
public interface ProvisionPersonUseCase {

  Account provision(Actor admin, Email email);
}
