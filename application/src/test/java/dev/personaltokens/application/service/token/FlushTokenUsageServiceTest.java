package dev.personaltokens.application.service.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.fakes.InMemoryPersonalTokens;
import dev.personaltokens.application.fakes.ManualClock;
import dev.personaltokens.application.node.PendingUsage;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.token.FlushTokenUsageUseCase.FlushedUsage;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.TokenFixtures;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.TokenId;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FlushTokenUsageServiceTest {

  private final InMemoryApplication app = new InMemoryApplication();
  private final AccountId alice = app.account("alice@example.com", "correct horse battery").id();

  @Test
  void authenticationOnlyNotesAUseTheFlushWritesIt() {
    CreatedPersonalToken created = app.token(alice, "deploy");

    app.authenticate().authenticate(created.secret().reveal());

    assertThat(lastUsedAt(created)).isNull();
    app.clock().advance(Duration.ofMillis(700));
    assertThat(app.flushTokenUsage().flush())
        .isEqualTo(new FlushedUsage(1, Duration.ofMillis(700)));
    assertThat(lastUsedAt(created)).isEqualTo(app.clock().now().minusMillis(700));
    assertThat(app.flushTokenUsage().flush()).isEqualTo(new FlushedUsage(0, Duration.ZERO));
  }

  @Test
  void manyUsesOfOneTokenAreOneWriteOfTheLatest() {
    CreatedPersonalToken created = app.token(alice, "deploy");
    app.authenticate().authenticate(created.secret().reveal());
    app.clock().advance(Duration.ofMinutes(2));
    app.authenticate().authenticate(created.secret().reveal());

    assertThat(app.flushTokenUsage().flush().tokens()).isEqualTo(1);
    assertThat(lastUsedAt(created)).isEqualTo(app.clock().now());
  }

  @Test
  void aFlushThatFailsKeepsTheUsesForTheNext() {
    PendingUsage pending = new PendingUsage();
    TokenId token = TokenId.random();
    Instant at = TokenFixtures.T0;
    pending.record(token, at, "192.0.2.1");
    PersonalTokens away =
        (PersonalTokens)
            Proxy.newProxyInstance(
                PersonalTokens.class.getClassLoader(),
                new Class<?>[] {PersonalTokens.class},
                (proxy, method, args) -> {
                  throw new IllegalStateException("the database is away");
                });

    ManualClock clock = new ManualClock(at);
    assertThatThrownBy(new FlushTokenUsageService(pending, away, clock)::flush)
        .hasMessageContaining("away");
    FlushTokenUsageService working =
        new FlushTokenUsageService(pending, new InMemoryPersonalTokens(), clock);
    assertThat(working.flush().tokens()).isEqualTo(1);
  }

  private Instant lastUsedAt(CreatedPersonalToken created) {
    return app.tokens().findById(created.token().id()).orElseThrow().lastUsedAt();
  }
}
