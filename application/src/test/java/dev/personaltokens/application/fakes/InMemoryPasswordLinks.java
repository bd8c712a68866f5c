package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.PasswordLinks;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PasswordLink;
import dev.personaltokens.domain.token.TokenDigest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The links in a map keyed by digest; a used or voided link is gone, as its row is. */
public final class InMemoryPasswordLinks implements PasswordLinks {

  private final Map<TokenDigest, PasswordLink> byDigest = new LinkedHashMap<>();

  @Override
  public synchronized void replace(PasswordLink link) {
    removeAllOf(link.account());
    byDigest.put(link.digest(), link);
  }

  @Override
  public synchronized Optional<PasswordLink> findByDigest(TokenDigest digest) {
    return Optional.ofNullable(byDigest.get(digest));
  }

  @Override
  public synchronized boolean use(TokenDigest digest) {
    return byDigest.remove(digest) != null;
  }

  @Override
  public synchronized void removeAllOf(AccountId account) {
    byDigest.values().removeIf(link -> link.account().equals(account));
  }

  @Override
  public synchronized int removeExpiredBefore(Instant instant) {
    int before = byDigest.size();
    byDigest.values().removeIf(link -> link.expires().isBefore(instant));
    return before - byDigest.size();
  }

  /** Every stored link, to check what a service stored. */
  public synchronized List<PasswordLink> all() {
    return List.copyOf(byDigest.values());
  }
}
