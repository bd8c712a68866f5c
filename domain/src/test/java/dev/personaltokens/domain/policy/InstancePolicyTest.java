package dev.personaltokens.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.AllowedIps;
import dev.personaltokens.domain.token.ExpiryPolicy;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenDescription;
import dev.personaltokens.domain.token.TokenId;
import dev.personaltokens.domain.token.TokenName;
import dev.personaltokens.domain.token.TokenSecret;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstancePolicyTest {

  private static final Instant MADE = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant SET = Instant.parse("2026-03-04T10:00:00Z");

  /** A policy of these rules, two-factor not required, never set by an admin. */
  private static InstancePolicy policy(
      int days,
      Set<Scope> scopes,
      Optional<Duration> inactivity,
      OptionalInt tokens,
      AllowedIps addresses) {
    return new InstancePolicy(
        Duration.ofDays(days), scopes, inactivity, tokens, false, addresses, Optional.empty());
  }

  private static InstancePolicy lifetime(int days) {
    return InstancePolicy.defaults(Duration.ofDays(days)).setAt(SET);
  }

  private static InstancePolicy unusedFor(int days) {
    return policy(
        366,
        EnumSet.allOf(Scope.class),
        Optional.of(Duration.ofDays(days)),
        OptionalInt.empty(),
        AllowedIps.ANYWHERE);
  }

  private static PersonalToken token(Scope scope, int days) {
    return PersonalToken.issue(
        TokenId.random(),
        new AccountId(7),
        new TokenName("deploy"),
        new TokenDescription(""),
        scope,
        AllowedIps.ANYWHERE,
        TokenSecret.issue(SecretKind.PERSONAL_TOKEN, "a".repeat(TokenSecret.RANDOM_LENGTH)),
        MADE.plus(Duration.ofDays(days)),
        ExpiryPolicy.DEFAULT,
        MADE);
  }

  @Test
  void aTokenWithinTheMaximumIsAllowedOneBeyondItBlockedWithTheDayItWasSet() {
    assertThat(lifetime(90).blocks(token(Scope.GLOBAL, 90))).isEmpty();
    assertThat(lifetime(89).blocks(token(Scope.GLOBAL, 90)))
        .contains("it exceeds the maximum lifetime of 89 days set on 2026-03-04; rotate it");
  }

  @Test
  void aScopeNoLongerAllowedBlocksItsTokens() {
    InstancePolicy readOnly =
        policy(
            366,
            Set.of(Scope.READ_ONLY),
            Optional.empty(),
            OptionalInt.empty(),
            AllowedIps.ANYWHERE);

    assertThat(readOnly.blocks(token(Scope.READ_ONLY, 30))).isEmpty();
    assertThat(readOnly.blocks(token(Scope.GLOBAL, 30)))
        .contains("its scope, global, is no longer allowed; make a new token");
    assertThatThrownBy(() -> readOnly.requireAllowed(Scope.GLOBAL))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("allowed: [read_only]");
  }

  @Test
  void theTokenLimitCountsWhatTheAccountHolds() {
    InstancePolicy two =
        policy(
            366,
            EnumSet.allOf(Scope.class),
            Optional.empty(),
            OptionalInt.of(2),
            AllowedIps.ANYWHERE);

    assertThat(two.allowsOneMore(() -> 1)).isTrue();
    assertThat(two.allowsOneMore(() -> 2)).isFalse();
    assertThat(lifetime(30).allowsOneMore(() -> fail("no limit: nothing to count"))).isTrue();
  }

  @Test
  void anInactivityLimitRevokesTokensUnusedForItAndWarnsTheirOwnersAWeekBefore() {
    Instant now = Instant.parse("2026-06-01T00:00:00Z");

    assertThat(unusedFor(90).revokesUnusedSince(now)).contains(now.minus(Duration.ofDays(90)));
    assertThat(unusedFor(90).warnsUnusedSince(now)).contains(now.minus(Duration.ofDays(83)));
    assertThat(lifetime(30).revokesUnusedSince(now)).isEmpty();
    assertThat(lifetime(30).warnsUnusedSince(now)).isEmpty();
  }

  @Test
  void aTokenToldItGoesUnusedIsRevokedAtItsLimitAndNeverSoonerThanAWeekAfterTheNotice() {
    PersonalToken neverUsed = token(Scope.GLOBAL, 300);
    PersonalToken usedLater = neverUsed.use(MADE.plus(Duration.ofDays(10)), "192.0.2.7");
    Instant toldLate = MADE.plus(Duration.ofDays(200)); // the limit came long after its last use

    assertThat(unusedFor(90).revokesUnused(neverUsed, MADE.plus(Duration.ofDays(83))))
        .contains(MADE.plus(Duration.ofDays(90)));
    assertThat(unusedFor(90).revokesUnused(usedLater, MADE.plus(Duration.ofDays(93))))
        .contains(MADE.plus(Duration.ofDays(100)));
    assertThat(unusedFor(90).revokesUnused(neverUsed, toldLate))
        .contains(toldLate.plus(Duration.ofDays(7)));
    assertThat(lifetime(30).revokesUnused(neverUsed, toldLate)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 3651})
  void refusesAMaximumLifetimeOutsideOneDayToTenYears(int days) {
    assertThatThrownBy(() -> InstancePolicy.defaults(Duration.ofDays(days)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("max_token_lifetime_days");
  }

  @Test
  void refusesNoScopeAndATooShortInactivityLimit() {
    assertThatThrownBy(
            () -> policy(30, Set.of(), Optional.empty(), OptionalInt.empty(), AllowedIps.ANYWHERE))
        .hasMessageContaining("allowed_scopes");
    assertThatThrownBy(
            () ->
                policy(
                    30,
                    EnumSet.allOf(Scope.class),
                    Optional.of(Duration.ofDays(7)),
                    OptionalInt.empty(),
                    AllowedIps.ANYWHERE))
        .hasMessageContaining("inactivity_days");
  }

  @Test
  void saysWhichRulesChangedFromWhatToWhat() {
    InstancePolicy strict =
        policy(
            30,
            Set.of(Scope.READ_ONLY),
            Optional.empty(),
            OptionalInt.of(5),
            AllowedIps.parse(List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "::1")));

    assertThat(strict.changesFrom(lifetime(366)))
        .isEqualTo(
            "maximum lifetime 366 days -> 30 days; scopes global, read_only -> read_only;"
                + " tokens per account unlimited -> 5; default addresses any -> 4 ranges");
    assertThat(lifetime(30).changesFrom(lifetime(30))).isEqualTo("no change");
  }
}
