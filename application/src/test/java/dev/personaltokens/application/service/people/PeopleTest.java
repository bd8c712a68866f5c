package dev.personaltokens.application.service.people;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.UseCases;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.RoleInsufficientException;
import dev.personaltokens.application.port.in.people.Deactivation;
import dev.personaltokens.application.port.in.people.IssuedPasswordLink;
import dev.personaltokens.application.port.in.session.IssuedSession;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountStatus;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.account.Role;
import dev.personaltokens.domain.audit.AuditActor;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Roles, the people an admin manages, offboarding and one-time password links, on the fakes. */
class PeopleTest {

  private static final String PASSWORD = "correct horse battery";

  private final InMemoryApplication app = new InMemoryApplication();
  private final UseCases use = app.useCases();
  private final Account root = app.account("root@example.com", PASSWORD);
  private final Account bob = app.account("bob@example.com", PASSWORD);
  private final Actor admin = Actor.of(root.id());
  private final Actor member = Actor.of(bob.id());

  @Test
  void theFirstAccountIsAnAdminAndTheNextOnesMembers() {
    assertThat(root.role()).isEqualTo(Role.ADMIN);
    assertThat(bob.role()).isEqualTo(Role.MEMBER);
  }

  @Test
  void aMemberMayDoNoneOfIt() {
    List<Runnable> calls =
        List.of(
            () -> use.listPeople().list(member, "", Optional.empty(), new PageRequest(1, 10)),
            () -> use.addPerson().add(member, new Email("eve@example.com"), Role.ADMIN),
            () -> use.deactivateAccount().deactivate(member, root.id()),
            () -> use.reactivateAccount().reactivate(member, bob.id()),
            () -> use.changeRole().change(member, bob.id(), Role.ADMIN),
            () -> use.sendPasswordLink().send(member, root.id()));
    for (Runnable call : calls) {
      assertFails(call::run, RoleInsufficientException.class, "auth.role.insufficient");
    }
    assertThat(app.accounts().findById(bob.id()).orElseThrow().role()).isEqualTo(Role.MEMBER);
    assertThat(app.accounts().findByEmail(new Email("eve@example.com"))).isEmpty();
  }

  @Test
  void aPersonAddedSetsTheirOwnPasswordThroughTheLinkOnce() {
    app.mailer().setEnabled(false);

    IssuedPasswordLink link =
        use.addPerson().add(admin, new Email("dana@example.com"), Role.MEMBER);

    assertThat(link.mailed()).isFalse();
    assertThat(link.url()).matches("http://localhost:8080/#/password/ptl_[0-9A-Za-z]{38}");
    assertThat(link.expires()).isEqualTo(app.clock().now().plus(Duration.ofHours(72)));
    assertThat(link.account().role()).isEqualTo(Role.MEMBER);
    assertThat(link.account().hasPassword()).isFalse();
    assertFails(
        () -> signIn("dana@example.com", "anything at all here"),
        AuthenticationException.class,
        "auth.credentials.invalid");

    use.setPassword().set(secretOf(link), Password.newPassword("dana's own passphrase"));

    assertThat(signIn("dana@example.com", "dana's own passphrase").session().account())
        .isEqualTo(link.account().id());
    assertFails(
        () -> use.setPassword().set(secretOf(link), Password.newPassword("a second passphrase")),
        DomainException.class,
        "password.link.invalid");
    assertThat(types(link.account()))
        .containsExactly(
            AuditEventType.ACCOUNT_CREATED,
            AuditEventType.SESSION_FAILED,
            AuditEventType.PASSWORD_SET,
            AuditEventType.SESSION_CREATED);
    assertThat(app.auditTrail().all().stream().map(AuditEvent::actor))
        .contains(AuditActor.admin(root));
  }

  @Test
  void theLinkIsMailedWhenMailIsOnAndANewerLinkVoidsTheOlder() {
    IssuedPasswordLink first = use.sendPasswordLink().send(admin, bob.id());
    IssuedPasswordLink second = use.sendPasswordLink().send(admin, bob.id());

    assertThat(first.mailed()).isTrue();
    assertThat(app.mailer().sent()).hasSize(2);
    assertThat(app.mailer().sent().get(1).body()).contains(second.url());
    assertFails(
        () -> use.setPassword().set(secretOf(first), Password.newPassword("from the old link")),
        DomainException.class,
        "password.link.invalid");
    use.setPassword().set(secretOf(second), Password.newPassword("from the new link"));
    assertThat(signIn("bob@example.com", "from the new link").session().account())
        .isEqualTo(bob.id());
  }

  @Test
  void aLinkOlderThan72HoursOrMadeUpDoesNotWork() {
    IssuedPasswordLink link = use.sendPasswordLink().send(admin, bob.id());
    app.clock().advance(Duration.ofHours(72));

    for (String secret : List.of(secretOf(link), "ptl_nonsense", "", "ptk_" + "x".repeat(38))) {
      assertFails(
          () -> use.setPassword().set(secret, Password.newPassword("too late for this one")),
          DomainException.class,
          "password.link.invalid");
    }
    assertThat(signIn("bob@example.com", PASSWORD).session().account()).isEqualTo(bob.id());
  }

  @Test
  void deactivationEndsEveryTokenAndSessionAndRefusesSignInToTheOwnerOnly() {
    CreatedPersonalToken token = app.token(bob.id(), "deploy");
    IssuedSession session = signIn("bob@example.com", PASSWORD);

    Deactivation done = use.deactivateAccount().deactivate(admin, bob.id());

    assertThat(done.tokensRevoked()).isEqualTo(1);
    assertThat(done.sessionsEnded()).isEqualTo(1);
    assertThat(done.account().status()).isEqualTo(AccountStatus.DEACTIVATED);
    for (String secret : List.of(token.secret().reveal(), session.secret().reveal())) {
      assertThat(refusal(secret)).isIn("auth.token.revoked", "auth.token.invalid");
    }
    assertFails(
        () -> signIn("bob@example.com", PASSWORD),
        AuthenticationException.class,
        "auth.account.deactivated");
    assertFails(
        () -> signIn("bob@example.com", "a wrong password!"),
        AuthenticationException.class,
        "auth.credentials.invalid");
    AuditEvent event =
        app.auditTrail().all().stream()
            .filter(found -> found.type() == AuditEventType.ACCOUNT_DEACTIVATED)
            .findFirst()
            .orElseThrow();
    assertThat(event.account()).isEqualTo(bob.id());
    assertThat(event.actor()).isEqualTo(AuditActor.admin(root));
    assertThat(event.detail())
        .isEqualTo("by admin root@example.com; 1 personal token revoked, 1 session ended");
  }

  /**
   * What passed authentication before the deactivation can't make a token after it: creating (and
   * rotating) holds the owner's row and finds it deactivated.
   */
  @Test
  void noTokenIsMadeOrRotatedForADeactivatedAccount() {
    use.deactivateAccount().deactivate(admin, bob.id());

    assertFails(
        () -> app.token(bob.id(), "after"),
        AuthenticationException.class,
        "auth.account.deactivated");
  }

  @Test
  void reactivationLetsTheAccountSignInAndGivesNoTokenBack() {
    CreatedPersonalToken token = app.token(bob.id(), "deploy");
    use.deactivateAccount().deactivate(admin, bob.id());

    Account again = use.reactivateAccount().reactivate(admin, bob.id());

    assertThat(again.isActive()).isTrue();
    assertThat(signIn("bob@example.com", PASSWORD).session().account()).isEqualTo(bob.id());
    assertThat(refusal(token.secret().reveal())).isEqualTo("auth.token.revoked");
  }

  @Test
  void thereIsAlwaysAnActiveAdminAndNoAdminEndsTheirOwnAccount() {
    assertFails(
        () -> use.changeRole().change(admin, root.id(), Role.MEMBER),
        DomainException.class,
        "account.last_admin");
    assertFails(
        () -> use.deactivateAccount().deactivate(admin, root.id()),
        DomainException.class,
        "account.own");

    use.changeRole().change(admin, bob.id(), Role.ADMIN);
    use.changeRole().change(Actor.of(bob.id()), root.id(), Role.MEMBER);

    assertThat(app.accounts().findById(root.id()).orElseThrow().role()).isEqualTo(Role.MEMBER);
    assertFails(
        () -> use.listPeople().list(admin, "", Optional.empty(), new PageRequest(1, 10)),
        RoleInsufficientException.class,
        "auth.role.insufficient");
    assertFails(
        () -> use.changeRole().change(Actor.of(bob.id()), bob.id(), Role.MEMBER),
        DomainException.class,
        "account.last_admin");
  }

  @Test
  void aDeactivatedAdminIsNoAdmin() {
    use.changeRole().change(admin, bob.id(), Role.ADMIN);
    use.deactivateAccount().deactivate(admin, bob.id());

    assertFails(
        () -> use.reactivateAccount().reactivate(Actor.of(bob.id()), bob.id()),
        RoleInsufficientException.class,
        "auth.role.insufficient");
    assertFails(
        () -> use.changeRole().change(admin, root.id(), Role.MEMBER),
        DomainException.class,
        "account.last_admin");
  }

  @Test
  void theListFindsPeopleByEmailAndStatusAndCountsTheirLiveTokens() {
    app.token(bob.id(), "one");
    app.token(bob.id(), "two");
    app.token(bob.id(), "gone-soon", Duration.ofDays(1));
    app.clock().advance(Duration.ofDays(2));

    var found = use.listPeople().list(admin, "BOB", Optional.empty(), new PageRequest(1, 10));
    var deactivated =
        use.listPeople()
            .list(admin, "", Optional.of(AccountStatus.DEACTIVATED), new PageRequest(1, 10));

    assertThat(found.items()).hasSize(1);
    assertThat(found.items().get(0).account().email().value()).isEqualTo("bob@example.com");
    assertThat(found.items().get(0).liveTokens()).isEqualTo(2);
    assertThat(deactivated.items()).isEmpty();
  }

  private IssuedSession signIn(String email, String password) {
    return app.signIn().signIn(new Email(email), Password.presented(password));
  }

  private String refusal(String secret) {
    try {
      app.authenticate().authenticate(secret);
      return "accepted";
    } catch (AuthenticationException refused) {
      return refused.code();
    }
  }

  private static String secretOf(IssuedPasswordLink link) {
    return link.url().substring(link.url().lastIndexOf('/') + 1);
  }

  private List<AuditEventType> types(Account account) {
    return app.auditTrail().all().stream()
        .filter(event -> event.account().equals(account.id()))
        .map(AuditEvent::type)
        .toList();
  }
}
