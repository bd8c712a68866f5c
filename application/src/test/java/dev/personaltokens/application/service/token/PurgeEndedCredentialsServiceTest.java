package dev.personaltokens.application.service.token;

import static dev.personaltokens.application.fakes.InMemoryApplication.OPERATOR;
import static dev.personaltokens.domain.InvalidValues.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.Policies;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.people.IssuedPasswordLink;
import dev.personaltokens.application.port.in.token.PurgedCredentials;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.account.Role;
import dev.personaltokens.domain.token.PasswordLink;
import dev.personaltokens.domain.token.PersonalToken;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PurgeEndedCredentialsServiceTest {

  private static final Duration MONTH = Duration.ofDays(30);

  private final InMemoryApplication app = new InMemoryApplication();
  private final AccountId alice = app.account("alice@example.com", "correct horse battery").id();

  @Test
  void deletesTokensThatExpiredLongerAgoThanTheAge() {
    PersonalToken longExpired = app.token(alice, "long expired", Duration.ofDays(1)).token();
    PersonalToken recentlyExpired = app.token(alice, "recently", Duration.ofDays(50)).token();
    PersonalToken live = app.token(alice, "live", Duration.ofDays(300)).token();
    app.clock().advance(Duration.ofDays(60));

    PurgedCredentials purged = app.purgeEndedCredentials().purge(OPERATOR, MONTH);

    assertThat(purged.tokens()).isEqualTo(1);
    assertThat(purged.endedBefore()).isEqualTo(app.clock().now().minus(MONTH));
    assertThat(app.tokens().all()).containsExactlyInAnyOrder(recentlyExpired, live);
    assertThat(app.tokens().findById(longExpired.id())).isEmpty();
  }

  @Test
  void deletesTokensRevokedLongerAgoThanTheAge() {
    PersonalToken revokedLongAgo = app.token(alice, "revoked long ago").token();
    app.revokeToken().revoke(alice, revokedLongAgo.id());
    app.clock().advance(Duration.ofDays(10));
    PersonalToken revokedRecently = app.token(alice, "revoked recently").token();
    app.revokeToken().revoke(alice, revokedRecently.id());
    app.clock().advance(Duration.ofDays(25));

    PurgedCredentials purged = app.purgeEndedCredentials().purge(OPERATOR, MONTH);

    assertThat(purged.tokens()).isEqualTo(1);
    assertThat(app.tokens().findById(revokedLongAgo.id())).isEmpty();
    assertThat(app.tokens().findById(revokedRecently.id())).isPresent();
  }

  @Test
  void zeroAgeDeletesEveryEndedToken() {
    app.token(alice, "expired", Duration.ofDays(1));
    app.clock().advance(Duration.ofDays(2));

    assertThat(app.purgeEndedCredentials().purge(OPERATOR, Duration.ZERO).tokens()).isEqualTo(1);
    assertThat(app.tokens().all()).isEmpty();
  }

  @Test
  void deletesEveryExpiredPasswordLinkAndKeepsTheOthers() {
    Actor admin = Actor.of(alice);
    app.useCases().addPerson().add(admin, new Email("dana@example.com"), Role.MEMBER);
    app.clock().advance(PasswordLink.LIFETIME.plusSeconds(1));
    IssuedPasswordLink live =
        app.useCases().addPerson().add(admin, new Email("eve@example.com"), Role.MEMBER);

    app.purgeEndedCredentials().purge(OPERATOR, MONTH);

    assertThat(app.passwordLinks().all())
        .singleElement()
        .satisfies(link -> assertThat(link.account()).isEqualTo(live.account().id()));
  }

  @Test
  void deletesEveryExpiredSessionWhateverTheAge() {
    app.signIn()
        .signIn(new Email("alice@example.com"), Password.presented("correct horse battery"));
    app.clock().advance(InMemoryApplication.SESSION_LIFETIME.plusSeconds(1));
    app.signIn()
        .signIn(new Email("alice@example.com"), Password.presented("correct horse battery"));

    PurgedCredentials purged = app.purgeEndedCredentials().purge(OPERATOR, MONTH);

    assertThat(purged.sessions()).isEqualTo(1);
    assertThat(app.sessions().all())
        .singleElement()
        .satisfies(session -> assertThat(session.expiresAt()).isAfter(app.clock().now()));
  }

  @Test
  void nothingEndedMeansNothingDeleted() {
    app.token(alice, "live");

    PurgedCredentials purged = app.purgeEndedCredentials().purge(OPERATOR, MONTH);

    assertThat(purged)
        .isEqualTo(
            new PurgedCredentials(
                app.clock().now().minus(MONTH),
                0,
                0,
                app.clock().now().minus(Policies.DEFAULT.auditRetention()),
                0));
    assertThat(app.tokens().all()).hasSize(1);
  }

  @Test
  void refusesANegativeAge() {
    assertRejected(
        () -> app.purgeEndedCredentials().purge(OPERATOR, Duration.ofDays(-1)),
        "purge.older_than.negative",
        "older_than");
  }
}
