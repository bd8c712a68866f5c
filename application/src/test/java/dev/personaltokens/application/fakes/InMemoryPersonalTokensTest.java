package dev.personaltokens.application.fakes;

import static dev.personaltokens.application.port.out.TokenFixtures.T0;
import static dev.personaltokens.application.port.out.TokenFixtures.newOwner;
import static dev.personaltokens.application.port.out.TokenFixtures.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.PersonalTokensContract;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Revocation;
import dev.personaltokens.domain.token.TokenId;
import org.junit.jupiter.api.Test;

public class InMemoryPersonalTokensTest extends PersonalTokensContract {

  private final InMemoryPersonalTokens tokens = new InMemoryPersonalTokens();
  private final InMemoryAccounts accounts = new InMemoryAccounts(tokens);

  InMemoryPersonalTokensTest() {
    tokens.ownerEmails(accounts::emailOf);
  }

  @Override
  protected PersonalTokens tokens() {
    return tokens;
  }

  @Override
  protected Accounts accounts() {
    return accounts;
  }

  @Test
  void refusesASecondTokenWithTheSameDigest() {
    AccountId owner = newOwner(accounts).id();
    PersonalToken token = token(owner, "first", T0);
    tokens.add(token);
    PersonalToken other = token(owner, "second", T0);
    PersonalToken sameDigest =
        new PersonalToken(
            other.id(),
            other.family(),
            owner,
            other.name(),
            other.description(),
            other.scope(),
            other.allowedIps(),
            token.hint(),
            token.digest(),
            other.created(),
            other.lastModified(),
            other.expiresAt(),
            null,
            null,
            null,
            null);

    assertThatThrownBy(() -> tokens.add(sameDigest)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void breaksTiesOfCreationTimeSoThatPagesDoNotOverlap() {
    AccountId owner = newOwner(accounts).id();
    for (int i = 0; i < 4; i++) {
      tokens.add(token(owner, "same instant " + i, T0));
    }

    var first = tokens.findUnrevoked(owner, "", new PageRequest(1, 2)).items();
    var second = tokens.findUnrevoked(owner, "", new PageRequest(2, 2)).items();

    assertThat(first).doesNotContainAnyElementsOf(second);
    assertThat(first).hasSize(2);
    assertThat(second).hasSize(2);
  }

  @Test
  void markingAnUnknownTokenDoesNothing() {
    tokens.markUsed(TokenId.random(), T0, null);

    assertThat(tokens.revoke(TokenId.random(), T0, Revocation.REVOKED)).isFalse();
    assertThat(tokens.all()).isEmpty();
  }
}
