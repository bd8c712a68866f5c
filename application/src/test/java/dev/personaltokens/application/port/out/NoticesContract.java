package dev.personaltokens.application.port.out;

import static dev.personaltokens.application.port.out.TokenFixtures.newOwner;
import static dev.personaltokens.application.port.out.TokenFixtures.randomSecret;
import static dev.personaltokens.application.port.out.TokenFixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.port.out.Notices.Kind;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Revocation;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link Notices} must do. The store may be shared with other tests and runs, so each
 * test looks only at tokens of an owner it created, in an era of its own.
 */
public abstract class NoticesContract {

  protected abstract Notices notices();

  protected abstract PersonalTokens tokens();

  protected abstract Accounts accounts();

  @Test
  void findsLiveTokensExpiringInTheWindowWithoutThatNoticeSoonestFirst() {
    Instant era = Instant.parse("2031-01-01T00:00:00.123456Z");
    AccountId owner = newOwner(accounts()).id();
    PersonalToken later = expiring(owner, era.plus(Duration.ofDays(5)));
    PersonalToken sooner = expiring(owner, era.plus(Duration.ofDays(2)));
    PersonalToken outside = expiring(owner, era.plus(Duration.ofDays(9)));
    PersonalToken revoked = expiring(owner, era.plus(Duration.ofDays(3)));
    tokens().revoke(revoked.id(), era, Revocation.REVOKED);
    PersonalToken noticed = expiring(owner, era.plus(Duration.ofDays(4)));
    assertThat(notices().claim(noticed.id(), Kind.EXPIRY_7_DAYS, era)).isTrue();

    var found =
        notices()
            .expiringWithout(Kind.EXPIRY_7_DAYS, era, era.plus(Duration.ofDays(7)), 10_000)
            .stream()
            .filter(token -> token.owner().equals(owner)) // the store may hold other runs' tokens
            .toList();

    assertThat(found).extracting(PersonalToken::id).containsExactly(sooner.id(), later.id());
    assertThat(found).doesNotContain(outside);
  }

  @Test
  void aNoticeIsClaimedOnce() {
    PersonalToken token =
        expiring(newOwner(accounts()).id(), Instant.parse("2032-01-01T00:00:00Z"));

    assertThat(
            notices().claim(token.id(), Kind.EXPIRY_1_DAY, Instant.parse("2031-12-31T00:00:00Z")))
        .isTrue();
    assertThat(
            notices().claim(token.id(), Kind.EXPIRY_1_DAY, Instant.parse("2031-12-31T01:00:00Z")))
        .isFalse();
    assertThat(
            notices().claim(token.id(), Kind.EXPIRY_7_DAYS, Instant.parse("2031-12-31T01:00:00Z")))
        .isTrue();
  }

  @Test
  void aReleasedClaimCanBeClaimedAgain() {
    PersonalToken token =
        expiring(newOwner(accounts()).id(), Instant.parse("2033-01-01T00:00:00Z"));
    notices().claim(token.id(), Kind.EXPIRY_1_DAY, Instant.parse("2032-12-31T00:00:00Z"));

    notices().release(token.id(), Kind.EXPIRY_1_DAY);

    assertThat(
            notices().claim(token.id(), Kind.EXPIRY_1_DAY, Instant.parse("2032-12-31T00:00:00Z")))
        .isTrue();
  }

  /** A leak's, or an admin's revocation's. */
  @ParameterizedTest
  @EnumSource(names = {"LEAKED", "REVOKED_BY_ADMIN"})
  void aRequestedNoticeIsPendingUntilSentAndAgainWhenReleased(Kind kind) {
    PersonalToken token =
        expiring(newOwner(accounts()).id(), Instant.parse("2034-01-01T00:00:00Z"));

    notices().request(token.id(), kind);
    notices().request(token.id(), kind);

    assertThat(notices().pending(kind, 10_000)).containsOnlyOnce(token.id());
    assertThat(notices().markSent(token.id(), kind, Instant.parse("2033-06-01T00:00:00Z")))
        .isTrue();
    assertThat(notices().markSent(token.id(), kind, Instant.parse("2033-06-01T00:00:01Z")))
        .as("sent once")
        .isFalse();
    assertThat(notices().pending(kind, 10_000)).doesNotContain(token.id());
    notices().release(token.id(), kind);
    assertThat(notices().pending(kind, 10_000)).contains(token.id());
  }

  // --- disuse: in the era 5100, where no other test's token lives ---

  private static final Instant MADE = Instant.parse("5100-01-01T00:00:00Z");

  /** When the tokens are looked for; unused since {@link #UNUSED_SINCE} or before are due. */
  private static final Instant NOW = MADE.plus(Duration.ofDays(100));

  private static final Instant UNUSED_SINCE = MADE.plus(Duration.ofDays(50));

  @Test
  void findsTheUnusedTokensWithoutANoticeSinceTheirLastUse() {
    AccountId owner = newOwner(accounts()).id();
    PersonalToken untold = unused(owner, null);
    PersonalToken told = unused(owner, null);
    notices().claim(told.id(), Kind.INACTIVE, MADE.plus(Duration.ofDays(60)));
    PersonalToken usedSinceItWasTold = unused(owner, MADE.plus(Duration.ofDays(2)));
    notices().claim(usedSinceItWasTold.id(), Kind.INACTIVE, MADE.plus(Duration.ofDays(1)));
    unused(owner, NOW.minus(Duration.ofDays(1))); // used since: not due
    PersonalToken toldOfExpiry = unused(owner, null);
    notices().claim(toldOfExpiry.id(), Kind.EXPIRY_7_DAYS, MADE.plus(Duration.ofDays(60)));

    assertThat(ownedBy(owner, notices().unusedWithout(Kind.INACTIVE, UNUSED_SINCE, NOW, 10_000)))
        .containsExactlyInAnyOrder(untold.id(), usedSinceItWasTold.id(), toldOfExpiry.id());
  }

  @Test
  void findsTheUnusedTokensToldSinceTheirLastUseAndLongEnoughAgo() {
    AccountId owner = newOwner(accounts()).id();
    Instant noticedBy = NOW.minus(Duration.ofDays(7));
    PersonalToken toldThen = unused(owner, null);
    notices().claim(toldThen.id(), Kind.INACTIVE, noticedBy);
    PersonalToken toldSince = unused(owner, null);
    notices().claim(toldSince.id(), Kind.INACTIVE, noticedBy.plusSeconds(1));
    unused(owner, null); // never told
    PersonalToken toldBeforeItsLastUse = unused(owner, MADE.plus(Duration.ofDays(2)));
    notices().claim(toldBeforeItsLastUse.id(), Kind.INACTIVE, MADE.plus(Duration.ofDays(1)));
    PersonalToken usedSince = unused(owner, NOW.minus(Duration.ofDays(1)));
    notices().claim(usedSince.id(), Kind.INACTIVE, MADE.plus(Duration.ofDays(1)));

    assertThat(
            ownedBy(
                owner,
                notices().unusedNoticedBy(Kind.INACTIVE, UNUSED_SINCE, noticedBy, NOW, 10_000)))
        .containsExactly(toldThen.id());
  }

  @Test
  void aDisusesNoticeIsClaimedOnceAndAgainAfterTheTokenIsUsed() {
    PersonalToken token = unused(newOwner(accounts()).id(), null);
    Instant told = MADE.plus(Duration.ofDays(43));

    assertThat(notices().claim(token.id(), Kind.INACTIVE, told)).isTrue();
    assertThat(notices().claim(token.id(), Kind.INACTIVE, told.plusSeconds(1))).isFalse();
    assertThat(notices().claim(token.id(), Kind.EXPIRY_7_DAYS, told)).isTrue();
    tokens().markUsed(token.id(), told.plus(Duration.ofDays(1)), null);

    assertThat(notices().claim(token.id(), Kind.INACTIVE, told.plus(Duration.ofDays(2)))).isTrue();
    assertThat(notices().claim(token.id(), Kind.INACTIVE, told.plus(Duration.ofDays(3)))).isFalse();
    assertThat(notices().claim(token.id(), Kind.EXPIRY_7_DAYS, told.plus(Duration.ofDays(2))))
        .as("a use renews no other kind")
        .isFalse();
    notices().release(token.id(), Kind.INACTIVE);
    assertThat(notices().claim(token.id(), Kind.INACTIVE, told.plus(Duration.ofDays(4)))).isTrue();
  }

  /** A live token of {@code owner} made at {@link #MADE}, used at {@code usedAt} (null: never). */
  private PersonalToken unused(AccountId owner, Instant usedAt) {
    PersonalToken token =
        token(
            owner,
            randomSecret(SecretKind.PERSONAL_TOKEN),
            "unused",
            "",
            MADE,
            NOW.plus(Duration.ofDays(365)),
            null);
    tokens().add(token);
    if (usedAt != null) {
      tokens().markUsed(token.id(), usedAt, null);
    }
    return token;
  }

  /** The ids of {@code owner}'s tokens among {@code found}: the store may hold other runs'. */
  private static List<TokenId> ownedBy(AccountId owner, List<PersonalToken> found) {
    return found.stream()
        .filter(token -> token.owner().equals(owner))
        .map(PersonalToken::id)
        .toList();
  }

  private PersonalToken expiring(AccountId owner, Instant expiresAt) {
    PersonalToken token =
        token(
            owner,
            randomSecret(SecretKind.PERSONAL_TOKEN),
            "expiring",
            "",
            expiresAt.minus(Duration.ofDays(30)),
            expiresAt,
            null);
    tokens().add(token);
    return token;
  }
}
