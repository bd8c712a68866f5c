package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.Session;
import dev.personaltokens.domain.token.TokenDigest;
import java.time.Instant;
import java.util.Optional;

/** The sessions that are signed in. */
public interface Sessions {

  void add(Session session);

  Optional<Session> findByDigest(TokenDigest digest);

  void remove(TokenDigest digest);

  /** Ends every session of the account; returns how many there were. */
  int removeAllOf(AccountId account);

  /** Ends every session of the account but {@code kept}; returns how many there were. */
  int removeOthersOf(AccountId account, TokenDigest kept);

  /** Deletes the sessions that expired before {@code instant}; returns how many. */
  int removeExpiredBefore(Instant instant);
}
