package dev.personaltokens.application.port.out;

import static dev.personaltokens.application.port.out.TokenFixtures.T0;
import static dev.personaltokens.application.port.out.TokenFixtures.newOwner;
import static dev.personaltokens.application.port.out.TokenFixtures.randomSecret;
import static dev.personaltokens.application.port.out.TokenFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.Session;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Sessions} must do. The store may be shared with other tests and is never
 * emptied, so each test opens sessions of accounts of its own.
 */
public abstract class SessionsContract {

  protected abstract Sessions sessions();

  protected abstract Accounts accounts();

  @Test
  void findsAnAddedSessionByDigestWithEveryField() {
    AccountId account = newOwner(accounts()).id();
    Session session = session(account, T0);

    sessions().add(session);

    assertThat(sessions().findByDigest(session.digest())).contains(session);
  }

  @Test
  void findsNothingForAnUnknownDigest() {
    assertThat(sessions().findByDigest(randomSecret(SecretKind.SESSION).digest())).isEmpty();
  }

  @Test
  void keepsSeveralSessionsOfOneAccount() {
    AccountId account = newOwner(accounts()).id();
    Session first = session(account, T0);
    Session second = session(account, T0.plusSeconds(60));

    sessions().add(first);
    sessions().add(second);

    assertThat(sessions().findByDigest(first.digest())).contains(first);
    assertThat(sessions().findByDigest(second.digest())).contains(second);
  }

  @Test
  void removeEndsThatSessionOnly() {
    AccountId account = newOwner(accounts()).id();
    Session ended = session(account, T0);
    Session kept = session(account, T0.plusSeconds(1));
    sessions().add(ended);
    sessions().add(kept);

    sessions().remove(ended.digest());

    assertThat(sessions().findByDigest(ended.digest())).isEmpty();
    assertThat(sessions().findByDigest(kept.digest())).contains(kept);
  }

  @Test
  void removeOfAnUnknownDigestIsHarmless() {
    AccountId account = newOwner(accounts()).id();
    Session kept = session(account, T0);
    sessions().add(kept);

    assertThatCode(() -> sessions().remove(randomSecret(SecretKind.SESSION).digest()))
        .doesNotThrowAnyException();
    assertThat(sessions().findByDigest(kept.digest())).contains(kept);
  }

  @Test
  void removeTwiceIsHarmless() {
    Session session = session(newOwner(accounts()).id(), T0);
    sessions().add(session);
    sessions().remove(session.digest());

    assertThatCode(() -> sessions().remove(session.digest())).doesNotThrowAnyException();
    assertThat(sessions().findByDigest(session.digest())).isEmpty();
  }

  @Test
  void removeAllOfEndsEverySessionOfThatAccountOnly() {
    AccountId account = newOwner(accounts()).id();
    AccountId other = newOwner(accounts()).id();
    Session first = session(account, T0);
    Session second = session(account, T0.plusSeconds(1));
    Session kept = session(other, T0);
    sessions().add(first);
    sessions().add(second);
    sessions().add(kept);

    assertThat(sessions().removeAllOf(account)).isEqualTo(2);

    assertThat(sessions().findByDigest(first.digest())).isEmpty();
    assertThat(sessions().findByDigest(second.digest())).isEmpty();
    assertThat(sessions().findByDigest(kept.digest())).contains(kept);
    assertThat(sessions().removeAllOf(account)).isZero();
  }

  @Test
  void removeOthersOfEndsEverySessionOfThatAccountButTheKeptOne() {
    AccountId account = newOwner(accounts()).id();
    AccountId other = newOwner(accounts()).id();
    Session kept = session(account, T0);
    Session first = session(account, T0.plusSeconds(1));
    Session second = session(account, T0.plusSeconds(2));
    Session othersSession = session(other, T0);
    sessions().add(kept);
    sessions().add(first);
    sessions().add(second);
    sessions().add(othersSession);

    assertThat(sessions().removeOthersOf(account, kept.digest())).isEqualTo(2);

    assertThat(sessions().findByDigest(kept.digest())).contains(kept);
    assertThat(sessions().findByDigest(first.digest())).isEmpty();
    assertThat(sessions().findByDigest(second.digest())).isEmpty();
    assertThat(sessions().findByDigest(othersSession.digest())).contains(othersSession);
    assertThat(sessions().removeOthersOf(account, kept.digest())).isZero();
  }

  /** In 1990, when no other test's session expires, so that the count is exact. */
  @Test
  void removeExpiredBeforeDeletesOnlySessionsThatExpiredBeforeThen() {
    Instant era = Instant.parse("1990-01-01T00:00:00Z");
    sessions().removeExpiredBefore(era.plus(Duration.ofDays(365)));
    AccountId account = newOwner(accounts()).id();
    Session expired = session(account, era);
    Session expiresLater = session(account, era.plus(Duration.ofDays(2)));
    sessions().add(expired);
    sessions().add(expiresLater);

    assertThat(sessions().removeExpiredBefore(era.plus(Duration.ofDays(2)))).isEqualTo(1);

    assertThat(sessions().findByDigest(expired.digest())).isEmpty();
    assertThat(sessions().findByDigest(expiresLater.digest())).contains(expiresLater);
  }
}
