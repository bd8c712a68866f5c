package dev.personaltokens.domain.token;

import static dev.personaltokens.domain.InvalidValues.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.domain.account.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalTokenTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant EXPIRES_AT = NOW.plus(Duration.ofDays(30));
  private static final AccountId OWNER = new AccountId(7);
  private static final AllowedIps OFFICE = AllowedIps.parse(List.of("10.0.0.0/8", "2001:db8::/32"));
  private static final TokenSecret SECRET =
      TokenSecret.issue(SecretKind.PERSONAL_TOKEN, "0123456789ABCDEFGHIJKLMNOPQRSTUV");

  @Test
  void issueRecordsWhatWasAskedFor() {
    PersonalToken token = issue();

    assertThat(token.id()).isNotNull();
    assertThat(token.owner()).isEqualTo(OWNER);
    assertThat(token.name()).isEqualTo(new TokenName("ci"));
    assertThat(token.description()).isEqualTo(new TokenDescription("used by CI"));
    assertThat(token.scope()).isEqualTo(Scope.GLOBAL);
    assertThat(token.allowedIps()).isEqualTo(OFFICE);
    assertThat(token.expiresAt()).isEqualTo(EXPIRES_AT);
  }

  @Test
  void aBoundTokenIsAllowedFromItsAddressesOnly() {
    PersonalToken token = issue();

    assertThat(token.isAllowedFrom("10.1.2.3")).isTrue();
    assertThat(token.isAllowedFrom("2001:db8:1::7")).isTrue();
    assertThat(token.isAllowedFrom("127.0.0.1")).isFalse();
    assertThat(token.isAllowedFrom(null)).as("an unknown client").isFalse();
  }

  @Test
  void issueSetsCreatedAndLastModifiedToNow() {
    PersonalToken token = issue();

    assertThat(token.created()).isEqualTo(NOW);
    assertThat(token.lastModified()).isEqualTo(token.created());
  }

  @Test
  void issuedTokenIsNeitherUsedNorRevoked() {
    PersonalToken token = issue();

    assertThat(token.lastUsedAt()).isNull();
    assertThat(token.revokedAt()).isNull();
    assertThat(token.isRevoked()).isFalse();
  }

  @Test
  void goesUnusedSinceItWasMadeUntilItIsUsedThenSinceItsLastUse() {
    PersonalToken token = issue();
    Instant used = NOW.plus(Duration.ofDays(3));

    assertThat(token.unusedSince()).isEqualTo(NOW);
    assertThat(token.use(used, "192.0.2.7").unusedSince()).isEqualTo(used);
  }

  @Test
  void issueKeepsOnlyTheDigestAndHintOfTheSecret() {
    PersonalToken token = issue();

    assertThat(token.digest()).isEqualTo(SECRET.digest());
    assertThat(token.hint()).isEqualTo(SECRET.hint());
    assertThat(token.toString()).doesNotContain(SECRET.reveal());
  }

  @Test
  void issueGivesEveryTokenItsOwnId() {
    assertThat(issue().id()).isNotEqualTo(issue().id());
  }

  @Test
  void issueEnforcesTheExpiryPolicy() {
    assertRejected(
        () ->
            PersonalToken.issue(
                TokenId.random(),
                OWNER,
                new TokenName("ci"),
                TokenDescription.NONE,
                Scope.GLOBAL,
                AllowedIps.ANYWHERE,
                SECRET,
                NOW.plus(Duration.ofDays(367)),
                ExpiryPolicy.DEFAULT,
                NOW),
        "token.expires_at.too_far",
        "expires_at");
    assertRejected(
        () ->
            PersonalToken.issue(
                TokenId.random(),
                OWNER,
                new TokenName("ci"),
                TokenDescription.NONE,
                Scope.GLOBAL,
                AllowedIps.ANYWHERE,
                SECRET,
                NOW,
                ExpiryPolicy.DEFAULT,
                NOW),
        "token.expires_at.not_in_future",
        "expires_at");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0S", "PT0.000001S", "PT1S", "P1D"})
  void isExpiredAtAndAfterItsExpiry(Duration afterExpiry) {
    assertThat(issue().isExpiredAt(EXPIRES_AT.plus(afterExpiry))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0.000000001S", "PT1S", "P29D"})
  void isNotExpiredBeforeItsExpiry(Duration beforeExpiry) {
    assertThat(issue().isExpiredAt(EXPIRES_AT.minus(beforeExpiry))).isFalse();
  }

  @Test
  void isOwnedByItsOwnerOnly() {
    PersonalToken token = issue();

    assertThat(token.isOwnedBy(new AccountId(7))).isTrue();
    assertThat(token.isOwnedBy(new AccountId(8))).isFalse();
  }

  @Test
  void revokingSetsTheRevocationAndLastModifiedInstantsOnly() {
    PersonalToken token = issue();

    PersonalToken revoked = token.revoke(NOW.plusSeconds(5), Revocation.REVOKED);

    assertThat(revoked.isRevoked()).isTrue();
    assertThat(revoked.revokedAt()).isEqualTo(NOW.plusSeconds(5));
    assertThat(revoked.revocation()).isEqualTo(Revocation.REVOKED);
    assertThat(revoked.lastModified()).isEqualTo(NOW.plusSeconds(5));
    assertThat(revoked.isRotatedAway()).isFalse();
    assertThat(token.isRevoked()).isFalse();
    assertThat(revoked)
        .usingRecursiveComparison()
        .ignoringFields("revokedAt", "revocation", "lastModified")
        .isEqualTo(token);
  }

  @Test
  void usingSetsLastUsedOnly() {
    PersonalToken token = issue();

    PersonalToken used = token.use(NOW.plusSeconds(9), "2001:db8::7");

    assertThat(used.lastUsedAt()).isEqualTo(NOW.plusSeconds(9));
    assertThat(used.lastUsedIp()).isEqualTo("2001:db8::7");
    assertThat(used)
        .usingRecursiveComparison()
        .ignoringFields("lastUsedAt", "lastUsedIp")
        .isEqualTo(token);
  }

  @Test
  void aTokenRotatedAwayIsRevokedAndSaysSo() {
    PersonalToken rotated = issue().revoke(NOW.plusSeconds(5), Revocation.ROTATED);

    assertThat(rotated.isRevoked()).isTrue();
    assertThat(rotated.isRotatedAway()).isTrue();
  }

  @Test
  void anIssuedTokenStartsItsOwnFamily() {
    PersonalToken token = issue();

    assertThat(token.family()).isEqualTo(token.id());
  }

  @Test
  void aSuccessorKeepsNameDescriptionScopeOwnerAndFamilyWithANewIdAndSecret() {
    PersonalToken token = issue();
    TokenSecret next = TokenSecret.issue(SecretKind.PERSONAL_TOKEN, "V".repeat(32));
    Instant later = NOW.plus(Duration.ofDays(3));

    PersonalToken successor = token.successor(next, Optional.empty(), ExpiryPolicy.DEFAULT, later);

    assertThat(successor.id()).isNotEqualTo(token.id());
    assertThat(successor.family()).isEqualTo(token.id());
    assertThat(successor.digest()).isEqualTo(next.digest());
    assertThat(successor.hint()).isEqualTo(next.hint());
    assertThat(successor.created()).isEqualTo(later);
    assertThat(successor.lastModified()).isEqualTo(later);
    assertThat(successor.lastUsedAt()).isNull();
    assertThat(successor.isRevoked()).isFalse();
    assertThat(successor)
        .usingRecursiveComparison()
        .comparingOnlyFields("owner", "name", "description", "scope", "allowedIps")
        .isEqualTo(token);
    assertThat(successor.successor(SECRET, Optional.empty(), ExpiryPolicy.DEFAULT, later).family())
        .isEqualTo(token.id());
  }

  @Test
  void aSuccessorIsBoundToOtherAddressesOnlyWhenAskedTo() {
    AllowedIps home = AllowedIps.parse(List.of("192.0.2.7"));

    PersonalToken rebound =
        issue().successor(SECRET, Optional.empty(), Optional.of(home), ExpiryPolicy.DEFAULT, NOW);
    PersonalToken unbound =
        issue()
            .successor(
                SECRET,
                Optional.empty(),
                Optional.of(AllowedIps.ANYWHERE),
                ExpiryPolicy.DEFAULT,
                NOW);

    assertThat(rebound.allowedIps()).isEqualTo(home);
    assertThat(unbound.isAllowedFrom("127.0.0.1")).isTrue();
  }

  @Test
  void aSuccessorLivesAsLongAsItsPredecessorByDefault() {
    PersonalToken token = issue();
    Instant later = NOW.plus(Duration.ofDays(3));

    PersonalToken successor =
        token.successor(SECRET, Optional.empty(), ExpiryPolicy.DEFAULT, later);

    assertThat(successor.expiresAt()).isEqualTo(later.plus(Duration.ofDays(30)));
  }

  @Test
  void aSuccessorsDefaultLifetimeIsCappedByTheMaximum() {
    PersonalToken yearLong =
        PersonalToken.issue(
            TokenId.random(),
            OWNER,
            new TokenName("ci"),
            TokenDescription.NONE,
            Scope.GLOBAL,
            AllowedIps.ANYWHERE,
            SECRET,
            NOW.plus(Duration.ofDays(366)),
            ExpiryPolicy.DEFAULT,
            NOW);
    ExpiryPolicy shorter = new ExpiryPolicy(Duration.ofDays(90));

    PersonalToken successor = yearLong.successor(SECRET, Optional.empty(), shorter, NOW);

    assertThat(successor.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(90)));
  }

  @Test
  void aSuccessorTakesTheExpiryAskedForWithinThePolicy() {
    Instant asked = NOW.plus(Duration.ofDays(7));

    assertThat(issue().successor(SECRET, Optional.of(asked), ExpiryPolicy.DEFAULT, NOW).expiresAt())
        .isEqualTo(asked);
    assertRejected(
        () -> issue().successor(SECRET, Optional.of(NOW), ExpiryPolicy.DEFAULT, NOW),
        "token.expires_at.not_in_future",
        "expires_at");
    assertRejected(
        () ->
            issue()
                .successor(
                    SECRET, Optional.of(NOW.plus(Duration.ofDays(400))), ExpiryPolicy.DEFAULT, NOW),
        "token.expires_at.too_far",
        "expires_at");
  }

  @Test
  void aRevokedTokenSaysWhyAndOnlyARevokedOne() {
    PersonalToken token = issue();

    assertThatThrownBy(() -> withRevocation(token, NOW, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> withRevocation(token, null, Revocation.LEAKED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static PersonalToken withRevocation(
      PersonalToken token, Instant revokedAt, Revocation why) {
    return new PersonalToken(
        token.id(),
        token.family(),
        token.owner(),
        token.name(),
        token.description(),
        token.scope(),
        token.allowedIps(),
        token.hint(),
        token.digest(),
        token.created(),
        token.lastModified(),
        token.expiresAt(),
        null,
        null,
        revokedAt,
        why);
  }

  @Test
  void requiresEveryFieldButLastUsedAndRevoked() {
    PersonalToken token = issue();

    assertThatThrownBy(
            () ->
                new PersonalToken(
                    token.id(),
                    token.family(),
                    null,
                    token.name(),
                    token.description(),
                    token.scope(),
                    token.allowedIps(),
                    token.hint(),
                    token.digest(),
                    token.created(),
                    token.lastModified(),
                    token.expiresAt(),
                    null,
                    null,
                    null,
                    null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("owner");
    assertThatThrownBy(
            () ->
                new PersonalToken(
                    token.id(),
                    token.family(),
                    token.owner(),
                    token.name(),
                    token.description(),
                    token.scope(),
                    token.allowedIps(),
                    token.hint(),
                    null,
                    token.created(),
                    token.lastModified(),
                    token.expiresAt(),
                    null,
                    null,
                    null,
                    null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("digest");
  }

  private static PersonalToken issue() {
    return PersonalToken.issue(
        TokenId.random(),
        OWNER,
        new TokenName("ci"),
        new TokenDescription("used by CI"),
        Scope.GLOBAL,
        OFFICE,
        SECRET,
        EXPIRES_AT,
        ExpiryPolicy.DEFAULT,
        NOW);
  }
}
