package dev.personaltokens.application.service.token;

import dev.personaltokens.application.port.in.token.ListPersonalTokensUseCase;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.Text;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.TokenDescription;

public final class ListPersonalTokensService implements ListPersonalTokensUseCase {

  private final PersonalTokens tokens;

  public ListPersonalTokensService(PersonalTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public Page<PersonalToken> list(AccountId owner, String search, PageRequest page) {
    String term = search == null ? "" : search.strip();
    // Nothing longer than a description can match one.
    if (Text.length(term) > TokenDescription.MAX_LENGTH) {
      throw new InvalidValueException(
          "search.too_long",
          "search",
          "search must be at most " + TokenDescription.MAX_LENGTH + " characters");
    }
    return tokens.findUnrevoked(owner, term, page);
  }
}
