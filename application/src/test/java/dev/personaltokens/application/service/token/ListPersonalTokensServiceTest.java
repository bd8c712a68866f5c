package dev.personaltokens.application.service.token;

import static dev.personaltokens.domain.InvalidValues.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.token.CreatePersonalTokenCommand;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.TokenDescription;
import dev.personaltokens.domain.token.TokenName;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ListPersonalTokensServiceTest {

  private static final PageRequest FIRST_PAGE = new PageRequest(1, 10);

  private final InMemoryApplication app = new InMemoryApplication();
  private final AccountId alice = app.account("alice@example.com", "correct horse battery").id();
  private final AccountId bob = app.account("bob@example.com", "correct horse battery").id();

  @Test
  void listsTheOwnersTokensNewestFirst() {
    PersonalToken first = create(alice, "first", "");
    PersonalToken second = create(alice, "second", "");
    PersonalToken third = create(alice, "third", "");
    create(bob, "bob's", "");

    Page<PersonalToken> page = app.listTokens().list(alice, "", FIRST_PAGE);

    assertThat(page.items()).containsExactly(third, second, first);
    assertThat(page.total()).isEqualTo(3);
  }

  @Test
  void leavesOutRevokedTokens() {
    PersonalToken kept = create(alice, "kept", "");
    PersonalToken revoked = create(alice, "revoked", "");

    app.revokeToken().revoke(alice, revoked.id());

    assertThat(app.listTokens().list(alice, "", FIRST_PAGE).items()).containsExactly(kept);
  }

  @Test
  void returnsTheRequestedPageAndTheTotal() {
    PersonalToken[] tokens = new PersonalToken[5];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = create(alice, "token " + i, "");
    }

    Page<PersonalToken> page = app.listTokens().list(alice, "", new PageRequest(2, 2));

    assertThat(page.items()).containsExactly(tokens[2], tokens[1]);
    assertThat(page.total()).isEqualTo(5);
    assertThat(page.totalPages()).isEqualTo(3);
    assertThat(page.hasPrevious()).isTrue();
    assertThat(page.hasNext()).isTrue();
  }

  @Test
  void pagePastTheEndIsEmpty() {
    create(alice, "only", "");

    Page<PersonalToken> page = app.listTokens().list(alice, "", new PageRequest(2, 10));

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isEqualTo(1);
  }

  @Test
  void searchesNameAndDescriptionInAnyCase() {
    PersonalToken byName = create(alice, "Deploy key", "");
    PersonalToken byDescription = create(alice, "nas", "for the DEPLOY server");
    create(alice, "laptop", "personal");

    Page<PersonalToken> page = app.listTokens().list(alice, "deploy", FIRST_PAGE);

    assertThat(page.items()).containsExactly(byDescription, byName);
    assertThat(page.total()).isEqualTo(2);
  }

  @Test
  void trimsTheSearch() {
    PersonalToken deploy = create(alice, "deploy", "");
    create(alice, "laptop", "");

    assertThat(app.listTokens().list(alice, "  deploy\t", FIRST_PAGE).items())
        .containsExactly(deploy);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t"})
  void missingOrBlankSearchMatchesAll(String search) {
    create(alice, "one", "");
    create(alice, "two", "");

    assertThat(app.listTokens().list(alice, search, FIRST_PAGE).total()).isEqualTo(2);
  }

  @Test
  void searchTreatsWildcardsAsPlainCharacters() {
    PersonalToken percent = create(alice, "100% done", "");
    create(alice, "plain", "");

    assertThat(app.listTokens().list(alice, "%", FIRST_PAGE).items()).containsExactly(percent);
    assertThat(app.listTokens().list(alice, "_", FIRST_PAGE).items()).isEmpty();
  }

  @Test
  void acceptsASearchOf255Characters() {
    PersonalToken longest = create(alice, "long", "d".repeat(255));

    assertThat(app.listTokens().list(alice, "d".repeat(255), FIRST_PAGE).items())
        .containsExactly(longest);
    assertThat(app.listTokens().list(alice, "😀".repeat(255), FIRST_PAGE).items()).isEmpty();
    assertThat(app.listTokens().list(alice, "  " + "d".repeat(255) + "  ", FIRST_PAGE).total())
        .isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {256, 1000})
  void rejectsASearchOverTheLongestDescription(int length) {
    assertRejected(
        () -> app.listTokens().list(alice, "s".repeat(length), FIRST_PAGE),
        "search.too_long",
        "search");
  }

  @Test
  void rejectsASearchOf256Emoji() {
    assertRejected(
        () -> app.listTokens().list(alice, "😀".repeat(256), FIRST_PAGE),
        "search.too_long",
        "search");
  }

  private PersonalToken create(AccountId owner, String name, String description) {
    // One second apart, so that newest-first has a single right answer.
    app.clock().advance(Duration.ofSeconds(1));
    return app.createToken()
        .create(
            new CreatePersonalTokenCommand(
                owner,
                new TokenName(name),
                new TokenDescription(description),
                Scope.GLOBAL,
                app.clock().now().plus(Duration.ofDays(30))))
        .token();
  }
}
