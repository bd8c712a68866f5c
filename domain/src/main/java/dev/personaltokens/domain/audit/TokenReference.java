package dev.personaltokens.domain.audit;

import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.TokenHint;
import dev.personaltokens.domain.token.TokenId;
import dev.personaltokens.domain.token.TokenName;
import java.util.Objects;

/** The token an event is about, as it was then: never its secret or digest. */
public record TokenReference(TokenId id, TokenName name, TokenHint hint) {

  public TokenReference {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(hint, "hint");
  }

  public static TokenReference of(PersonalToken token) {
    return new TokenReference(token.id(), token.name(), token.hint());
  }
}
