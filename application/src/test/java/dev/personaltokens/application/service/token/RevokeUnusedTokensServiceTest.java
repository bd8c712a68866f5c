package dev.personaltokens.application.service.token;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.UseCases;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.fakes.ManualClock;
import dev.personaltokens.application.fakes.RecordingMailer.Mail;
import dev.personaltokens.application.fakes.TestPolicy;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Revocation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The policy's inactivity limit on the fakes, days passing on a manual clock: tokens unused for it
 * are revoked - with mail on, only a week or more after their owner was told - and a use keeps
 * them. An IT on the real server would have to wait days; these days pass here.
 */
class RevokeUnusedTokensServiceTest {

  private static final String PASSWORD = "correct horse battery";
  private static final Instant T0 = ManualClock.START;

  private final InMemoryApplication app = new InMemoryApplication();
  private final UseCases use = app.useCases();
  private final Account root = app.account("root@example.com", PASSWORD);
  private final Account alice = app.account("alice@example.com", PASSWORD);

  private void unusedFor(int days) {
    use.changePolicy()
        .change(Actor.of(root.id()), TestPolicy.defaults().inactivityLimitDays(days).build());
  }

  @Test
  void withoutAnInactivityLimitNoTokenIsEverRevokedForDisuse() {
    CreatedPersonalToken idle = app.token(alice.id(), "idle", Duration.ofDays(300));
    app.clock().advance(Duration.ofDays(200));

    assertThat(revokeDue()).isZero();
    assertThat(sendNotices()).isZero();
    assertThat(stored(idle).isRevoked()).isFalse();
  }

  @Test
  void withMailOffATokenUnusedForTheLimitIsRevokedThenAndAUsedOneLater() {
    app.mailer().setEnabled(false);
    unusedFor(30);
    CreatedPersonalToken idle = app.token(alice.id(), "idle", Duration.ofDays(300));
    CreatedPersonalToken busy = app.token(alice.id(), "busy", Duration.ofDays(300));
    app.clock().advance(Duration.ofDays(20));
    use(busy);

    app.clock().set(T0.plus(Duration.ofDays(30)).minusSeconds(1));
    assertThat(revokeDue()).isZero();
    app.clock().advance(Duration.ofSeconds(1));
    assertThat(revokeDue()).isEqualTo(1);

    assertThat(stored(idle).revocation()).isEqualTo(Revocation.INACTIVE);
    assertThat(stored(idle).revokedAt()).isEqualTo(T0.plus(Duration.ofDays(30)));
    assertThat(stored(busy).isRevoked()).isFalse();
    assertFails(() -> use(idle), AuthenticationException.class, "auth.token.revoked");
    AuditEvent revoked = events(AuditEventType.TOKEN_REVOKED_INACTIVE).get(0);
    assertThat(revoked.detail()).isEqualTo("unused for 30 days");
    assertThat(revoked.token().id()).isEqualTo(idle.token().id());
    assertThat(revoked.actor()).isNull();

    app.clock().set(T0.plus(Duration.ofDays(50)));
    assertThat(revokeDue()).isEqualTo(1);
    assertThat(stored(busy).revocation()).isEqualTo(Revocation.INACTIVE);
  }

  @Test
  void withMailOnTheOwnerIsToldAWeekBeforeAndTheTokenRevokedAtTheLimit() {
    unusedFor(30);
    CreatedPersonalToken idle = app.token(alice.id(), "idle", Duration.ofDays(300));

    app.clock().set(T0.plus(Duration.ofDays(23)).minusSeconds(1));
    assertThat(sendNotices()).isZero();
    app.clock().advance(Duration.ofSeconds(1));
    assertThat(sendNotices()).isEqualTo(1);
    assertThat(sendNotices()).as("once").isZero();

    Mail mail = app.mailer().sent().get(0);
    assertThat(mail.to().value()).isEqualTo("alice@example.com");
    assertThat(mail.subject())
        .isEqualTo("Personal Tokens: your token \"idle\" will be revoked unless it is used");
    assertThat(mail.body())
        .contains(
            "\"idle\" ("
                + idle.token().hint().value()
                + ") has been unused since 2026-01-01 00:00 UTC; it will be revoked on"
                + " 2026-01-31 00:00 UTC unless it is used.")
        .doesNotContain(idle.secret().reveal());
    assertThat(events(AuditEventType.TOKEN_EXPIRY_NOTICE).get(0).detail())
        .isEqualTo("unused: revoked unless used, to alice@example.com");
    assertThat(revokeDue()).isZero();
    app.clock().set(T0.plus(Duration.ofDays(30)).minusSeconds(1));
    assertThat(revokeDue()).isZero();
    app.clock().advance(Duration.ofSeconds(1));
    assertThat(revokeDue()).isEqualTo(1);
    assertThat(stored(idle).revocation()).isEqualTo(Revocation.INACTIVE);
  }

  @Test
  void aLimitSetLongAfterATokensLastUseStillGivesItsOwnerAWeek() {
    CreatedPersonalToken idle = app.token(alice.id(), "idle", Duration.ofDays(300));
    app.clock().advance(Duration.ofDays(100));
    unusedFor(30);

    assertThat(revokeDue()).as("not before the owner is told").isZero();
    assertThat(sendNotices()).isEqualTo(1);
    assertThat(app.mailer().sent().get(0).body())
        .contains("it will be revoked on 2026-04-18 00:00 UTC unless it is used.");
    app.clock().advance(Duration.ofDays(7).minusSeconds(1));
    assertThat(revokeDue()).isZero();
    app.clock().advance(Duration.ofSeconds(1));
    assertThat(revokeDue()).isEqualTo(1);
    assertThat(stored(idle).isRevoked()).isTrue();
  }

  @Test
  void aTokenUsedAfterItsNoticeIsKeptAndItsNextDisuseGetsANoticeOfItsOwn() {
    unusedFor(30);
    CreatedPersonalToken token = app.token(alice.id(), "ci", Duration.ofDays(300));
    app.clock().set(T0.plus(Duration.ofDays(23)));
    assertThat(sendNotices()).isEqualTo(1);

    app.clock().set(T0.plus(Duration.ofDays(26)));
    use(token);
    app.clock().set(T0.plus(Duration.ofDays(40)));
    assertThat(revokeDue()).isZero();
    assertThat(sendNotices()).isZero();

    app.clock().set(T0.plus(Duration.ofDays(26 + 23)));
    assertThat(sendNotices()).as("a new disuse, a new notice").isEqualTo(1);
    app.clock().set(T0.plus(Duration.ofDays(26 + 30)));
    assertThat(revokeDue()).isEqualTo(1);
    assertThat(stored(token).isRevoked()).isTrue();
  }

  @Test
  void aNoticeThatCouldNotBeMailedKeepsTheTokenUntilOneIsAndAWeekHasPassed() {
    unusedFor(30);
    CreatedPersonalToken idle = app.token(alice.id(), "idle", Duration.ofDays(300));
    app.clock().set(T0.plus(Duration.ofDays(23)));
    app.mailer().setDown(true);
    try {
      sendNotices();
    } catch (RuntimeException mailServerDown) {
      // the next run tries again
    }

    app.clock().set(T0.plus(Duration.ofDays(40)));
    assertThat(revokeDue()).isZero();
    app.mailer().setDown(false);
    assertThat(sendNotices()).isEqualTo(1);
    app.clock().set(T0.plus(Duration.ofDays(47)));
    assertThat(revokeDue()).isEqualTo(1);
    assertThat(stored(idle).isRevoked()).isTrue();
  }

  @Test
  void expiredAndRevokedTokensAreLeftAsTheyAre() {
    app.mailer().setEnabled(false);
    unusedFor(30);
    CreatedPersonalToken expired = app.token(alice.id(), "expired", Duration.ofDays(10));
    CreatedPersonalToken revoked = app.token(alice.id(), "revoked", Duration.ofDays(300));
    use.revokePersonalToken().revoke(alice.id(), revoked.token().id());
    app.clock().advance(Duration.ofDays(60));

    assertThat(revokeDue()).isZero();
    assertThat(stored(expired).isRevoked()).isFalse();
    assertThat(stored(revoked).revocation()).isEqualTo(Revocation.REVOKED);
  }

  private void use(CreatedPersonalToken token) {
    use.authenticate().authenticate(token.secret().reveal());
    app.flushTokenUsage().flush();
  }

  private int revokeDue() {
    return use.revokeUnusedTokens().revokeDue(10_000);
  }

  private int sendNotices() {
    return use.sendNotices().sendDue(1000);
  }

  private PersonalToken stored(CreatedPersonalToken token) {
    return app.tokens().findById(token.token().id()).orElseThrow();
  }

  private List<AuditEvent> events(AuditEventType type) {
    return use.listAuditEvents()
        .list(alice.id(), Optional.of(type), new PageRequest(1, 100))
        .items();
  }
}
