package dev.personaltokens.application.service;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.session.IssuedSession;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.audit.AuditActor;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.audit.Origin;
import dev.personaltokens.domain.audit.TokenReference;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every use case that changes a credential writes the owner's security log, and nothing else. */
class SecurityLogTest {

  static final String PASSWORD = "correct horse battery";
  static final Origin LAPTOP = new Origin("198.51.100.7", "Mozilla/5.0 (X11; Linux)");

  private final InMemoryApplication app = new InMemoryApplication();
  private final Account alice = app.account("alice@example.com", PASSWORD);
  private final Account bob = app.account("bob@example.com", PASSWORD);

  SecurityLogTest() {
    app.origins().set(LAPTOP);
  }

  @Test
  void signingInAndOutIsLoggedWithWhereFrom() {
    IssuedSession session = signIn(PASSWORD);
    app.signOut().signOut(Actor.of(alice.id()), session.secret());

    assertThat(log(alice))
        .extracting(AuditEvent::type, AuditEvent::origin, AuditEvent::token)
        .containsExactly(
            tuple(AuditEventType.SESSION_ENDED, LAPTOP, null),
            tuple(AuditEventType.SESSION_CREATED, LAPTOP, null));
  }

  @Test
  void aWrongPasswordIsLoggedForItsAccountAndAnUnknownEmailNowhere() {
    assertFails(
        () -> app.signIn().signIn(alice.email(), Password.presented("not the password")),
        AuthenticationException.class,
        "auth.credentials.invalid");
    assertFails(
        () -> app.signIn().signIn(new Email("nobody@example.com"), Password.presented(PASSWORD)),
        AuthenticationException.class,
        "auth.credentials.invalid");

    assertThat(log(alice))
        .extracting(AuditEvent::type)
        .containsExactly(AuditEventType.SESSION_FAILED);
    assertThat(app.auditTrail().all())
        .filteredOn(event -> event.type() != AuditEventType.ACCOUNT_CREATED)
        .hasSize(1);
  }

  @Test
  void anAccountTheOperatorOpensNamesTheOperatorInItsLog() {
    AuditEvent opened =
        app.useCases()
            .listAuditEvents()
            .list(alice.id(), Optional.empty(), new PageRequest(1, 100))
            .items()
            .get(0);

    assertThat(opened.type()).isEqualTo(AuditEventType.ACCOUNT_CREATED);
    assertThat(opened.actor()).isEqualTo(AuditActor.operator("test-operator"));
    assertThat(opened.detail()).isEqualTo("as admin by operator test-operator"); // the first
  }

  @Test
  void everyTokenChangeIsLoggedWithTheTokensNameAndHint() {
    CreatedPersonalToken deploy = app.token(alice.id(), "deploy");
    CreatedPersonalToken other = app.token(alice.id(), "other");
    app.revokeToken().revoke(alice.id(), other.token().id());
    CreatedPersonalToken rotated =
        app.useCases()
            .rotatePersonalToken()
            .rotate(alice.id(), deploy.token().id(), Optional.empty(), Optional.empty())
            .successor();
    app.useCases()
        .rotatePersonalToken()
        .rotate(alice.id(), deploy.token().id(), Optional.empty(), Optional.empty());
    app.token(alice.id(), "third");
    app.useCases().revokeAllPersonalTokens().revokeAll(alice.id(), "delete");

    assertThat(log(alice))
        .extracting(
            AuditEvent::type, event -> event.token() == null ? null : event.token().name().value())
        .containsExactly(
            tuple(AuditEventType.TOKEN_REVOKED_ALL, null),
            tuple(AuditEventType.TOKEN_CREATED, "third"),
            tuple(AuditEventType.TOKEN_REUSE_DETECTED, "deploy"),
            tuple(AuditEventType.TOKEN_ROTATED, "deploy"),
            tuple(AuditEventType.TOKEN_REVOKED, "other"),
            tuple(AuditEventType.TOKEN_CREATED, "other"),
            tuple(AuditEventType.TOKEN_CREATED, "deploy"));
    AuditEvent rotation = log(alice).get(3);
    assertThat(rotation.token()).isEqualTo(TokenReference.of(deploy.token()));
    assertThat(rotation.detail()).isEqualTo("replaced by " + rotated.token().id());
    assertThat(log(alice).get(0).detail()).isEqualTo("1 personal token revoked");
    assertThat(log(alice).get(2).detail()).contains("1 live token(s) of its family revoked");
    assertThat(log(bob)).isEmpty();
  }

  @Test
  void aLeakIsLoggedForTheOwnerFromTheReportersAddress() {
    CreatedPersonalToken leaked = app.token(alice.id(), "leaked");
    Origin scanner = new Origin("203.0.113.5", "secret-scanner/1.0");
    app.origins().set(scanner);

    app.useCases()
        .revokeLeakedCredentials()
        .revokeLeaked(
            app.useCases().reportLeakedCredentials().receive(List.of(leaked.secret().reveal())));

    AuditEvent event = log(alice).get(0);
    assertThat(event.type()).isEqualTo(AuditEventType.TOKEN_REVOKED_LEAKED);
    assertThat(event.origin()).isEqualTo(scanner);
    assertThat(event.token().id()).isEqualTo(leaked.token().id());
  }

  @Test
  void aPasswordResetIsLoggedNamingTheOperatorWhoDidIt() {
    signIn(PASSWORD);

    app.resetPassword()
        .resetPassword(
            InMemoryApplication.OPERATOR,
            alice.email(),
            Password.newPassword("a new long password"));

    assertThat(log(alice).get(0).type()).isEqualTo(AuditEventType.PASSWORD_RESET);
    assertThat(log(alice).get(0).detail())
        .isEqualTo("by operator test-operator; 1 session(s) ended");
  }

  @Test
  void theLogHoldsNoSecretAndNoDigest() {
    CreatedPersonalToken token = app.token(alice.id(), "deploy");
    IssuedSession session = signIn(PASSWORD);
    signIn("wrong password!");
    app.useCases()
        .rotatePersonalToken()
        .rotate(alice.id(), token.token().id(), Optional.empty(), Optional.empty());

    String everything = app.auditTrail().all().toString();
    assertThat(everything)
        .doesNotContain(token.secret().reveal())
        .doesNotContain(token.token().digest().hex())
        .doesNotContain(session.secret().reveal())
        .doesNotContain(PASSWORD)
        .doesNotContain("wrong password!");
  }

  @Test
  void theListShowsOnlyTheOwnersEventsOfTheTypeAsked() {
    signIn(PASSWORD);
    signIn("wrong password!");
    app.token(alice.id(), "deploy");
    app.useCases().createPersonalToken();
    app.token(bob.id(), "bob's");

    var failed =
        app.useCases()
            .listAuditEvents()
            .list(alice.id(), Optional.of(AuditEventType.SESSION_FAILED), new PageRequest(1, 10));
    var all =
        app.useCases().listAuditEvents().list(alice.id(), Optional.empty(), new PageRequest(1, 10));

    assertThat(failed.items())
        .extracting(AuditEvent::type)
        .containsExactly(AuditEventType.SESSION_FAILED);
    assertThat(all.total()).as("the opening, a failure, a sign-in").isEqualTo(3 + 1);
    assertThat(all.items()).allMatch(event -> event.account().equals(alice.id()));
  }

  private IssuedSession signIn(String password) {
    try {
      return app.signIn().signIn(alice.email(), Password.presented(password));
    } catch (AuthenticationException e) {
      if (password.equals(PASSWORD)) {
        throw e;
      }
      return null;
    }
  }

  /** The account's log since it was opened (its opening has a test of its own). */
  private List<AuditEvent> log(Account account) {
    return app
        .useCases()
        .listAuditEvents()
        .list(account.id(), Optional.empty(), new PageRequest(1, 100))
        .items()
        .stream()
        .filter(event -> event.type() != AuditEventType.ACCOUNT_CREATED)
        .toList();
  }
}
