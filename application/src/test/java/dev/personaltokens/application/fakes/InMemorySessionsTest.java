package dev.personaltokens.application.fakes;

import static dev.personaltokens.application.port.out.TokenFixtures.T0;
import static dev.personaltokens.application.port.out.TokenFixtures.newOwner;
import static dev.personaltokens.application.port.out.TokenFixtures.session;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.application.port.out.SessionsContract;
import dev.personaltokens.domain.token.Session;
import org.junit.jupiter.api.Test;

public class InMemorySessionsTest extends SessionsContract {

  private final InMemoryAccounts accounts = new InMemoryAccounts(new InMemoryPersonalTokens());
  private final InMemorySessions sessions = new InMemorySessions();

  @Override
  protected Sessions sessions() {
    return sessions;
  }

  @Override
  protected Accounts accounts() {
    return accounts;
  }

  @Test
  void refusesASecondSessionWithTheSameDigest() {
    Session session = session(newOwner(accounts).id(), T0);
    sessions.add(session);

    assertThatThrownBy(() -> sessions.add(session)).isInstanceOf(IllegalStateException.class);
  }
}
