package dev.personaltokens.application.port.in.verification;

import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;
import dev.personaltokens.domain.token.Scope;
import java.util.Locale;

/** A good token whose scope doesn't allow what it was used for: a read-only one, to change. */
public final class InsufficientScopeException extends DomainException {

  public InsufficientScopeException(Scope scope) {
    super(
        ErrorCategory.FORBIDDEN,
        "auth.scope.insufficient",
        "a "
            + scope.label().toLowerCase(Locale.ROOT)
            + " token can only read (GET, HEAD, OPTIONS)");
  }
}
