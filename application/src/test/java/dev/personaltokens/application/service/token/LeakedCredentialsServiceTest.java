package dev.personaltokens.application.service.token;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.ThrottledException;
import dev.personaltokens.application.port.in.session.IssuedSession;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.token.LeakReport;
import dev.personaltokens.application.port.in.token.ReportLeakedCredentialsUseCase;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.domain.InvalidValues;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.audit.Origin;
import dev.personaltokens.domain.token.Revocation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Receiving a report of leaked credentials, then revoking what it names. */
class LeakedCredentialsServiceTest {

  private static final String REPORTER = "192.0.2.7";

  private final InMemoryApplication app = new InMemoryApplication();
  private final AccountId alice = app.account("alice@example.com", "correct horse battery").id();
  private final AccountId bob = app.account("bob@example.com", "correct horse battery").id();

  @Test
  void revokesEveryLiveTokenReportedOfAnyAccountAsLeaked() {
    CreatedPersonalToken alices = app.token(alice, "alice's");
    CreatedPersonalToken bobs = app.token(bob, "bob's");
    CreatedPersonalToken kept = app.token(alice, "kept");

    int revoked = report(List.of(alices.secret().reveal(), bobs.secret().reveal()));

    assertThat(revoked).isEqualTo(2);
    for (CreatedPersonalToken leaked : List.of(alices, bobs)) {
      assertThat(app.tokens().findById(leaked.token().id()).orElseThrow().revocation())
          .isEqualTo(Revocation.LEAKED);
      assertFails(
          () -> app.authenticate().authenticate(leaked.secret().reveal()),
          AuthenticationException.class,
          "auth.token.revoked");
    }
    assertThat(app.authenticate().authenticate(kept.secret().reveal()).account()).isEqualTo(alice);
  }

  @Test
  void endsAReportedSession() {
    IssuedSession session =
        app.signIn()
            .signIn(new Email("alice@example.com"), Password.presented("correct horse battery"));

    report(List.of(session.secret().reveal()));

    assertFails(
        () -> app.authenticate().authenticate(session.secret().reveal()),
        AuthenticationException.class,
        "auth.token.invalid");
  }

  @Test
  void countsEverythingReceivedAndIgnoresWhatIsNoToken() {
    CreatedPersonalToken live = app.token(alice, "live");
    CreatedPersonalToken dead = app.token(alice, "dead");
    app.revokeToken().revoke(alice, dead.token().id());

    LeakReport received =
        receive(List.of(live.secret().reveal(), dead.secret().reveal(), "hello", "", "ptk_x"));

    assertThat(received.received()).isEqualTo(5);
    assertThat(received.personalTokens())
        .containsExactly(live.token().digest(), dead.token().digest());
    assertThat(received.toString()).doesNotContain(live.secret().reveal());
    assertThat(app.useCases().revokeLeakedCredentials().revokeLeaked(received)).isEqualTo(1);
  }

  @Test
  void receivingRevokesNothingYet() {
    CreatedPersonalToken live = app.token(alice, "live");

    receive(List.of(live.secret().reveal()));

    assertThat(app.authenticate().authenticate(live.secret().reveal()).account()).isEqualTo(alice);
  }

  @Test
  void anEmptyOrOversizedReportIsRefused() {
    List<String> tooMany =
        new ArrayList<>(
            Collections.nCopies(ReportLeakedCredentialsUseCase.MAX_CREDENTIALS + 1, "ptk_x"));

    InvalidValues.assertRejected(() -> receive(List.of()), "credentials.required", "credentials");
    InvalidValues.assertRejected(() -> receive(null), "credentials.required", "credentials");
    InvalidValues.assertRejected(() -> receive(tooMany), "credentials.too_many", "credentials");
    assertThat(
            receive(tooMany.subList(0, ReportLeakedCredentialsUseCase.MAX_CREDENTIALS)).received())
        .isEqualTo(ReportLeakedCredentialsUseCase.MAX_CREDENTIALS);
  }

  @Test
  void sixtyReportsAnHourFromOneAddressThenThrottledUntilTheHourEnds() {
    for (int i = 0; i < ReportLeakedCredentialsUseCase.MAX_REPORTS_PER_HOUR; i++) {
      receive(List.of("ptk_x"));
      app.clock().advance(Duration.ofSeconds(10));
    }

    assertThat(fromAnotherAddress().received()).as("another address").isEqualTo(1);
    assertFails(() -> receive(List.of("ptk_x")), ThrottledException.class, "report.throttled");
    try {
      receive(List.of("ptk_x"));
    } catch (ThrottledException e) {
      assertThat(e.retryAfterSeconds()).isEqualTo(Duration.ofMinutes(50).toSeconds());
    }
    app.clock().advance(Duration.ofMinutes(50));
    assertThat(receive(List.of("ptk_x")).received()).isEqualTo(1);
  }

  private LeakReport receive(List<String> credentials) {
    app.origins().set(new Origin(REPORTER, "a secret scanner"));
    return app.useCases().reportLeakedCredentials().receive(credentials);
  }

  private LeakReport fromAnotherAddress() {
    app.origins().set(new Origin("198.51.100.1", null));
    return app.useCases().reportLeakedCredentials().receive(List.of("ptk_x"));
  }

  private int report(List<String> credentials) {
    return app.useCases().revokeLeakedCredentials().revokeLeaked(receive(credentials));
  }
}
