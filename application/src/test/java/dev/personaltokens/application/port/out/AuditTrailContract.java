package dev.personaltokens.application.port.out;

import static dev.personaltokens.application.port.out.TokenFixtures.T0;
import static dev.personaltokens.application.port.out.TokenFixtures.newOwner;
import static dev.personaltokens.application.port.out.TokenFixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.audit.Origin;
import dev.personaltokens.domain.audit.TokenReference;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditTrail} must do. The store may be shared with other tests, so each test
 * works on events of accounts it created itself.
 */
public abstract class AuditTrailContract {

  private static final PageRequest FIRST_PAGE = new PageRequest(1, PageRequest.MAX_SIZE);

  protected abstract AuditTrail trail();

  protected abstract Accounts accounts();

  @Test
  void keepsEveryFieldOfAnEvent() {
    AccountId owner = newOwner(accounts()).id();
    AuditEvent event =
        new AuditEvent(
            UUID.randomUUID(),
            owner,
            AuditEventType.TOKEN_CREATED,
            T0,
            new Origin("2001:db8::1", "curl/8.5.0 ünïcode 😀"),
            TokenReference.of(token(owner, "deploy 日本", T0)),
            "a detail");

    trail().record(event);

    assertThat(trail().find(owner, Optional.empty(), FIRST_PAGE).items()).containsExactly(event);
  }

  @Test
  void keepsAnEventWithoutTokenOrOrigin() {
    AccountId owner = newOwner(accounts()).id();
    AuditEvent event = event(owner, AuditEventType.PASSWORD_RESET, T0, Origin.NONE);

    trail().record(event);

    assertThat(trail().find(owner, Optional.empty(), FIRST_PAGE).items()).containsExactly(event);
  }

  @Test
  void findsTheAccountsOwnEventsNewestFirstInPages() {
    AccountId owner = newOwner(accounts()).id();
    AccountId other = newOwner(accounts()).id();
    AuditEvent oldest = event(owner, AuditEventType.SESSION_CREATED, T0, Origin.NONE);
    AuditEvent middle = event(owner, AuditEventType.TOKEN_CREATED, T0.plusSeconds(1), Origin.NONE);
    AuditEvent newest = event(owner, AuditEventType.SESSION_ENDED, T0.plusSeconds(2), Origin.NONE);
    trail().record(middle);
    trail().record(newest);
    trail().record(oldest);
    trail().record(event(other, AuditEventType.SESSION_CREATED, T0, Origin.NONE));

    Page<AuditEvent> first = trail().find(owner, Optional.empty(), new PageRequest(1, 2));
    Page<AuditEvent> second = trail().find(owner, Optional.empty(), new PageRequest(2, 2));

    assertThat(first.items()).containsExactly(newest, middle);
    assertThat(first.total()).isEqualTo(3);
    assertThat(second.items()).containsExactly(oldest);
  }

  @Test
  void filtersByType() {
    AccountId owner = newOwner(accounts()).id();
    AuditEvent failed = event(owner, AuditEventType.SESSION_FAILED, T0, Origin.NONE);
    trail().record(failed);
    trail().record(event(owner, AuditEventType.SESSION_CREATED, T0.plusSeconds(1), Origin.NONE));

    Page<AuditEvent> found =
        trail().find(owner, Optional.of(AuditEventType.SESSION_FAILED), FIRST_PAGE);

    assertThat(found.items()).containsExactly(failed);
    assertThat(found.total()).isEqualTo(1);
  }

  @Test
  void removesOnlyEventsOlderThanTheCutoff() {
    Instant era = Instant.parse("2001-01-01T00:00:00Z"); // before every other test's events
    AccountId owner = newOwner(accounts()).id();
    AuditEvent old = event(owner, AuditEventType.SESSION_CREATED, era, Origin.NONE);
    AuditEvent atCutoff =
        event(owner, AuditEventType.SESSION_ENDED, era.plus(Duration.ofDays(10)), Origin.NONE);
    trail().record(old);
    trail().record(atCutoff);

    int removed = trail().removeOlderThan(era.plus(Duration.ofDays(10)));

    assertThat(removed).isEqualTo(1);
    assertThat(trail().find(owner, Optional.empty(), FIRST_PAGE).items()).containsExactly(atCutoff);
  }

  private static AuditEvent event(AccountId owner, AuditEventType type, Instant at, Origin origin) {
    return new AuditEvent(UUID.randomUUID(), owner, type, at, origin, null, "");
  }
}
