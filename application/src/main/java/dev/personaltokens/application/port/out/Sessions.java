package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.token.Session;
import dev.personaltokens.domain.token.TokenDigest;
import java.util.Optional;

/** The sessions that are signed in. */
public interface Sessions {

  void add(Session session);

  Optional<Session> findByDigest(TokenDigest digest);

  void remove(TokenDigest digest);
}
