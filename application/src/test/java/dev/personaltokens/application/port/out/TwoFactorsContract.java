package dev.personaltokens.application.port.out;

import static dev.personaltokens.application.port.out.TokenFixtures.T0;
import static dev.personaltokens.application.port.out.TokenFixtures.concurrently;
import static dev.personaltokens.application.port.out.TokenFixtures.newOwner;
import static dev.personaltokens.application.port.out.TokenFixtures.randomSecret;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenDigest;
import dev.personaltokens.domain.twofactor.TimeStep;
import dev.personaltokens.domain.twofactor.TotpSecret;
import dev.personaltokens.domain.twofactor.TwoFactor;
import java.security.SecureRandom;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TwoFactors} must do. The store may be shared with other tests and is never
 * emptied, so each test works on accounts it created itself.
 */
public abstract class TwoFactorsContract {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final TimeStep STEP = TimeStep.at(T0);

  protected abstract TwoFactors twoFactors();

  protected abstract Accounts accounts();

  @Test
  void anAccountHasNoneUntilItBeginsAnEnrolment() {
    assertThat(twoFactors().find(newOwner(accounts()).id())).isEmpty();
  }

  @Test
  void storesAPendingEnrolmentWithEveryField() {
    TwoFactor pending = TwoFactor.pending(newOwner(accounts()).id(), secret(), T0);

    assertThat(twoFactors().begin(pending)).isTrue();

    assertThat(twoFactors().find(pending.account())).contains(pending);
    assertThat(pending.isEnabled()).isFalse();
  }

  @Test
  void aNewEnrolmentReplacesThePendingOne() {
    AccountId account = newOwner(accounts()).id();
    twoFactors().begin(TwoFactor.pending(account, secret(), T0));
    TwoFactor newer = TwoFactor.pending(account, secret(), T0.plusSeconds(60));

    assertThat(twoFactors().begin(newer)).isTrue();

    assertThat(twoFactors().find(account)).contains(newer);
  }

  @Test
  void enablingTurnsThePendingOneOnWithItsCodesStepUsedAndItsRecoveryCodes() {
    TwoFactor pending = TwoFactor.pending(newOwner(accounts()).id(), secret(), T0);
    twoFactors().begin(pending);

    boolean enabled =
        twoFactors()
            .enable(pending.account(), pending.secret(), STEP, digests(10), T0.plusSeconds(30));

    assertThat(enabled).isTrue();
    assertThat(twoFactors().find(pending.account()))
        .contains(new TwoFactor(pending.account(), pending.secret(), T0, T0.plusSeconds(30), STEP));
    assertThat(twoFactors().recoveryCodesLeft(pending.account())).isEqualTo(10);
  }

  @Test
  void whileOnNoEnrolmentBeginsAndNoneIsEnabledAgain() {
    TwoFactor on = enabled(newOwner(accounts()).id(), List.of());

    assertThat(twoFactors().begin(TwoFactor.pending(on.account(), secret(), T0))).isFalse();
    assertThat(twoFactors().enable(on.account(), on.secret(), STEP.plus(5), List.of(), T0))
        .isFalse();
    assertThat(twoFactors().find(on.account())).contains(on);
  }

  @Test
  void anEnrolmentReplacedMeanwhileIsNotEnabled() {
    AccountId account = newOwner(accounts()).id();
    TotpSecret confirmed = secret();
    twoFactors().begin(TwoFactor.pending(account, confirmed, T0));
    twoFactors().begin(TwoFactor.pending(account, secret(), T0.plusSeconds(1)));

    assertThat(twoFactors().enable(account, confirmed, STEP, digests(10), T0)).isFalse();
    assertThat(twoFactors().find(account).orElseThrow().isEnabled()).isFalse();
    assertThat(twoFactors().recoveryCodesLeft(account)).isZero();
  }

  @Test
  void aStepIsUsedOnceAndNeverAfterALaterOne() {
    TwoFactor on = enabled(newOwner(accounts()).id(), List.of());

    assertThat(twoFactors().use(on.account(), STEP)).as("the confirming code's step").isFalse();
    assertThat(twoFactors().use(on.account(), STEP.plus(2))).isTrue();
    assertThat(twoFactors().use(on.account(), STEP.plus(2))).as("again").isFalse();
    assertThat(twoFactors().use(on.account(), STEP.plus(1))).as("an earlier one").isFalse();
    assertThat(twoFactors().use(on.account(), STEP.plus(3))).isTrue();
    assertThat(twoFactors().find(on.account()).orElseThrow().lastUsed()).isEqualTo(STEP.plus(3));
  }

  @Test
  void aPendingEnrolmentUsesNoStep() {
    TwoFactor pending = TwoFactor.pending(newOwner(accounts()).id(), secret(), T0);
    twoFactors().begin(pending);

    assertThat(twoFactors().use(pending.account(), STEP)).isFalse();
    assertThat(twoFactors().find(pending.account())).contains(pending);
  }

  @Test
  void ofTwoConcurrentUsesOfOneStepExactlyOneSucceeds() throws Exception {
    TwoFactor on = enabled(newOwner(accounts()).id(), List.of());

    List<Boolean> outcomes =
        concurrently(
            () -> twoFactors().use(on.account(), STEP.plus(1)),
            () -> twoFactors().use(on.account(), STEP.plus(1)));

    assertThat(outcomes).containsExactlyInAnyOrder(true, false);
  }

  @Test
  void aRecoveryCodeIsUsedOnceAndOnlyByItsOwnAccount() {
    List<TokenDigest> codes = digests(10);
    TwoFactor on = enabled(newOwner(accounts()).id(), codes);
    AccountId other = enabled(newOwner(accounts()).id(), digests(10)).account();

    assertThat(twoFactors().useRecoveryCode(other, codes.get(3))).isFalse();
    assertThat(twoFactors().useRecoveryCode(on.account(), codes.get(3))).isTrue();
    assertThat(twoFactors().useRecoveryCode(on.account(), codes.get(3))).isFalse();
    assertThat(twoFactors().useRecoveryCode(on.account(), digests(1).get(0))).isFalse();
    assertThat(twoFactors().recoveryCodesLeft(on.account())).isEqualTo(9);
    assertThat(twoFactors().recoveryCodesLeft(other)).isEqualTo(10);
  }

  @Test
  void ofTwoConcurrentUsesOfOneRecoveryCodeExactlyOneSucceeds() throws Exception {
    List<TokenDigest> codes = digests(10);
    TwoFactor on = enabled(newOwner(accounts()).id(), codes);

    List<Boolean> outcomes =
        concurrently(
            () -> twoFactors().useRecoveryCode(on.account(), codes.get(0)),
            () -> twoFactors().useRecoveryCode(on.account(), codes.get(0)));

    assertThat(outcomes).containsExactlyInAnyOrder(true, false);
  }

  @Test
  void removingTurnsItOffWithItsRecoveryCodesForThatAccountOnly() {
    List<TokenDigest> codes = digests(10);
    TwoFactor removed = enabled(newOwner(accounts()).id(), codes);
    TwoFactor kept = enabled(newOwner(accounts()).id(), digests(10));

    twoFactors().remove(removed.account());

    assertThat(twoFactors().find(removed.account())).isEmpty();
    assertThat(twoFactors().recoveryCodesLeft(removed.account())).isZero();
    assertThat(twoFactors().useRecoveryCode(removed.account(), codes.get(0))).isFalse();
    assertThat(twoFactors().find(kept.account())).contains(kept);
    assertThat(twoFactors().recoveryCodesLeft(kept.account())).isEqualTo(10);
  }

  @Test
  void afterRemovalANewEnrolmentBegins() {
    TwoFactor on = enabled(newOwner(accounts()).id(), digests(10));
    twoFactors().remove(on.account());
    TwoFactor pending = TwoFactor.pending(on.account(), secret(), T0.plusSeconds(90));

    assertThat(twoFactors().begin(pending)).isTrue();
    assertThat(twoFactors().find(on.account())).contains(pending);
  }

  /** Two-factor sign-in on for {@code account}, its confirming code of {@link #STEP}. */
  private TwoFactor enabled(AccountId account, List<TokenDigest> codes) {
    TwoFactor pending = TwoFactor.pending(account, secret(), T0);
    twoFactors().begin(pending);
    twoFactors().enable(account, pending.secret(), STEP, codes, T0);
    return twoFactors().find(account).orElseThrow();
  }

  private static TotpSecret secret() {
    byte[] bytes = new byte[TotpSecret.LENGTH];
    RANDOM.nextBytes(bytes);
    return TotpSecret.of(bytes);
  }

  /** Digests as unique as recovery codes' are. */
  private static List<TokenDigest> digests(int count) {
    return Stream.generate(() -> randomSecret(SecretKind.PASSWORD_LINK).digest())
        .limit(count)
        .toList();
  }
}
