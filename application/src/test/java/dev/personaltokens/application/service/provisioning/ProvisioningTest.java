package dev.personaltokens.application.service.provisioning;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.UseCases;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.RoleInsufficientException;
import dev.personaltokens.application.port.in.account.EmailTakenException;
import dev.personaltokens.application.port.in.people.Deactivation;
import dev.personaltokens.application.port.in.provisioning.CreatedScimToken;
import dev.personaltokens.application.port.in.provisioning.ScimTokenNotFoundException;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountStatus;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.account.Role;
import dev.personaltokens.domain.audit.AuditActor;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.client.ServiceName;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** SCIM tokens, and what an identity provider does to people with one, on the fakes. */
class ProvisioningTest {

  private static final String PASSWORD = "correct horse battery";

  private final InMemoryApplication app = new InMemoryApplication();
  private final UseCases use = app.useCases();
  private final Account root = app.account("root@example.com", PASSWORD);
  private final Account bob = app.account("bob@example.com", PASSWORD);
  private final CreatedScimToken okta =
      use.createScimToken().create(InMemoryApplication.OPERATOR, new ServiceName("okta"));
  private final Actor provisioner =
      use.authenticateProvisioner().authenticate(okta.secret().reveal());

  @Test
  void aScimTokenIsShownOnceKeptAsADigestAndNamesItsProvisioner() {
    assertThat(okta.secret().reveal()).startsWith("ptp_").hasSize(42);
    assertThat(app.scimTokens().all()).containsExactly(okta.token());
    assertThat(okta.token().toString()).doesNotContain(okta.secret().reveal());
    assertThat(provisioner).isEqualTo(Actor.provisioner("okta"));
    assertThat(use.listScimTokens().list(InMemoryApplication.OPERATOR))
        .containsExactly(okta.token());
  }

  @Test
  void onlyAScimTokenOpensScimAndAScimTokenOpensNothingElse() {
    CreatedPersonalToken personal = app.token(bob.id(), "deploy");
    String session =
        app.signIn().signIn(bob.email(), Password.presented(PASSWORD)).secret().reveal();

    for (String other : List.of(personal.secret().reveal(), session, "ptp_nonsense", "")) {
      assertFails(
          () -> use.authenticateProvisioner().authenticate(other),
          AuthenticationException.class,
          "auth.token.invalid");
    }
    assertFails(
        () -> app.authenticate().authenticate(okta.secret().reveal()),
        AuthenticationException.class,
        "auth.token.invalid");
  }

  @Test
  void aRevokedScimTokenIsRefusedAtItsNextCall() {
    use.revokeScimToken().revoke(InMemoryApplication.OPERATOR, okta.token().id());

    assertFails(
        () -> use.authenticateProvisioner().authenticate(okta.secret().reveal()),
        AuthenticationException.class,
        "auth.token.invalid");
    assertFails(
        () -> use.revokeScimToken().revoke(InMemoryApplication.OPERATOR, okta.token().id()),
        ScimTokenNotFoundException.class,
        "scim_token.not_found");
  }

  @Test
  void aProvisionedPersonHasNoPasswordAndTheLogSaysScim() {
    Account dana = use.provisionPerson().provision(provisioner, new Email("Dana@Example.com"));

    assertThat(dana.email().value()).isEqualTo("dana@example.com");
    assertThat(dana.role()).isEqualTo(Role.MEMBER);
    assertThat(dana.hasPassword()).isFalse();
    assertThat(app.passwordLinks().all()).isEmpty();
    assertThat(app.mailer().sent()).isEmpty();
    AuditEvent created = only(dana, AuditEventType.ACCOUNT_CREATED);
    assertThat(created.actor()).isEqualTo(AuditActor.operator("SCIM (okta)"));
    assertThat(created.detail()).isEqualTo("as member by operator SCIM (okta)");
    assertFails(
        () -> use.provisionPerson().provision(provisioner, new Email("bob@example.com")),
        EmailTakenException.class,
        "account.email.taken");
  }

  @Test
  void aProvisionerFindsPeopleByExactEmailAndById() {
    assertThat(use.findPerson().find(provisioner, new Email("BOB@example.com"))).contains(bob);
    assertThat(use.findPerson().find(provisioner, new Email("ob@example.com"))).isEmpty();
    assertThat(use.getPerson().get(provisioner, bob.id())).isEqualTo(bob);
  }

  @Test
  void theEmailChangesUnlessAnotherAccountHasIt() {
    Account renamed =
        use.changeEmail().change(provisioner, bob.id(), new Email("robert@example.com"));

    assertThat(renamed.email().value()).isEqualTo("robert@example.com");
    assertThat(only(bob, AuditEventType.ACCOUNT_EMAIL_CHANGED).detail())
        .isEqualTo("bob@example.com to robert@example.com by operator SCIM (okta)");
    assertFails(
        () -> use.changeEmail().change(provisioner, bob.id(), root.email()),
        EmailTakenException.class,
        "account.email.taken");
    assertThat(use.changeEmail().change(provisioner, bob.id(), new Email("robert@example.com")))
        .isEqualTo(renamed);
  }

  @Test
  void deactivationThroughScimEndsEverythingAndTheLogsSayScim() {
    CreatedPersonalToken token = app.token(bob.id(), "deploy");

    Deactivation done = use.deactivateAccount().deactivate(provisioner, bob.id());

    assertThat(done.tokensRevoked()).isEqualTo(1);
    assertThat(done.account().status()).isEqualTo(AccountStatus.DEACTIVATED);
    assertFails(
        () -> app.authenticate().authenticate(token.secret().reveal()),
        AuthenticationException.class,
        "auth.token.revoked");
    assertThat(only(bob, AuditEventType.ACCOUNT_DEACTIVATED).detail())
        .startsWith("by operator SCIM (okta); 1 personal token revoked");
    assertThat(use.reactivateAccount().reactivate(provisioner, bob.id()).isActive()).isTrue();
  }

  @Test
  void aMemberMayNotProvision() {
    Actor member = Actor.of(bob.id());

    assertFails(
        () -> use.provisionPerson().provision(member, new Email("eve@example.com")),
        RoleInsufficientException.class,
        "auth.role.insufficient");
    assertFails(
        () -> use.changeEmail().change(member, root.id(), new Email("eve@example.com")),
        RoleInsufficientException.class,
        "auth.role.insufficient");
    assertFails(
        () -> use.revokeScimToken().revoke(InMemoryApplication.OPERATOR, UUID.randomUUID()),
        ScimTokenNotFoundException.class,
        "scim_token.not_found");
  }

  private AuditEvent only(Account account, AuditEventType type) {
    return app.auditTrail().all().stream()
        .filter(event -> event.account().equals(account.id()) && event.type() == type)
        .reduce(
            (one, two) -> {
              throw new AssertionError("two " + type);
            })
        .orElseThrow();
  }
}
