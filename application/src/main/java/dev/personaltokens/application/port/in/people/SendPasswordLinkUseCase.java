package dev.personaltokens.application.port.in.people;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.application.port.in.OwnTransactions;
import dev.personaltokens.domain.account.AccountId;

/**
 * An admin sends a person a new one-time link to set their password (a reset): it voids the older
 * links; the current password and sessions stay until the person uses it. Mailed when mail is on,
 * handed back to show the admin once otherwise.
 */
@OwnTransactions
public interface SendPasswordLinkUseCase {

  IssuedPasswordLink send(Actor admin, AccountId account);

  @InOneTransaction
  interface Writes {}
}
