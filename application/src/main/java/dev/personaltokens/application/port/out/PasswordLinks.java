package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PasswordLink;
import dev.personaltokens.domain.token.TokenDigest;
import java.time.Instant;
import java.util.Optional;

/** The one-time links with which people set their own passwords. */
public interface PasswordLinks {

  /** Stores {@code link} and voids every other link of its account: only the newest works. */
  void replace(PasswordLink link);

  Optional<PasswordLink> findByDigest(TokenDigest digest);

  /**
   * Uses the link up unless it is used already, and says whether this call did: of two concurrent
   * uses, exactly one gets true.
   */
  boolean use(TokenDigest digest);

  /** Voids every link of the account, e.g. when it is deactivated. */
  void removeAllOf(AccountId account);

  /** Deletes the links that expired before {@code instant}; returns how many. */
  int removeExpiredBefore(Instant instant);
}
