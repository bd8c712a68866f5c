package dev.personaltokens.domain.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.account.AccountId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TwoFactorTest {

  private static final TotpSecret SECRET = TotpSecret.of(new byte[TotpSecret.LENGTH]);
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void aPendingEnrolmentIsNotOnAndAcceptsAnyStep() {
    TwoFactor pending = TwoFactor.pending(new AccountId(7), SECRET, T0);

    assertThat(pending.isEnabled()).isFalse();
    assertThat(pending.accepts(new TimeStep(0))).isTrue();
  }

  @Test
  void onceACodeWasUsedOnlyLaterStepsAreAccepted() {
    TwoFactor on = new TwoFactor(new AccountId(7), SECRET, T0, T0, new TimeStep(100));

    assertThat(on.isEnabled()).isTrue();
    assertThat(on.accepts(new TimeStep(99))).isFalse();
    assertThat(on.accepts(new TimeStep(100))).isFalse();
    assertThat(on.accepts(new TimeStep(101))).isTrue();
  }
}
