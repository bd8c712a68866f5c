package dev.personaltokens.application.port.in.people;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.application.port.in.OwnTransactions;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Role;

/**
 * An admin adds a person: an account with no password yet, and a one-time link with which the
 * person sets their own - mailed to them when mail is on, and handed back to show the admin once
 * otherwise. The admin never chooses or sees a password. The account and its link are written in
 * one transaction ({@link Writes}), the mail goes out after it.
 */
@OwnTransactions
public interface AddPersonUseCase {

  IssuedPasswordLink add(Actor admin, Email email, Role role);

  @InOneTransaction
  interface Writes {}
}
