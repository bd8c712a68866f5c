package dev.personaltokens.application.port.out;

import static dev.personaltokens.application.port.out.TokenFixtures.T0;
import static dev.personaltokens.application.port.out.TokenFixtures.newOwner;
import static dev.personaltokens.application.port.out.TokenFixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.AuditActor;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.audit.Origin;
import dev.personaltokens.domain.audit.TokenReference;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
            "a detail",
            null);

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
  void keepsWhoDidItAnAdminOrTheOperator() {
    AccountId owner = newOwner(accounts()).id();
    Account admin = newOwner(accounts());
    AuditEvent byAdmin =
        new AuditEvent(
            UUID.randomUUID(),
            owner,
            AuditEventType.ACCOUNT_DEACTIVATED,
            T0,
            Origin.NONE,
            null,
            "",
            AuditActor.admin(admin));
    AuditEvent byOperator =
        new AuditEvent(
            UUID.randomUUID(),
            owner,
            AuditEventType.ACCOUNT_REACTIVATED,
            T0.plusSeconds(1),
            Origin.NONE,
            null,
            "",
            AuditActor.operator("root@host"));

    trail().record(byAdmin);
    trail().record(byOperator);

    assertThat(trail().find(owner, Optional.empty(), FIRST_PAGE).items())
        .containsExactly(byOperator, byAdmin);
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

  // --- the instance's log: every account's events, each test's in an hour or accounts its own ---

  /**
   * The start of an hour, centuries after every fixed instant of the tests, that no other test is
   * likely to draw: the events a test records in it are alone there, though the store is shared and
   * kept from run to run.
   */
  private static Instant anHourOfItsOwn() {
    return Instant.parse("2200-01-01T00:00:00Z")
        .plus(Duration.ofHours(ThreadLocalRandom.current().nextLong(50_000_000)));
  }

  @Test
  void theInstanceLogHoldsEveryAccountsEventsNewestFirstWithTheirEmails() {
    Instant hour = anHourOfItsOwn();
    Account alice = newOwner(accounts());
    Account bob = newOwner(accounts());
    AuditEvent before = event(alice.id(), AuditEventType.SESSION_CREATED, hour.minusNanos(1_000));
    AuditEvent first = event(alice.id(), AuditEventType.SESSION_CREATED, hour);
    AuditEvent bobs = event(bob.id(), AuditEventType.TOKEN_CREATED, hour.plusSeconds(1));
    AuditEvent recordedEarlier =
        event(alice.id(), AuditEventType.TOKEN_REVOKED, hour.plusSeconds(2));
    AuditEvent recordedLater = event(bob.id(), AuditEventType.SESSION_ENDED, hour.plusSeconds(2));
    AuditEvent atTheEnd =
        event(bob.id(), AuditEventType.SESSION_ENDED, hour.plus(Duration.ofHours(1)));
    for (AuditEvent event :
        List.of(atTheEnd, recordedEarlier, first, before, bobs, recordedLater)) {
      trail().record(event);
    }

    Page<InstanceAuditEvent> page =
        trail().findAll(between(hour, hour.plus(Duration.ofHours(1))), FIRST_PAGE);

    assertThat(page.items())
        .containsExactly(
            new InstanceAuditEvent(recordedLater, bob.email()),
            new InstanceAuditEvent(recordedEarlier, alice.email()),
            new InstanceAuditEvent(bobs, bob.email()),
            new InstanceAuditEvent(first, alice.email()));
    assertThat(page.total()).isEqualTo(4);
  }

  @Test
  void theInstanceLogNarrowsToOneType() {
    Instant hour = anHourOfItsOwn();
    AuditEvent failed = event(newOwner(accounts()).id(), AuditEventType.SESSION_FAILED, hour);
    AuditEvent alsoFailed =
        event(newOwner(accounts()).id(), AuditEventType.SESSION_FAILED, hour.plusSeconds(1));
    trail().record(failed);
    trail().record(alsoFailed);
    trail().record(event(failed.account(), AuditEventType.SESSION_CREATED, hour.plusSeconds(2)));
    AuditFilter failures =
        new AuditFilter(
            Optional.of(AuditEventType.SESSION_FAILED),
            Optional.empty(),
            Optional.empty(),
            Optional.of(hour),
            Optional.of(hour.plus(Duration.ofHours(1))));

    Page<InstanceAuditEvent> page = trail().findAll(failures, FIRST_PAGE);

    assertThat(eventsOf(page)).containsExactly(alsoFailed, failed);
    assertThat(page.total()).isEqualTo(2);
  }

  @Test
  void theInstanceLogNarrowsToOneAccountInPages() {
    Account owner = newOwner(accounts());
    AuditEvent oldest = event(owner.id(), AuditEventType.SESSION_CREATED, T0);
    AuditEvent middle = event(owner.id(), AuditEventType.TOKEN_CREATED, T0.plusSeconds(1));
    AuditEvent newest = event(owner.id(), AuditEventType.SESSION_ENDED, T0.plusSeconds(2));
    for (AuditEvent event : List.of(middle, newest, oldest)) {
      trail().record(event);
    }
    trail().record(event(newOwner(accounts()).id(), AuditEventType.SESSION_CREATED, T0));

    Page<InstanceAuditEvent> first = trail().findAll(ofAccount(owner.id()), new PageRequest(1, 2));
    Page<InstanceAuditEvent> second = trail().findAll(ofAccount(owner.id()), new PageRequest(2, 2));

    assertThat(first.items())
        .containsExactly(
            new InstanceAuditEvent(newest, owner.email()),
            new InstanceAuditEvent(middle, owner.email()));
    assertThat(second.items()).containsExactly(new InstanceAuditEvent(oldest, owner.email()));
    assertThat(first.total()).isEqualTo(3);
    assertThat(second.total()).isEqualTo(3);
  }

  @Test
  void theInstanceLogNarrowsToWhatOneAdminDid() {
    Account admin = newOwner(accounts());
    Account alice = newOwner(accounts());
    Account bob = newOwner(accounts());
    AuditEvent onAlice =
        event(alice.id(), AuditEventType.ACCOUNT_DEACTIVATED, T0, AuditActor.admin(admin));
    AuditEvent onBob =
        event(
            bob.id(),
            AuditEventType.ACCOUNT_ROLE_CHANGED,
            T0.plusSeconds(1),
            AuditActor.admin(admin));
    trail().record(onAlice);
    trail().record(onBob);
    trail()
        .record(
            event(
                alice.id(),
                AuditEventType.ACCOUNT_REACTIVATED,
                T0.plusSeconds(2),
                AuditActor.admin(newOwner(accounts()))));
    trail()
        .record(
            event(
                bob.id(),
                AuditEventType.PASSWORD_RESET,
                T0.plusSeconds(3),
                AuditActor.operator("root@host")));
    trail().record(event(admin.id(), AuditEventType.SESSION_CREATED, T0.plusSeconds(4)));
    AuditFilter byAdmin =
        new AuditFilter(
            Optional.empty(),
            Optional.empty(),
            Optional.of(admin.id()),
            Optional.empty(),
            Optional.empty());

    Page<InstanceAuditEvent> page = trail().findAll(byAdmin, FIRST_PAGE);

    assertThat(page.items())
        .containsExactly(
            new InstanceAuditEvent(onBob, bob.email()),
            new InstanceAuditEvent(onAlice, alice.email()));
    assertThat(page.total()).isEqualTo(2);
  }

  @Test
  void theInstanceLogsWindowTakesItsStartAndLeavesOutItsEnd() {
    AccountId owner = newOwner(accounts()).id();
    AuditEvent early = event(owner, AuditEventType.SESSION_CREATED, T0);
    AuditEvent atTheBoundary = event(owner, AuditEventType.TOKEN_CREATED, T0.plusSeconds(1));
    AuditEvent late = event(owner, AuditEventType.SESSION_ENDED, T0.plusSeconds(2));
    for (AuditEvent event : List.of(early, atTheBoundary, late)) {
      trail().record(event);
    }
    AuditFilter since =
        new AuditFilter(
            Optional.empty(),
            Optional.of(owner),
            Optional.empty(),
            Optional.of(T0.plusSeconds(1)),
            Optional.empty());
    AuditFilter until =
        new AuditFilter(
            Optional.empty(),
            Optional.of(owner),
            Optional.empty(),
            Optional.empty(),
            Optional.of(T0.plusSeconds(1)));

    assertThat(eventsOf(trail().findAll(since, FIRST_PAGE))).containsExactly(late, atTheBoundary);
    assertThat(eventsOf(trail().findAll(until, FIRST_PAGE))).containsExactly(early);
  }

  @Test
  void theInstanceLogCombinesEveryFilter() {
    Account admin = newOwner(accounts());
    AccountId alice = newOwner(accounts()).id();
    AccountId bob = newOwner(accounts()).id();
    AuditActor byAdmin = AuditActor.admin(admin);
    AuditEventType deactivated = AuditEventType.ACCOUNT_DEACTIVATED;
    AuditEvent match = event(alice, deactivated, T0.plusSeconds(10), byAdmin);
    List<AuditEvent> others =
        List.of(
            event(alice, AuditEventType.ACCOUNT_REACTIVATED, T0.plusSeconds(11), byAdmin),
            event(bob, deactivated, T0.plusSeconds(12), byAdmin),
            event(alice, deactivated, T0.plusSeconds(13), AuditActor.operator("root@host")),
            event(alice, deactivated, T0.plusSeconds(1), byAdmin),
            event(alice, deactivated, T0.plusSeconds(30), byAdmin));
    trail().record(match);
    others.forEach(trail()::record);
    AuditFilter everyFilter =
        new AuditFilter(
            Optional.of(deactivated),
            Optional.of(alice),
            Optional.of(admin.id()),
            Optional.of(T0.plusSeconds(5)),
            Optional.of(T0.plusSeconds(20)));

    Page<InstanceAuditEvent> page = trail().findAll(everyFilter, FIRST_PAGE);

    assertThat(eventsOf(page)).containsExactly(match);
    assertThat(page.total()).isEqualTo(1);
  }

  private static AuditFilter between(Instant since, Instant until) {
    return new AuditFilter(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(since),
        Optional.of(until));
  }

  private static AuditFilter ofAccount(AccountId account) {
    return new AuditFilter(
        Optional.empty(),
        Optional.of(account),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static List<AuditEvent> eventsOf(Page<InstanceAuditEvent> page) {
    return page.items().stream().map(InstanceAuditEvent::event).toList();
  }

  private static AuditEvent event(AccountId owner, AuditEventType type, Instant at, Origin origin) {
    return new AuditEvent(UUID.randomUUID(), owner, type, at, origin, null, "", null);
  }

  private static AuditEvent event(AccountId owner, AuditEventType type, Instant at) {
    return event(owner, type, at, Origin.NONE);
  }

  private static AuditEvent event(
      AccountId owner, AuditEventType type, Instant at, AuditActor actor) {
    return new AuditEvent(UUID.randomUUID(), owner, type, at, Origin.NONE, null, "", actor);
  }
}
