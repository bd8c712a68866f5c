package dev.personaltokens.application.port.in.token;

import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;

/** The owner holds as many tokens as the instance's policy allows one account. */
public final class TokenLimitException extends DomainException {

  public TokenLimitException(int limit) {
    super(
        ErrorCategory.CONFLICT,
        "token.limit.reached",
        "this account holds the "
            + limit
            + " tokens the server's policy allows one account; delete one first");
  }
}
