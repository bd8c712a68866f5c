package dev.personaltokens.application.node;

import dev.personaltokens.application.port.out.Eviction;
import dev.personaltokens.application.port.out.TwoFactors;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.TokenDigest;
import dev.personaltokens.domain.twofactor.TimeStep;
import dev.personaltokens.domain.twofactor.TotpSecret;
import dev.personaltokens.domain.twofactor.TwoFactor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The two-factor store as every use case sees it: turning an account's two-factor sign-in on or off
 * tells the {@link NodeCache}, which holds whether it is on, to be evicted everywhere once the call
 * is done.
 */
final class EvictingTwoFactors implements TwoFactors {

  private final TwoFactors store;
  private final NodeCache cache;

  EvictingTwoFactors(TwoFactors store, NodeCache cache) {
    this.store = store;
    this.cache = cache;
  }

  @Override
  public Optional<TwoFactor> find(AccountId account) {
    return store.find(account);
  }

  @Override
  public boolean begin(TwoFactor pending) {
    return store.begin(pending); // a pending enrolment is not on, and never replaces one that is
  }

  @Override
  public boolean enable(
      AccountId account,
      TotpSecret secret,
      TimeStep step,
      List<TokenDigest> recoveryCodes,
      Instant at) {
    cache.stale(Eviction.account(account));
    return store.enable(account, secret, step, recoveryCodes, at);
  }

  @Override
  public boolean use(AccountId account, TimeStep step) {
    return store.use(account, step); // a code used leaves it on
  }

  @Override
  public boolean useRecoveryCode(AccountId account, TokenDigest code) {
    return store.useRecoveryCode(account, code); // so does a recovery code
  }

  @Override
  public int recoveryCodesLeft(AccountId account) {
    return store.recoveryCodesLeft(account);
  }

  @Override
  public void remove(AccountId account) {
    cache.stale(Eviction.account(account));
    store.remove(account);
  }
}
