package dev.personaltokens.domain.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.account.AccountId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionTest {

  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant EXPIRES_AT = CREATED.plus(Duration.ofHours(24));

  private final Session session =
      new Session(
          TokenSecret.issue(SecretKind.SESSION, "0123456789ABCDEFGHIJKLMNOPQRSTUV").digest(),
          new AccountId(1),
          CREATED,
          EXPIRES_AT);

  @Test
  void isValidUntilJustBeforeItsExpiry() {
    assertThat(session.isExpiredAt(CREATED)).isFalse();
    assertThat(session.isExpiredAt(EXPIRES_AT.minusNanos(1))).isFalse();
  }

  @Test
  void isExpiredAtAndAfterItsExpiry() {
    assertThat(session.isExpiredAt(EXPIRES_AT)).isTrue();
    assertThat(session.isExpiredAt(EXPIRES_AT.plusSeconds(1))).isTrue();
  }
}
