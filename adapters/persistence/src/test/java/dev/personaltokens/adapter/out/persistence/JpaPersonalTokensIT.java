package dev.personaltokens.adapter.out.persistence;

import static dev.personaltokens.application.port.out.TokenFixtures.T0;
import static dev.personaltokens.application.port.out.TokenFixtures.newOwner;
import static dev.personaltokens.application.port.out.TokenFixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.out.persistence.StandaloneDatabase.Stores;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.PersonalTokensContract;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PersonalToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The PersonalTokens contract on MariaDB, and what only its collation shows. */
class JpaPersonalTokensIT extends PersonalTokensContract {

  private static final PageRequest FIRST_PAGE = new PageRequest(1, PageRequest.MAX_SIZE);

  @Override
  protected PersonalTokens tokens() {
    return JpaTransactions.committingEachCall(PersonalTokens.class, Stores::personalTokens);
  }

  @Override
  protected Accounts accounts() {
    return JpaTransactions.committingEachCall(Accounts.class, Stores::accounts);
  }

  /**
   * A search matches as the columns compare, in utf8mb4_unicode_ci: in any accent too. The name
   * holds trigrams equal under it ("Caf" and "caf"), which are one row of its trigrams.
   */
  @Test
  void searchMatchesInAnyAccentAsTheColumnsCompare() {
    AccountId owner = newOwner(accounts()).id();
    PersonalToken cafe = token(owner, "Café crème, cafe creme", "", T0);
    PersonalToken other = token(owner, "tea", "crémeux", T0.plusSeconds(1));
    tokens().add(cafe);
    tokens().add(other);

    assertThat(tokens().findUnrevoked(owner, "cafe creme", FIRST_PAGE).items())
        .containsExactly(cafe);
    assertThat(tokens().findUnrevoked(owner, "CAFÉ", FIRST_PAGE).items()).containsExactly(cafe);
    assertThat(tokens().findUnrevoked(owner, "creme", FIRST_PAGE).items())
        .containsExactly(other, cafe);
    assertThat(tokens().findUnrevoked(owner, "crème, c", FIRST_PAGE).total()).isEqualTo(1);
  }

  /**
   * The most creates one transaction writes (32), each with the longest name and description, all
   * of whose trigrams differ: 11,232 rows of trigrams, in statements of {@link
   * TokenGrams#ROWS_AT_ONCE}. Its time is printed, not asserted (in one statement it took 28 s).
   */
  @Test
  void theLargestGroupOfTheLongestTokensIsWrittenAtOnce() {
    AccountId owner = newOwner(accounts()).id();
    Random random = new Random(7);
    List<PersonalToken> tokens = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      tokens.add(token(owner, text(random, 100), text(random, 255), T0.plusSeconds(i)));
    }

    long started = System.nanoTime();
    tokens().addAll(tokens);
    System.out.printf(
        "JpaPersonalTokensIT: 32 tokens of the longest names and descriptions added in %d ms%n",
        (System.nanoTime() - started) / 1_000_000);

    assertThat(tokens().findUnrevoked(owner, "", FIRST_PAGE).total()).isEqualTo(32);
    String middle = tokens.get(17).description().value().substring(100, 110);
    assertThat(tokens().findUnrevoked(owner, middle, FIRST_PAGE).items())
        .containsExactly(tokens.get(17));
  }

  private static String text(Random random, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }
}
