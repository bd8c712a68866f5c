package dev.personaltokens.application.port.out;

import static dev.personaltokens.application.port.out.TokenFixtures.T0;
import static dev.personaltokens.application.port.out.TokenFixtures.newOwner;
import static dev.personaltokens.application.port.out.TokenFixtures.randomSecret;
import static dev.personaltokens.application.port.out.TokenFixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.AllowedIps;
import dev.personaltokens.domain.token.ExpiryPolicy;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Revocation;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenDescription;
import dev.personaltokens.domain.token.TokenId;
import dev.personaltokens.domain.token.TokenName;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PersonalTokens} must do. The store may be shared with other tests and is never
 * emptied, so each test works on tokens of owners it created itself.
 */
public abstract class PersonalTokensContract {

  private static final PageRequest FIRST_PAGE = new PageRequest(1, PageRequest.MAX_SIZE);

  protected abstract PersonalTokens tokens();

  protected abstract Accounts accounts();

  @Test
  void findsAnAddedTokenByIdWithEveryField() {
    PersonalToken token = token(newOwnerId(), "deploy", "used by the deploy job", T0);

    tokens().add(token);

    assertThat(tokens().findById(token.id())).contains(token);
  }

  @Test
  void findsAnAddedTokenByDigest() {
    PersonalToken token = token(newOwnerId(), "deploy", "used by the deploy job", T0);

    tokens().add(token);

    assertThat(tokens().findByDigest(token.digest())).contains(token);
  }

  @Test
  void keepsAnEmptyDescription() {
    PersonalToken token = token(newOwnerId(), "no description", "", T0);

    tokens().add(token);

    assertThat(tokens().findById(token.id()).orElseThrow().description())
        .isEqualTo(TokenDescription.NONE);
  }

  @Test
  void keepsTheLongestNameAndDescriptionInAnyScript() {
    String name = "😀".repeat(50) + "é".repeat(25) + "日".repeat(25);
    String description = "😀".repeat(100) + "ü".repeat(100) + "字".repeat(55);
    PersonalToken token = token(newOwnerId(), name, description, T0);

    tokens().add(token);

    PersonalToken found = tokens().findById(token.id()).orElseThrow();
    assertThat(name.codePointCount(0, name.length())).isEqualTo(TokenName.MAX_LENGTH);
    assertThat(description.codePointCount(0, description.length()))
        .isEqualTo(TokenDescription.MAX_LENGTH);
    assertThat(found).isEqualTo(token);
  }

  @Test
  void tokensAddedTogetherAreEachFoundCountedAndSearchedLikeOnesAddedAlone() {
    AccountId first = newOwnerId();
    AccountId second = newOwnerId();
    PersonalToken deploy = token(first, "deploy", "used by the deploy job", T0);
    PersonalToken backup = token(second, "backup", "nightly café run", T0);
    PersonalToken release = token(first, "release", "", T0);

    tokens().addAll(List.of(deploy, backup, release));
    tokens().addAll(List.of());

    assertThat(tokens().findById(backup.id())).contains(backup);
    assertThat(tokens().findByDigest(release.digest())).contains(release);
    assertThat(tokens().findUnrevoked(first, "", FIRST_PAGE).total()).isEqualTo(2);
    assertThat(tokens().findUnrevoked(second, "", FIRST_PAGE).total()).isEqualTo(1);
    assertThat(tokens().findUnrevoked(first, "deplo", FIRST_PAGE).items()).containsExactly(deploy);
    assertThat(tokens().findUnrevoked(second, "NIGHTLY", FIRST_PAGE).items())
        .containsExactly(backup);
    assertThat(tokens().findUnrevoked(first, "nightly", FIRST_PAGE).total()).isZero();
  }

  @Test
  void countsEachOwnersUnrevokedTokensToBeHeld() {
    AccountId counted = newOwnerId();
    AccountId none = newOwnerId();
    PersonalToken revoked = token(counted, "revoked", T0);
    tokens().addAll(List.of(token(counted, "one", T0), token(counted, "two", T0), revoked));
    tokens().revoke(revoked.id(), T0.plusSeconds(1), Revocation.REVOKED);

    assertThat(tokens().unrevokedHeld(List.of(none, counted)))
        .containsOnly(Map.entry(counted, 2L), Map.entry(none, 0L));
    assertThat(tokens().unrevokedHeld(List.of())).isEmpty();
  }

  @Test
  void findsNothingForAnUnknownId() {
    assertThat(tokens().findById(TokenId.random())).isEmpty();
  }

  @Test
  void findsNothingForAnUnknownDigest() {
    assertThat(tokens().findByDigest(randomSecret(SecretKind.PERSONAL_TOKEN).digest())).isEmpty();
  }

  @Test
  void revokeSetsRevokedAtTheReasonAndLastModified() {
    PersonalToken token = token(newOwnerId(), "deploy", T0);
    tokens().add(token);
    Instant revokedAt = T0.plus(Duration.ofHours(3)).plusNanos(654_321_000);

    assertThat(tokens().revoke(token.id(), revokedAt, Revocation.ROTATED)).isTrue();

    PersonalToken found = tokens().findById(token.id()).orElseThrow();
    assertThat(found).isEqualTo(token.revoke(revokedAt, Revocation.ROTATED));
    assertThat(found.isRotatedAway()).isTrue();
  }

  @Test
  void revokingARevokedTokenAgainChangesNothingAndSaysSo() {
    PersonalToken token = token(newOwnerId(), "deploy", T0);
    tokens().add(token);
    tokens().revoke(token.id(), T0.plusSeconds(1), Revocation.ROTATED);

    assertThat(tokens().revoke(token.id(), T0.plusSeconds(2), Revocation.REVOKED)).isFalse();

    assertThat(tokens().findById(token.id()))
        .contains(token.revoke(T0.plusSeconds(1), Revocation.ROTATED));
  }

  @Test
  void ofTwoConcurrentRevocationsOfOneTokenExactlyOneSucceeds() throws Exception {
    PersonalToken token = token(newOwnerId(), "deploy", T0);
    tokens().add(token);

    List<Boolean> outcomes =
        concurrently(
            () -> tokens().revoke(token.id(), T0.plusSeconds(1), Revocation.ROTATED),
            () -> tokens().revoke(token.id(), T0.plusSeconds(1), Revocation.ROTATED));

    assertThat(outcomes).containsExactlyInAnyOrder(true, false);
  }

  /** The same leak reported twice at once: one call revokes it, returns it and counts it. */
  @Test
  void ofTwoConcurrentLeakRevocationsOfOneTokenExactlyOneRevokesIt() throws Exception {
    AccountId owner = newOwnerId();
    PersonalToken token = token(owner, "leaked", T0);
    tokens().add(token);
    Callable<Boolean> report =
        () -> !tokens().revokeLeaked(List.of(token.digest()), T0.plusSeconds(1)).isEmpty();

    List<Boolean> outcomes = concurrently(report, report);

    assertThat(outcomes).containsExactlyInAnyOrder(true, false);
    assertThat(tokens().findUnrevoked(owner, "", FIRST_PAGE).total()).isZero();
  }

  /** Runs both at once, each as its own unit of work where the store has them. */
  protected List<Boolean> concurrently(Callable<Boolean> first, Callable<Boolean> second)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      var one = pool.submit(first);
      var two = pool.submit(second);
      return List.of(one.get(10, TimeUnit.SECONDS), two.get(10, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
  }

  /** Twenty entries of the longest text each family can have, mapped IPv4 written as IPv4. */
  private static final AllowedIps LONGEST_ADDRESSES =
      AllowedIps.parse(
          java.util.stream.Stream.concat(
                  java.util.stream.IntStream.range(0, 17)
                      .mapToObj(
                          i ->
                              "fd"
                                  + String.format("%02x", i)
                                  + ":ffff:ffff:ffff:ffff:ffff:ffff:fffe/127"),
                  java.util.stream.Stream.of("255.255.255.254/31", "::ffff:10.0.0.0/104", "::1"))
              .toList());

  @Test
  void keepsTheAddressesATokenIsBoundToInTheirOrder() {
    PersonalToken token =
        token(
            newOwnerId(),
            randomSecret(SecretKind.PERSONAL_TOKEN),
            Scope.GLOBAL,
            LONGEST_ADDRESSES,
            "office",
            "",
            T0,
            T0.plus(TokenFixtures.LIFETIME),
            null);

    tokens().add(token);

    assertThat(LONGEST_ADDRESSES.ranges()).hasSize(AllowedIps.MAX_ENTRIES);
    assertThat(tokens().findById(token.id())).contains(token);
    assertThat(tokens().findByDigest(token.digest())).contains(token);
    assertThat(tokens().findById(token.id()).orElseThrow().allowedIps().texts())
        .startsWith("fd00:ffff:ffff:ffff:ffff:ffff:ffff:fffe/127")
        .endsWith("255.255.255.254/31", "10.0.0.0/8", "::1");
    assertThat(tokens().findUnrevoked(token.owner(), "", FIRST_PAGE).items())
        .singleElement()
        .satisfies(listed -> assertThat(listed.allowedIps()).isEqualTo(LONGEST_ADDRESSES));
  }

  @Test
  void aTokenBoundNowhereIsReadBackBoundNowhere() {
    PersonalToken token = token(newOwnerId(), "anywhere", T0);

    tokens().add(token);

    assertThat(tokens().findById(token.id()).orElseThrow().allowedIps().isAnywhere()).isTrue();
  }

  @Test
  void aSuccessorKeepsTheAddressesOfItsPredecessor() {
    PersonalToken first =
        token(
            newOwnerId(),
            randomSecret(SecretKind.PERSONAL_TOKEN),
            Scope.GLOBAL,
            AllowedIps.parse(List.of("10.0.0.0/8", "2001:db8::/32")),
            "office",
            "",
            T0,
            T0.plus(TokenFixtures.LIFETIME),
            null);
    PersonalToken successor =
        first.successor(
            randomSecret(SecretKind.PERSONAL_TOKEN),
            Optional.empty(),
            ExpiryPolicy.DEFAULT,
            T0.plusSeconds(1));

    tokens().add(first);
    tokens().revoke(first.id(), T0.plusSeconds(1), Revocation.ROTATED);
    tokens().add(successor);

    assertThat(tokens().findByDigest(successor.digest()).orElseThrow().allowedIps())
        .isEqualTo(first.allowedIps());
  }

  @Test
  void keepsTheFamilyOfASuccessor() {
    PersonalToken first = token(newOwnerId(), "deploy", T0);
    PersonalToken successor =
        first.successor(
            randomSecret(SecretKind.PERSONAL_TOKEN),
            Optional.empty(),
            ExpiryPolicy.DEFAULT,
            T0.plusSeconds(1));

    tokens().add(first);
    tokens().add(successor);

    assertThat(tokens().findById(successor.id())).contains(successor);
    assertThat(tokens().findById(successor.id()).orElseThrow().family()).isEqualTo(first.id());
  }

  @Test
  void revokeFamilyRevokesItsLiveTokensOnly() {
    AccountId owner = newOwnerId();
    PersonalToken first = token(owner, "deploy", T0);
    PersonalToken second = successorOf(first, T0.plusSeconds(1));
    PersonalToken third = successorOf(second, T0.plusSeconds(2));
    PersonalToken stranger = token(owner, "other", T0);
    tokens().add(first);
    tokens().add(second);
    tokens().add(third);
    tokens().add(stranger);
    tokens().revoke(first.id(), T0.plusSeconds(1), Revocation.ROTATED);
    Instant at = T0.plusSeconds(10);

    assertThat(tokens().revokeFamily(first.id(), at)).isEqualTo(2);

    assertThat(tokens().findById(first.id()).orElseThrow().revocation())
        .isEqualTo(Revocation.ROTATED);
    assertThat(tokens().findById(second.id())).contains(second.revoke(at, Revocation.REVOKED));
    assertThat(tokens().findById(third.id())).contains(third.revoke(at, Revocation.REVOKED));
    assertThat(tokens().findById(stranger.id())).contains(stranger);
  }

  @Test
  void revokeAllOfRevokesTheOwnersLiveTokensOnly() {
    AccountId owner = newOwnerId();
    PersonalToken one = token(owner, "one", T0);
    PersonalToken two = token(owner, "two", T0.plusSeconds(1));
    PersonalToken before = token(owner, "revoked before", T0);
    PersonalToken someoneElses = token(newOwnerId(), "theirs", T0);
    for (PersonalToken token : List.of(one, two, before, someoneElses)) {
      tokens().add(token);
    }
    tokens().revoke(before.id(), T0.plusSeconds(2), Revocation.REVOKED);
    Instant at = T0.plusSeconds(10);

    assertThat(tokens().revokeAllOf(owner, at)).isEqualTo(2);

    assertThat(tokens().findById(one.id())).contains(one.revoke(at, Revocation.REVOKED));
    assertThat(tokens().findById(two.id())).contains(two.revoke(at, Revocation.REVOKED));
    assertThat(tokens().findById(before.id()).orElseThrow().revokedAt())
        .isEqualTo(T0.plusSeconds(2));
    assertThat(tokens().findById(someoneElses.id())).contains(someoneElses);
    assertThat(tokens().revokeAllOf(owner, at)).isZero();
  }

  @Test
  void revokeLeakedRevokesTheLiveTokensWithThoseDigestsOfAnyAccount() {
    PersonalToken alices = token(newOwnerId(), "alice's", T0);
    PersonalToken bobs = token(newOwnerId(), "bob's", T0);
    PersonalToken dead = token(newOwnerId(), "dead", T0);
    PersonalToken kept = token(newOwnerId(), "kept", T0);
    for (PersonalToken token : List.of(alices, bobs, dead, kept)) {
      tokens().add(token);
    }
    tokens().revoke(dead.id(), T0.plusSeconds(1), Revocation.REVOKED);
    Instant at = T0.plusSeconds(10);

    List<PersonalToken> revoked =
        tokens()
            .revokeLeaked(
                List.of(
                    alices.digest(),
                    bobs.digest(),
                    dead.digest(),
                    randomSecret(SecretKind.PERSONAL_TOKEN).digest()),
                at);

    assertThat(revoked).containsExactlyInAnyOrder(alices, bobs);
    assertThat(tokens().findById(alices.id())).contains(alices.revoke(at, Revocation.LEAKED));
    assertThat(tokens().findById(bobs.id())).contains(bobs.revoke(at, Revocation.LEAKED));
    assertThat(tokens().findById(dead.id()).orElseThrow().revocation())
        .isEqualTo(Revocation.REVOKED);
    assertThat(tokens().findById(kept.id())).contains(kept);
    assertThat(tokens().revokeLeaked(List.of(), at)).isEmpty();
  }

  private static PersonalToken successorOf(PersonalToken token, Instant at) {
    return token.successor(
        randomSecret(SecretKind.PERSONAL_TOKEN), Optional.empty(), ExpiryPolicy.DEFAULT, at);
  }

  @Test
  void revokedTokenIsStillFoundByIdAndDigest() {
    PersonalToken token = token(newOwnerId(), "deploy", T0);
    tokens().add(token);

    tokens().revoke(token.id(), T0.plusSeconds(1), Revocation.REVOKED);

    assertThat(tokens().findById(token.id()))
        .hasValueSatisfying(found -> assertThat(found.isRevoked()).isTrue());
    assertThat(tokens().findByDigest(token.digest()))
        .hasValueSatisfying(found -> assertThat(found.isRevoked()).isTrue());
  }

  @Test
  void revokeLeavesOtherTokensAlone() {
    AccountId owner = newOwnerId();
    PersonalToken revoked = token(owner, "revoked", T0);
    PersonalToken kept = token(owner, "kept", T0.plusSeconds(1));
    tokens().add(revoked);
    tokens().add(kept);

    tokens().revoke(revoked.id(), T0.plusSeconds(2), Revocation.REVOKED);

    assertThat(tokens().findById(kept.id())).contains(kept);
  }

  @Test
  void markUsedSetsLastUsedAtAndNothingElse() {
    PersonalToken token = token(newOwnerId(), "deploy", T0);
    tokens().add(token);
    Instant usedAt = T0.plus(Duration.ofMinutes(5)).plusNanos(1_000);

    tokens().markUsed(token.id(), usedAt, "2001:db8:85a3::8a2e:370:7334");

    PersonalToken found = tokens().findById(token.id()).orElseThrow();
    assertThat(found.lastUsedAt()).isEqualTo(usedAt);
    assertThat(found.lastUsedIp()).isEqualTo("2001:db8:85a3::8a2e:370:7334");
    assertThat(found.lastModified()).as("using a token does not modify it").isEqualTo(T0);
    assertThat(found)
        .usingRecursiveComparison()
        .ignoringFields("lastUsedAt", "lastUsedIp")
        .isEqualTo(token);
  }

  @Test
  void markUsedNeverMovesLastUsedAtBack() {
    PersonalToken token = token(newOwnerId(), "deploy", T0);
    tokens().add(token);
    tokens().markUsed(token.id(), T0.plusSeconds(180), "192.0.2.1");

    tokens().markUsed(token.id(), T0.plusSeconds(60), "198.51.100.7");

    PersonalToken found = tokens().findById(token.id()).orElseThrow();
    assertThat(found.lastUsedAt()).isEqualTo(T0.plusSeconds(180));
    assertThat(found.lastUsedIp()).isEqualTo("192.0.2.1");
  }

  @Test
  void markUsedAgainMovesLastUsedAt() {
    PersonalToken token = token(newOwnerId(), "deploy", T0);
    tokens().add(token);
    tokens().markUsed(token.id(), T0.plusSeconds(60), "192.0.2.1");

    tokens().markUsed(token.id(), T0.plusSeconds(180), "192.0.2.1");

    assertThat(tokens().findById(token.id()).orElseThrow().lastUsedAt())
        .isEqualTo(T0.plusSeconds(180));
  }

  @Test
  void listsNewestFirst() {
    AccountId owner = newOwnerId();
    PersonalToken middle = token(owner, "middle", T0.plusSeconds(10));
    PersonalToken oldest = token(owner, "oldest", T0);
    PersonalToken newest = token(owner, "newest", T0.plus(Duration.ofDays(2)));
    PersonalToken justOlderThanNewest =
        token(owner, "just older", T0.plus(Duration.ofDays(2)).minusNanos(1_000));
    tokens().add(middle);
    tokens().add(oldest);
    tokens().add(newest);
    tokens().add(justOlderThanNewest);

    Page<PersonalToken> page = tokens().findUnrevoked(owner, "", FIRST_PAGE);

    assertThat(page.items()).containsExactly(newest, justOlderThanNewest, middle, oldest);
    assertThat(page.total()).isEqualTo(4);
    assertThat(page.request()).isEqualTo(FIRST_PAGE);
  }

  @Test
  void listsOnlyTheOwnersTokens() {
    AccountId owner = newOwnerId();
    AccountId someoneElse = newOwnerId();
    PersonalToken mine = token(owner, "deploy", T0);
    PersonalToken theirs = token(someoneElse, "deploy", T0.plusSeconds(1));
    tokens().add(mine);
    tokens().add(theirs);

    assertThat(tokens().findUnrevoked(owner, "", FIRST_PAGE).items()).containsExactly(mine);
    assertThat(tokens().findUnrevoked(owner, "deploy", FIRST_PAGE).items()).containsExactly(mine);
    assertThat(tokens().findUnrevoked(owner, "", FIRST_PAGE).total()).isEqualTo(1);
    assertThat(tokens().findUnrevoked(someoneElse, "", FIRST_PAGE).items()).containsExactly(theirs);
  }

  @Test
  void ownerWithoutTokensGetsAnEmptyPage() {
    Page<PersonalToken> page = tokens().findUnrevoked(newOwnerId(), "", FIRST_PAGE);

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isZero();
  }

  @Test
  void listLeavesOutRevokedTokens() {
    AccountId owner = newOwnerId();
    PersonalToken kept = token(owner, "kept", T0);
    PersonalToken revoked = token(owner, "revoked", T0.plusSeconds(1));
    tokens().add(kept);
    tokens().add(revoked);

    tokens().revoke(revoked.id(), T0.plusSeconds(2), Revocation.REVOKED);

    Page<PersonalToken> page = tokens().findUnrevoked(owner, "", FIRST_PAGE);
    assertThat(page.items()).containsExactly(kept);
    assertThat(page.total()).isEqualTo(1);
    assertThat(tokens().findUnrevoked(owner, "revoked", FIRST_PAGE).items()).isEmpty();
  }

  @Test
  void listsExpiredTokensUntilTheyAreRevoked() {
    AccountId owner = newOwnerId();
    PersonalToken expired = token(owner, "expired long ago", Instant.parse("2020-01-01T00:00:00Z"));
    tokens().add(expired);

    assertThat(tokens().findUnrevoked(owner, "", FIRST_PAGE).items()).containsExactly(expired);
  }

  @Test
  void listShowsWhenATokenWasLastUsed() {
    AccountId owner = newOwnerId();
    PersonalToken token = token(owner, "deploy", T0);
    tokens().add(token);

    tokens().markUsed(token.id(), T0.plusSeconds(90), "192.0.2.1");

    assertThat(tokens().findUnrevoked(owner, "", FIRST_PAGE).items())
        .singleElement()
        .satisfies(listed -> assertThat(listed.lastUsedAt()).isEqualTo(T0.plusSeconds(90)));
  }

  @Test
  void searchMatchesTheNameInAnyCase() {
    AccountId owner = newOwnerId();
    PersonalToken deploy = token(owner, "Prod Deploy Key", "", T0);
    PersonalToken other = token(owner, "laptop", "", T0.plusSeconds(1));
    tokens().add(deploy);
    tokens().add(other);

    assertThat(tokens().findUnrevoked(owner, "deploy", FIRST_PAGE).items()).containsExactly(deploy);
    assertThat(tokens().findUnrevoked(owner, "DEPLOY KEY", FIRST_PAGE).items())
        .containsExactly(deploy);
    assertThat(tokens().findUnrevoked(owner, "d Dep", FIRST_PAGE).items()).containsExactly(deploy);
    assertThat(tokens().findUnrevoked(owner, "Prod Deploy Key", FIRST_PAGE).items())
        .containsExactly(deploy);
  }

  @Test
  void searchMatchesTheDescriptionInAnyCase() {
    AccountId owner = newOwnerId();
    PersonalToken ci = token(owner, "alpha", "Used by GitHub Actions", T0);
    PersonalToken other = token(owner, "beta", "my laptop", T0.plusSeconds(1));
    tokens().add(ci);
    tokens().add(other);

    assertThat(tokens().findUnrevoked(owner, "github actions", FIRST_PAGE).items())
        .containsExactly(ci);
    assertThat(tokens().findUnrevoked(owner, "ACTIONS", FIRST_PAGE).items()).containsExactly(ci);
  }

  @Test
  void searchMatchesNameOrDescription() {
    AccountId owner = newOwnerId();
    PersonalToken byName = token(owner, "backup job", "nightly", T0);
    PersonalToken byDescription = token(owner, "nas", "for the Backup server", T0.plusSeconds(1));
    PersonalToken neither = token(owner, "laptop", "personal", T0.plusSeconds(2));
    tokens().add(byName);
    tokens().add(byDescription);
    tokens().add(neither);

    Page<PersonalToken> page = tokens().findUnrevoked(owner, "backup", FIRST_PAGE);

    assertThat(page.items()).containsExactly(byDescription, byName);
    assertThat(page.total()).isEqualTo(2);
  }

  @Test
  void searchLooksAtNothingButNameAndDescription() {
    AccountId owner = newOwnerId();
    tokens().add(token(owner, "deploy", "job", T0));

    assertThat(tokens().findUnrevoked(owner, "ptk_", FIRST_PAGE).total()).isZero();
    assertThat(tokens().findUnrevoked(owner, "global", FIRST_PAGE).total()).isZero();
  }

  @Test
  void emptySearchMatchesAll() {
    AccountId owner = newOwnerId();
    PersonalToken first = token(owner, "one", "", T0);
    PersonalToken second = token(owner, "two", "described", T0.plusSeconds(1));
    tokens().add(first);
    tokens().add(second);

    Page<PersonalToken> page = tokens().findUnrevoked(owner, "", FIRST_PAGE);

    assertThat(page.items()).containsExactly(second, first);
    assertThat(page.total()).isEqualTo(2);
  }

  @Test
  void searchForPercentMatchesOnlyALiteralPercent() {
    AccountId owner = newOwnerId();
    PersonalToken percent = token(owner, "100% done", "", T0);
    tokens().add(percent);
    tokens().add(token(owner, "plain", "", T0.plusSeconds(1)));
    tokens().add(token(owner, "x", "", T0.plusSeconds(2)));

    Page<PersonalToken> page = tokens().findUnrevoked(owner, "%", FIRST_PAGE);

    assertThat(page.items()).containsExactly(percent);
    assertThat(page.total()).isEqualTo(1);
    assertThat(tokens().findUnrevoked(owner, "0%", FIRST_PAGE).items()).containsExactly(percent);
    assertThat(tokens().findUnrevoked(owner, "1%e", FIRST_PAGE).items()).isEmpty();
  }

  @Test
  void searchForUnderscoreMatchesOnlyALiteralUnderscore() {
    AccountId owner = newOwnerId();
    PersonalToken underscore = token(owner, "snake_case", "", T0);
    tokens().add(underscore);
    tokens().add(token(owner, "snakeXcase", "", T0.plusSeconds(1)));
    tokens().add(token(owner, "x", "", T0.plusSeconds(2)));

    Page<PersonalToken> page = tokens().findUnrevoked(owner, "_", FIRST_PAGE);

    assertThat(page.items()).containsExactly(underscore);
    assertThat(page.total()).isEqualTo(1);
    assertThat(tokens().findUnrevoked(owner, "e_c", FIRST_PAGE).items())
        .containsExactly(underscore);
  }

  @Test
  void searchForABackslashMatchesOnlyALiteralBackslash() {
    AccountId owner = newOwnerId();
    PersonalToken backslash = token(owner, "C:\\keys", "", T0);
    tokens().add(backslash);
    tokens().add(token(owner, "plain", "", T0.plusSeconds(1)));

    assertThat(tokens().findUnrevoked(owner, "\\", FIRST_PAGE).items()).containsExactly(backslash);
    assertThat(tokens().findUnrevoked(owner, ":\\k", FIRST_PAGE).items())
        .containsExactly(backslash);
  }

  @Test
  void searchForQuotesMatchesOnlyLiteralQuotes() {
    AccountId owner = newOwnerId();
    PersonalToken quoted = token(owner, "Bob's \"token\"", "", T0);
    tokens().add(quoted);
    tokens().add(token(owner, "plain", "", T0.plusSeconds(1)));

    assertThat(tokens().findUnrevoked(owner, "'", FIRST_PAGE).items()).containsExactly(quoted);
    assertThat(tokens().findUnrevoked(owner, "\"token\"", FIRST_PAGE).items())
        .containsExactly(quoted);
  }

  @Test
  void totalCountsEveryMatchingTokenNotJustThePage() {
    AccountId owner = newOwnerId();
    for (int i = 0; i < 5; i++) {
      tokens().add(token(owner, "ci " + i, "", T0.plusSeconds(i)));
    }
    tokens().add(token(owner, "laptop", "", T0.plusSeconds(10)));

    Page<PersonalToken> page = tokens().findUnrevoked(owner, "CI", new PageRequest(1, 2));

    assertThat(page.items()).hasSize(2);
    assertThat(page.total()).isEqualTo(5);
  }

  @Test
  void pagesThroughTheTokensNewestFirst() {
    AccountId owner = newOwnerId();
    PersonalToken[] tokens = new PersonalToken[5];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = token(owner, "token " + i, "", T0.plus(Duration.ofMinutes(i)));
      tokens().add(tokens[i]);
    }

    Page<PersonalToken> first = tokens().findUnrevoked(owner, "", new PageRequest(1, 2));
    Page<PersonalToken> second = tokens().findUnrevoked(owner, "", new PageRequest(2, 2));
    Page<PersonalToken> last = tokens().findUnrevoked(owner, "", new PageRequest(3, 2));

    assertThat(first.items()).containsExactly(tokens[4], tokens[3]);
    assertThat(second.items()).containsExactly(tokens[2], tokens[1]);
    assertThat(last.items()).containsExactly(tokens[0]);
    assertThat(first.total()).isEqualTo(5);
    assertThat(second.total()).isEqualTo(5);
    assertThat(last.total()).isEqualTo(5);
    assertThat(second.request()).isEqualTo(new PageRequest(2, 2));
  }

  @Test
  void pagePastTheEndIsEmptyButCountsTheTotal() {
    AccountId owner = newOwnerId();
    for (int i = 0; i < 3; i++) {
      tokens().add(token(owner, "token " + i, "", T0.plusSeconds(i)));
    }

    Page<PersonalToken> page = tokens().findUnrevoked(owner, "", new PageRequest(3, 2));

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.hasPrevious()).isTrue();
    assertThat(page.hasNext()).isFalse();
  }

  // --- the inventory: every account's live tokens, read at the end of time ---

  /**
   * When the inventory is read: only the tokens made to outlive it are live then, those of the test
   * reading it, once the test has revoked what an earlier test or run left live there.
   */
  private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

  /** When the inventory's tokens are made: an hour before it is read. */
  private static final Instant MADE = END_OF_TIME.minus(Duration.ofHours(1));

  @Test
  void theInventoryHoldsEveryAccountsLiveTokensNewestFirstWithTheirOwnersEmails() {
    Instant now = theEndOfTime();
    Account alice = newOwner(accounts());
    Account bob = newOwner(accounts());
    PersonalToken alicesFirst = live(alice.id(), "first", MADE);
    PersonalToken bobs = live(bob.id(), "bob's", MADE.plusSeconds(1));
    PersonalToken alicesSecond = live(alice.id(), "second", MADE.plusSeconds(1).plusNanos(1_000));

    Page<InventoryEntry> page = tokens().findLive(InventoryFilter.ALL, FIRST_PAGE, now);

    assertThat(page.items())
        .containsExactly(
            new InventoryEntry(alicesSecond, alice.email()),
            new InventoryEntry(bobs, bob.email()),
            new InventoryEntry(alicesFirst, alice.email()));
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.request()).isEqualTo(FIRST_PAGE);
  }

  @Test
  void theInventoryShowsTheAddressesATokenIsBoundTo() {
    Instant now = theEndOfTime();
    Account alice = newOwner(accounts());
    PersonalToken bound =
        token(
            alice.id(),
            randomSecret(SecretKind.PERSONAL_TOKEN),
            Scope.GLOBAL,
            LONGEST_ADDRESSES,
            "office",
            "",
            MADE,
            END_OF_TIME.plus(Duration.ofHours(1)),
            null);
    tokens().add(bound);

    Page<InventoryEntry> page = tokens().findLive(InventoryFilter.ALL, FIRST_PAGE, now);

    assertThat(page.items()).containsExactly(new InventoryEntry(bound, alice.email()));
  }

  @Test
  void theInventoryLeavesOutRevokedAndExpiredTokens() {
    Instant now = theEndOfTime();
    AccountId owner = newOwnerId();
    PersonalToken live = live(owner, "live", MADE);
    PersonalToken lastMicrosecond =
        added(
            owner,
            Scope.GLOBAL,
            "expires after now",
            "",
            MADE.plusSeconds(1),
            now.plusNanos(1_000));
    added(owner, Scope.GLOBAL, "expires now", "", MADE.plusSeconds(2), now);
    added(owner, Scope.GLOBAL, "expired", "", MADE.plusSeconds(3), now.minusSeconds(1));
    PersonalToken revoked = live(owner, "revoked", MADE.plusSeconds(4));
    tokens().revoke(revoked.id(), MADE.plusSeconds(5), Revocation.REVOKED);

    Page<InventoryEntry> page = tokens().findLive(InventoryFilter.ALL, FIRST_PAGE, now);

    assertThat(tokensOf(page)).containsExactly(lastMicrosecond, live);
    assertThat(page.total()).isEqualTo(2);
  }

  @Test
  void theInventoryNarrowsToOneOwner() {
    Instant now = theEndOfTime();
    AccountId alice = newOwnerId();
    PersonalToken alices = live(alice, "alice's", MADE);
    live(newOwnerId(), "bob's", MADE.plusSeconds(1));

    Page<InventoryEntry> page = tokens().findLive(ownedBy(alice), FIRST_PAGE, now);

    assertThat(tokensOf(page)).containsExactly(alices);
    assertThat(page.total()).isEqualTo(1);
  }

  @Test
  void theInventorySearchesNamesAndDescriptionsInAnyCase() {
    Instant now = theEndOfTime();
    PersonalToken byName = live(newOwnerId(), "Prod DEPLOY key", "", MADE);
    PersonalToken byDescription =
        live(newOwnerId(), "nas", "for the Deploy job", MADE.plusSeconds(1));
    live(newOwnerId(), "laptop", "personal", MADE.plusSeconds(2));

    Page<InventoryEntry> page = tokens().findLive(searching("deploy"), FIRST_PAGE, now);

    assertThat(tokensOf(page)).containsExactly(byDescription, byName);
    assertThat(page.total()).isEqualTo(2);
    assertThat(tokensOf(tokens().findLive(searching("DEPLOY J"), FIRST_PAGE, now)))
        .containsExactly(byDescription);
  }

  @Test
  void theInventorysSearchTakesWildcardsAndTheEscapeLiterally() {
    Instant now = theEndOfTime();
    AccountId owner = newOwnerId();
    PersonalToken percent = live(owner, "100% done", "", MADE);
    live(owner, "1000 done", "", MADE.plusSeconds(1));
    PersonalToken underscore = live(owner, "snake_case", "", MADE.plusSeconds(2));
    live(owner, "snakeXcase", "", MADE.plusSeconds(3));
    PersonalToken bang = live(owner, "hey!", "", MADE.plusSeconds(4));
    live(owner, "hey", "", MADE.plusSeconds(5));

    assertThat(tokensOf(tokens().findLive(searching("0%"), FIRST_PAGE, now)))
        .containsExactly(percent);
    assertThat(tokensOf(tokens().findLive(searching("e_c"), FIRST_PAGE, now)))
        .containsExactly(underscore);
    assertThat(tokensOf(tokens().findLive(searching("y!"), FIRST_PAGE, now))).containsExactly(bang);
  }

  @Test
  void theInventoryNarrowsToOneScope() {
    Instant now = theEndOfTime();
    AccountId owner = newOwnerId();
    PersonalToken global = live(owner, "global", MADE);
    PersonalToken readOnly =
        added(owner, Scope.READ_ONLY, "read-only", "", MADE.plusSeconds(1), now.plusSeconds(3600));

    Page<InventoryEntry> page = tokens().findLive(ofScope(Scope.READ_ONLY), FIRST_PAGE, now);

    assertThat(tokensOf(page)).containsExactly(readOnly);
    assertThat(page.total()).isEqualTo(1);
    assertThat(tokensOf(tokens().findLive(ofScope(Scope.GLOBAL), FIRST_PAGE, now)))
        .containsExactly(global);
  }

  @Test
  void theInventoryNarrowsToTokensExpiringBeforeAnInstant() {
    Instant now = theEndOfTime();
    Instant cutoff = now.plus(Duration.ofMinutes(20));
    AccountId owner = newOwnerId();
    PersonalToken soon = added(owner, Scope.GLOBAL, "soon", "", MADE, cutoff.minusNanos(1_000));
    added(owner, Scope.GLOBAL, "at the cutoff", "", MADE.plusSeconds(1), cutoff);
    added(owner, Scope.GLOBAL, "later", "", MADE.plusSeconds(2), cutoff.plusSeconds(1));

    Page<InventoryEntry> page = tokens().findLive(expiringBefore(cutoff), FIRST_PAGE, now);

    assertThat(tokensOf(page)).containsExactly(soon);
    assertThat(page.total()).isEqualTo(1);
  }

  @Test
  void theInventoryNarrowsToTokensUnusedSinceAnInstantOrNeverUsed() {
    Instant now = theEndOfTime();
    Instant since = MADE.plus(Duration.ofMinutes(10));
    AccountId owner = newOwnerId();
    PersonalToken never = live(owner, "never used", MADE);
    PersonalToken before =
        usedAt(live(owner, "used before", MADE.plusSeconds(1)), since.minusNanos(1_000));
    usedAt(live(owner, "used at the instant", MADE.plusSeconds(2)), since);
    usedAt(live(owner, "used after", MADE.plusSeconds(3)), since.plusSeconds(1));

    Page<InventoryEntry> page = tokens().findLive(unusedSince(since), FIRST_PAGE, now);

    assertThat(tokensOf(page)).containsExactly(before, never);
    assertThat(page.total()).isEqualTo(2);
  }

  @Test
  void theInventoryCombinesEveryFilter() {
    Instant now = theEndOfTime();
    Instant soon = now.plus(Duration.ofMinutes(10));
    Instant later = now.plus(Duration.ofMinutes(20));
    Instant since = MADE.plus(Duration.ofMinutes(10));
    AccountId alice = newOwnerId();
    AccountId bob = newOwnerId();
    PersonalToken match = added(alice, Scope.READ_ONLY, "CI job", "", MADE, soon);
    added(bob, Scope.READ_ONLY, "ci job", "", MADE.plusSeconds(1), soon);
    added(alice, Scope.READ_ONLY, "laptop", "", MADE.plusSeconds(2), soon);
    added(alice, Scope.GLOBAL, "ci job", "", MADE.plusSeconds(3), soon);
    added(alice, Scope.READ_ONLY, "ci job", "", MADE.plusSeconds(4), later);
    usedAt(added(alice, Scope.READ_ONLY, "ci job", "", MADE.plusSeconds(5), soon), since);
    InventoryFilter everyFilter =
        new InventoryFilter(
            Optional.of(alice),
            "ci",
            Optional.of(Scope.READ_ONLY),
            Optional.of(now.plus(Duration.ofMinutes(15))),
            Optional.of(since));

    Page<InventoryEntry> page = tokens().findLive(everyFilter, FIRST_PAGE, now);

    assertThat(tokensOf(page)).containsExactly(match);
    assertThat(page.total()).isEqualTo(1);
  }

  @Test
  void pagesThroughTheInventoryWithTheTotalOfEveryMatch() {
    Instant now = theEndOfTime();
    PersonalToken[] live = new PersonalToken[5];
    for (int i = 0; i < live.length; i++) {
      live[i] = live(newOwnerId(), "token " + i, "", MADE.plus(Duration.ofMinutes(i)));
    }
    tokens().revoke(live(newOwnerId(), "revoked", "", MADE).id(), MADE, Revocation.REVOKED);

    Page<InventoryEntry> first = tokens().findLive(InventoryFilter.ALL, new PageRequest(1, 2), now);
    Page<InventoryEntry> second =
        tokens().findLive(InventoryFilter.ALL, new PageRequest(2, 2), now);
    Page<InventoryEntry> last = tokens().findLive(InventoryFilter.ALL, new PageRequest(3, 2), now);
    Page<InventoryEntry> past = tokens().findLive(InventoryFilter.ALL, new PageRequest(4, 2), now);
    Page<InventoryEntry> searched =
        tokens().findLive(searching("token"), new PageRequest(1, 1), now);

    assertThat(tokensOf(first)).containsExactly(live[4], live[3]);
    assertThat(tokensOf(second)).containsExactly(live[2], live[1]);
    assertThat(tokensOf(last)).containsExactly(live[0]);
    assertThat(tokensOf(past)).isEmpty();
    assertThat(List.of(first, second, last, past))
        .allSatisfy(page -> assertThat(page.total()).isEqualTo(5));
    assertThat(second.request()).isEqualTo(new PageRequest(2, 2));
    assertThat(tokensOf(searched)).containsExactly(live[4]);
    assertThat(searched.total()).isEqualTo(5);
  }

  @Test
  void theInventoryPutsTokensMadeAtOneInstantOnOnePageEach() {
    Instant now = theEndOfTime();
    AccountId owner = newOwnerId();
    List<PersonalToken> sameInstant =
        List.of(
            live(owner, "one", "", MADE),
            live(owner, "two", "", MADE),
            live(owner, "three", "", MADE));

    List<PersonalToken> paged = new ArrayList<>();
    for (int number = 1; number <= sameInstant.size(); number++) {
      paged.addAll(
          tokensOf(tokens().findLive(InventoryFilter.ALL, new PageRequest(number, 1), now)));
    }

    assertThat(paged).containsExactlyInAnyOrderElementsOf(sameInstant);
  }

  /** The end of time, once every token an earlier test or run left live there is revoked. */
  private Instant theEndOfTime() {
    List<InventoryEntry> left;
    do {
      left = tokens().findLive(InventoryFilter.ALL, FIRST_PAGE, END_OF_TIME).items();
      left.forEach(entry -> tokens().revoke(entry.token().id(), END_OF_TIME, Revocation.REVOKED));
    } while (!left.isEmpty());
    return END_OF_TIME;
  }

  /** Adds a global token of {@code owner}, made at {@code created}, live at the end of time. */
  private PersonalToken live(AccountId owner, String name, Instant created) {
    return live(owner, name, "", created);
  }

  private PersonalToken live(AccountId owner, String name, String description, Instant created) {
    return added(
        owner, Scope.GLOBAL, name, description, created, END_OF_TIME.plus(Duration.ofHours(1)));
  }

  private PersonalToken added(
      AccountId owner,
      Scope scope,
      String name,
      String description,
      Instant created,
      Instant expiresAt) {
    PersonalToken token =
        token(
            owner,
            randomSecret(SecretKind.PERSONAL_TOKEN),
            scope,
            name,
            description,
            created,
            expiresAt,
            null);
    tokens().add(token);
    return token;
  }

  /** The token, used once at {@code at}, as the store then holds it. */
  private PersonalToken usedAt(PersonalToken token, Instant at) {
    tokens().markUsed(token.id(), at, "192.0.2.1");
    return token.use(at, "192.0.2.1");
  }

  private static List<PersonalToken> tokensOf(Page<InventoryEntry> page) {
    return page.items().stream().map(InventoryEntry::token).toList();
  }

  private static InventoryFilter ownedBy(AccountId owner) {
    return new InventoryFilter(
        Optional.of(owner), "", Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static InventoryFilter searching(String search) {
    return new InventoryFilter(
        Optional.empty(), search, Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static InventoryFilter ofScope(Scope scope) {
    return new InventoryFilter(
        Optional.empty(), "", Optional.of(scope), Optional.empty(), Optional.empty());
  }

  private static InventoryFilter expiringBefore(Instant instant) {
    return new InventoryFilter(
        Optional.empty(), "", Optional.empty(), Optional.of(instant), Optional.empty());
  }

  private static InventoryFilter unusedSince(Instant instant) {
    return new InventoryFilter(
        Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.of(instant));
  }

  // --- the inactivity limit: in an era of their own, 5000, where no other test's token lives ---

  private static final Instant DISUSE = Instant.parse("5000-01-01T00:00:00.000001Z");

  /** When the tokens are looked for: a hundred days into the era; unused since its tenth day. */
  private static final Instant LOOKED = DISUSE.plus(Duration.ofDays(100));

  private static final Instant UNUSED_SINCE = DISUSE.plus(Duration.ofDays(10));

  @Test
  void findsTheLiveTokensOfEveryAccountUnusedSinceAnInstantNeverUsedOnesByWhenTheyWereMade() {
    AccountId owner = newOwnerId();
    AccountId other = newOwnerId();
    PersonalToken neverUsed = lasting(owner, "never used", DISUSE);
    PersonalToken usedEarly = used(lasting(owner, "used early", DISUSE), DISUSE.plusSeconds(5));
    PersonalToken usedThen = used(lasting(other, "used then", DISUSE), UNUSED_SINCE);
    PersonalToken madeThen = lasting(owner, "made then", UNUSED_SINCE);
    used(lasting(owner, "used since", DISUSE), UNUSED_SINCE.plusNanos(1_000));
    lasting(owner, "made since", UNUSED_SINCE.plusNanos(1_000));
    added(owner, Scope.GLOBAL, "expired", "", DISUSE, LOOKED);
    PersonalToken revoked = lasting(owner, "revoked", DISUSE);
    tokens().revoke(revoked.id(), DISUSE.plusSeconds(1), Revocation.REVOKED);

    List<PersonalToken> found =
        tokens().findUnusedSince(UNUSED_SINCE, LOOKED, 10_000).stream()
            .filter(token -> token.owner().equals(owner) || token.owner().equals(other))
            .toList();

    assertThat(found)
        .containsExactlyInAnyOrder(neverUsed, refreshed(usedEarly), refreshed(usedThen), madeThen);
    assertThat(tokens().findUnusedSince(UNUSED_SINCE, LOOKED, 1)).hasSize(1);
  }

  @Test
  void revokeUnusedRevokesAsInactiveOnlyATokenStillUnusedAndOnlyOnce() {
    AccountId owner = newOwnerId();
    PersonalToken idle = lasting(owner, "idle", DISUSE);
    PersonalToken usedSince = used(lasting(owner, "used since", DISUSE), LOOKED.minusSeconds(60));
    long before = total(owner);

    assertThat(tokens().revokeUnused(idle.id(), UNUSED_SINCE, LOOKED)).isTrue();
    assertThat(tokens().revokeUnused(idle.id(), UNUSED_SINCE, LOOKED)).as("once").isFalse();
    assertThat(tokens().revokeUnused(usedSince.id(), UNUSED_SINCE, LOOKED)).isFalse();

    PersonalToken revoked = tokens().findById(idle.id()).orElseThrow();
    assertThat(revoked.revocation()).isEqualTo(Revocation.INACTIVE);
    assertThat(revoked.revokedAt()).isEqualTo(LOOKED);
    assertThat(revoked.lastModified()).isEqualTo(LOOKED);
    assertThat(tokens().findById(usedSince.id()).orElseThrow().isRevoked()).isFalse();
    assertThat(total(owner)).isEqualTo(before - 1);
  }

  /** A token made at {@code created} that outlives the era's looking. */
  private PersonalToken lasting(AccountId owner, String name, Instant created) {
    return added(owner, Scope.GLOBAL, name, "", created, LOOKED.plus(Duration.ofDays(365)));
  }

  /** {@code token} once used at {@code at}. */
  private PersonalToken used(PersonalToken token, Instant at) {
    tokens().markUsed(token.id(), at, "192.0.2.7");
    return refreshed(token);
  }

  private PersonalToken refreshed(PersonalToken token) {
    return tokens().findById(token.id()).orElseThrow();
  }

  // --- purging: in 1990, when no other test's token ends, so that counts are exact ---

  private static final Instant ERA = Instant.parse("1990-01-01T00:00:00.000001Z");

  @Test
  void removeEndedBeforeDeletesTokensThatExpiredBeforeTheCutoff() {
    clearTheEra();
    AccountId owner = newOwnerId();
    PersonalToken expired = token(owner, "expired", ERA);
    PersonalToken expiresLater = token(owner, "expires later", ERA.plus(Duration.ofDays(40)));
    tokens().add(expired);
    tokens().add(expiresLater);

    int removed = tokens().removeEndedBefore(ERA.plus(Duration.ofDays(60)));

    assertThat(removed).isEqualTo(1);
    assertThat(tokens().findById(expired.id())).isEmpty();
    assertThat(tokens().findByDigest(expired.digest())).isEmpty();
    assertThat(tokens().findById(expiresLater.id())).contains(expiresLater);
  }

  @Test
  void removeEndedBeforeDeletesTokensRevokedBeforeTheCutoff() {
    clearTheEra();
    AccountId owner = newOwnerId();
    PersonalToken revokedEarly = token(owner, "revoked early", ERA);
    PersonalToken revokedLate = token(owner, "revoked late", ERA.plusSeconds(1));
    tokens().add(revokedEarly);
    tokens().add(revokedLate);
    tokens().revoke(revokedEarly.id(), ERA.plus(Duration.ofDays(1)), Revocation.REVOKED);
    tokens().revoke(revokedLate.id(), ERA.plus(Duration.ofDays(20)), Revocation.REVOKED);

    int removed = tokens().removeEndedBefore(ERA.plus(Duration.ofDays(10)));

    assertThat(removed).isEqualTo(1);
    assertThat(tokens().findById(revokedEarly.id())).isEmpty();
    assertThat(tokens().findById(revokedLate.id())).isPresent();
  }

  @Test
  void removeEndedBeforeKeepsATokenThatEndsExactlyAtTheCutoff() {
    clearTheEra();
    PersonalToken token = token(newOwnerId(), "ends at the cutoff", ERA);
    tokens().add(token);

    assertThat(tokens().removeEndedBefore(token.expiresAt())).isZero();
    assertThat(tokens().findById(token.id())).contains(token);
  }

  @Test
  void removeEndedBeforeRemovesTheTokensOfEveryAccount() {
    clearTheEra();
    tokens().add(token(newOwnerId(), "one", ERA));
    tokens().add(token(newOwnerId(), "two", ERA));

    assertThat(tokens().removeEndedBefore(ERA.plus(Duration.ofDays(60)))).isEqualTo(2);
  }

  /** Deletes what earlier runs left in the era, on a store that outlives a run. */
  @Test
  void theListsTotalFollowsEveryWayATokenIsAddedOrEnds() {
    clearTheEra();
    AccountId owner = newOwnerId();
    AccountId other = newOwnerId();
    PersonalToken expired = token(owner, "expired", ERA);
    PersonalToken revoked = token(owner, "revoked", T0);
    PersonalToken head = token(owner, "family", T0);
    PersonalToken successor = successorOf(head, T0.plusSeconds(1));
    PersonalToken leaked = token(owner, "leaked", T0);
    PersonalToken othersLeaked = token(other, "other's leaked", T0);
    PersonalToken plantedRevoked =
        token(
            owner,
            randomSecret(SecretKind.PERSONAL_TOKEN),
            "planted",
            "",
            T0,
            T0.plus(Duration.ofDays(30)),
            T0.plusSeconds(5));
    for (PersonalToken token :
        List.of(expired, revoked, head, successor, leaked, othersLeaked, plantedRevoked)) {
      tokens().add(token);
    }
    tokens().add(token(owner, "kept", T0.plusSeconds(2)));
    assertThat(total(owner)).isEqualTo(6);
    assertThat(total(other)).isEqualTo(1);

    tokens().revoke(revoked.id(), T0.plusSeconds(10), Revocation.REVOKED);
    tokens().revoke(revoked.id(), T0.plusSeconds(11), Revocation.REVOKED); // a second time: no-op
    assertThat(total(owner)).isEqualTo(5);
    tokens().revokeFamily(head.id(), T0.plusSeconds(12));
    assertThat(total(owner)).isEqualTo(3);
    tokens().revokeLeaked(List.of(leaked.digest(), othersLeaked.digest()), T0.plusSeconds(13));
    assertThat(total(owner)).isEqualTo(2);
    assertThat(total(other)).isZero();
    tokens().removeEndedBefore(ERA.plus(Duration.ofDays(365)));
    assertThat(total(owner)).isEqualTo(1);
    tokens().revokeAllOf(owner, T0.plusSeconds(14));
    assertThat(total(owner)).isZero();
  }

  private long total(AccountId owner) {
    return tokens().findUnrevoked(owner, "", FIRST_PAGE).total();
  }

  private void clearTheEra() {
    tokens().removeEndedBefore(ERA.plus(Duration.ofDays(365)));
  }

  private AccountId newOwnerId() {
    return newOwner(accounts()).id();
  }
}
