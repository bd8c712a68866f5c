package dev.personaltokens.application.port.in.account;

import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;

/** No account has this email, or this id. */
public final class AccountNotFoundException extends DomainException {

  public AccountNotFoundException(Email email) {
    super(
        ErrorCategory.NOT_FOUND, "account.not_found", "no account with the email " + email.value());
  }

  public AccountNotFoundException(AccountId id) {
    super(ErrorCategory.NOT_FOUND, "account.not_found", "no account with the id " + id);
  }
}
