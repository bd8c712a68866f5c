package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.TwoFactors;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.TokenDigest;
import dev.personaltokens.domain.twofactor.TimeStep;
import dev.personaltokens.domain.twofactor.TotpSecret;
import dev.personaltokens.domain.twofactor.TwoFactor;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Each account's two-factor sign-in and its recovery codes' digests, in maps. */
public final class InMemoryTwoFactors implements TwoFactors {

  private final Map<AccountId, TwoFactor> byAccount = new HashMap<>();
  private final Map<AccountId, Set<TokenDigest>> recoveryCodes = new HashMap<>();

  @Override
  public synchronized Optional<TwoFactor> find(AccountId account) {
    return Optional.ofNullable(byAccount.get(account));
  }

  @Override
  public synchronized boolean begin(TwoFactor pending) {
    TwoFactor current = byAccount.get(pending.account());
    if (current != null && current.isEnabled()) {
      return false;
    }
    byAccount.put(pending.account(), pending);
    return true;
  }

  @Override
  public synchronized boolean enable(
      AccountId account, TotpSecret secret, TimeStep step, List<TokenDigest> codes, Instant at) {
    TwoFactor current = byAccount.get(account);
    if (current == null || current.isEnabled() || !current.secret().equals(secret)) {
      return false;
    }
    byAccount.put(account, new TwoFactor(account, secret, current.created(), at, step));
    recoveryCodes.put(account, new HashSet<>(codes));
    return true;
  }

  @Override
  public synchronized boolean use(AccountId account, TimeStep step) {
    TwoFactor current = byAccount.get(account);
    if (current == null || !current.isEnabled() || !current.accepts(step)) {
      return false;
    }
    byAccount.put(
        account,
        new TwoFactor(account, current.secret(), current.created(), current.enabled(), step));
    return true;
  }

  @Override
  public synchronized boolean useRecoveryCode(AccountId account, TokenDigest code) {
    return recoveryCodes.getOrDefault(account, new HashSet<>()).remove(code);
  }

  @Override
  public synchronized int recoveryCodesLeft(AccountId account) {
    return recoveryCodes.getOrDefault(account, Set.of()).size();
  }

  @Override
  public synchronized void remove(AccountId account) {
    byAccount.remove(account);
    recoveryCodes.remove(account);
  }
}
