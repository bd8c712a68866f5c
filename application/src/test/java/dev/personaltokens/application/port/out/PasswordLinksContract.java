package dev.personaltokens.application.port.out;

import static dev.personaltokens.application.port.out.TokenFixtures.T0;
import static dev.personaltokens.application.port.out.TokenFixtures.concurrently;
import static dev.personaltokens.application.port.out.TokenFixtures.newOwner;
import static dev.personaltokens.application.port.out.TokenFixtures.randomSecret;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PasswordLink;
import dev.personaltokens.domain.token.SecretKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PasswordLinks} must do. The store may be shared with other tests and is never
 * emptied, so each test works on links of accounts it created itself.
 */
public abstract class PasswordLinksContract {

  protected abstract PasswordLinks links();

  protected abstract Accounts accounts();

  @Test
  void findsAStoredLinkByDigestWithEveryField() {
    PasswordLink link = link(newOwner(accounts()).id(), T0);

    links().replace(link);

    assertThat(links().findByDigest(link.digest())).contains(link);
  }

  @Test
  void findsNothingForAnUnknownDigest() {
    assertThat(links().findByDigest(randomSecret(SecretKind.PASSWORD_LINK).digest())).isEmpty();
  }

  @Test
  void replaceVoidsTheOlderLinksOfThatAccountOnly() {
    AccountId account = newOwner(accounts()).id();
    PasswordLink older = link(account, T0);
    PasswordLink other = link(newOwner(accounts()).id(), T0);
    links().replace(older);
    links().replace(other);

    PasswordLink newer = link(account, T0.plusSeconds(60));
    links().replace(newer);

    assertThat(links().findByDigest(older.digest())).isEmpty();
    assertThat(links().findByDigest(newer.digest())).contains(newer);
    assertThat(links().findByDigest(other.digest())).contains(other);
  }

  @Test
  void aLinkIsUsedOnceOnly() {
    PasswordLink link = link(newOwner(accounts()).id(), T0);
    links().replace(link);

    assertThat(links().use(link.digest())).isTrue();
    assertThat(links().use(link.digest())).isFalse();
    assertThat(links().findByDigest(link.digest())).isEmpty();
  }

  @Test
  void ofTwoConcurrentUsesOfOneLinkExactlyOneSucceeds() throws Exception {
    PasswordLink link = link(newOwner(accounts()).id(), T0);
    links().replace(link);

    List<Boolean> outcomes =
        concurrently(() -> links().use(link.digest()), () -> links().use(link.digest()));

    assertThat(outcomes).containsExactlyInAnyOrder(true, false);
  }

  @Test
  void anUnknownLinkIsNotUsed() {
    assertThat(links().use(randomSecret(SecretKind.PASSWORD_LINK).digest())).isFalse();
  }

  @Test
  void removeAllOfVoidsTheLinksOfThatAccountOnly() {
    PasswordLink voided = link(newOwner(accounts()).id(), T0);
    PasswordLink kept = link(newOwner(accounts()).id(), T0);
    links().replace(voided);
    links().replace(kept);

    links().removeAllOf(voided.account());

    assertThat(links().findByDigest(voided.digest())).isEmpty();
    assertThat(links().findByDigest(kept.digest())).contains(kept);
  }

  /** In 1990, when no other test's link expires, so that the count is exact. */
  @Test
  void removeExpiredBeforeDeletesOnlyLinksThatExpiredBeforeThen() {
    Instant era = Instant.parse("1990-01-01T00:00:00Z");
    links().removeExpiredBefore(era.plus(Duration.ofDays(365)));
    PasswordLink expired = link(newOwner(accounts()).id(), era);
    PasswordLink expiresAtCutoff = link(newOwner(accounts()).id(), era.plus(Duration.ofDays(2)));
    links().replace(expired);
    links().replace(expiresAtCutoff);

    int removed = links().removeExpiredBefore(expiresAtCutoff.expires());

    assertThat(removed).isEqualTo(1);
    assertThat(links().findByDigest(expired.digest())).isEmpty();
    assertThat(links().findByDigest(expiresAtCutoff.digest())).contains(expiresAtCutoff);
  }

  private static PasswordLink link(AccountId account, Instant created) {
    return new PasswordLink(
        randomSecret(SecretKind.PASSWORD_LINK).digest(),
        account,
        created,
        created.plus(PasswordLink.LIFETIME));
  }
}
