package dev.personaltokens.application.service.session;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.fakes.FakeIdentityProvider;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.people.DeactivateAccountUseCase;
import dev.personaltokens.application.port.in.session.IssuedSession;
import dev.personaltokens.application.port.in.session.ProviderCallback;
import dev.personaltokens.application.port.in.session.ProviderRedirect;
import dev.personaltokens.application.port.in.session.ProviderSignInException;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.account.Role;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.sso.ProviderIdentity;
import dev.personaltokens.domain.sso.SingleSignOn;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FinishProviderSignInServiceTest {

  private static final String ADMINS = "ptk-admins";

  private final FakeIdentityProvider provider = new FakeIdentityProvider();
  private final InMemoryApplication app =
      new InMemoryApplication(
          provider,
          new SingleSignOn(
              true, Optional.of("Test IdP"), Optional.of(ADMINS), Duration.ofHours(12)));
  // The first account of a server is its admin: the people below come after.
  private final Account operatorsAdmin = app.account("first@example.com", "first admin password");

  @Test
  void theFirstSignInMakesAMemberWithNoPasswordKeyedBySubject() {
    IssuedSession issued = signIn(ada("sub-ada", true));

    Account account = app.accounts().findBySubject("sub-ada").orElseThrow();
    assertThat(issued.session().account()).isEqualTo(account.id());
    assertThat(account.email()).isEqualTo(new Email("ada@example.com"));
    assertThat(account.role()).isEqualTo(Role.MEMBER);
    assertThat(account.hasPassword()).isFalse();
    assertThat(eventsOf(account))
        .extracting(AuditEvent::type, AuditEvent::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AuditEventType.ACCOUNT_CREATED, "by Test IdP"),
            org.assertj.core.groups.Tuple.tuple(
                AuditEventType.SESSION_CREATED, "through Test IdP"));
  }

  @Test
  void laterSignInsFindTheAccountBySubjectWhateverTheEmailSays() {
    IssuedSession first = signIn(ada("sub-ada", true));

    IssuedSession again =
        signIn(new ProviderIdentity("sub-ada", new Email("ada@new.example.com"), true, Set.of()));

    assertThat(again.session().account()).isEqualTo(first.session().account());
    assertThat(app.accounts().findByEmail(new Email("ada@new.example.com"))).isEmpty();
  }

  @Test
  void aLocalAccountIsLinkedByItsVerifiedEmail() {
    Account local = app.account("ada@example.com", "ada's own password");

    IssuedSession issued = signIn(ada("sub-ada", true));

    assertThat(issued.session().account()).isEqualTo(local.id());
    assertThat(app.accounts().subjectOf(local.id())).contains("sub-ada");
    assertThat(eventsOf(local))
        .extracting(AuditEvent::type)
        .contains(AuditEventType.ACCOUNT_LINKED);
  }

  @Test
  void anUnverifiedEmailNeitherLinksNorMakesAnAccount() {
    Account local = app.account("ada@example.com", "ada's own password");

    assertFails(
        () -> signIn(ada("sub-ada", false)),
        ProviderSignInException.class,
        "oidc.email_unverified");
    assertFails(
        () ->
            signIn(new ProviderIdentity("sub-bob", new Email("bob@example.com"), false, Set.of())),
        ProviderSignInException.class,
        "oidc.email_unverified");

    assertThat(app.accounts().subjectOf(local.id())).isEmpty();
    assertThat(app.accounts().findByEmail(new Email("bob@example.com"))).isEmpty();
    assertThat(app.sessions().all()).isEmpty();
  }

  @Test
  void anEmailLinkedToAnotherSubjectIsNotTakenOver() {
    signIn(ada("sub-ada", true));

    assertFails(
        () -> signIn(ada("sub-impostor", true)), ProviderSignInException.class, "oidc.email_taken");
  }

  @Test
  void theAdminGroupGivesTheRoleAndLeavingItTakesItAtTheNextSignIn() {
    Account account = account(signIn(adaIn(ADMINS)));
    assertThat(account.role()).isEqualTo(Role.ADMIN);

    Account after = account(signIn(adaIn("staff")));

    assertThat(after.role()).isEqualTo(Role.MEMBER);
    assertThat(eventsOf(account))
        .filteredOn(event -> event.type() == AuditEventType.ACCOUNT_ROLE_CHANGED)
        .extracting(AuditEvent::detail)
        .containsExactly("member to admin by Test IdP", "admin to member by Test IdP");
  }

  @Test
  void theLastActiveAdminKeepsTheRole() {
    app.accounts().changeRole(operatorsAdmin.id(), Role.MEMBER);
    Account account = account(signIn(adaIn(ADMINS)));

    assertThat(account(signIn(adaIn("staff"))).role()).isEqualTo(Role.ADMIN);
    assertThat(account.id()).isNotEqualTo(operatorsAdmin.id());
  }

  @Test
  void aSessionLastsNoLongerThanTheProvidersMaximum() {
    IssuedSession issued = signIn(ada("sub-ada", true));

    assertThat(issued.session().expiresAt())
        .isEqualTo(app.clock().now().plus(Duration.ofHours(12)));
  }

  @Test
  void aDeactivatedAccountDoesNotSignIn() {
    Account account = account(signIn(ada("sub-ada", true)));
    DeactivateAccountUseCase deactivate = app.useCases().deactivateAccount();
    deactivate.deactivate(InMemoryApplication.OPERATOR, account.id());

    assertFails(
        () -> signIn(ada("sub-ada", true)),
        AuthenticationException.class,
        "auth.account.deactivated");
  }

  @Test
  void theCallbackMustComeBackToTheBrowserThatLeft() {
    ProviderRedirect redirect = app.useCases().startProviderSignIn().start();
    String code = provider.signIn(provider.requestOf(redirect.state()), ada("sub-ada", true));

    assertFails(
        () -> finish(new ProviderCallback(redirect.state(), "state-of-another", code, null)),
        ProviderSignInException.class,
        "oidc.state");
    assertFails(
        () -> finish(new ProviderCallback(redirect.state(), null, code, null)),
        ProviderSignInException.class,
        "oidc.state");
  }

  @Test
  void aStateServesOneCallback() {
    ProviderRedirect redirect = app.useCases().startProviderSignIn().start();
    String code = provider.signIn(provider.requestOf(redirect.state()), ada("sub-ada", true));
    finish(new ProviderCallback(redirect.state(), redirect.state(), code, null));

    assertFails(
        () -> finish(new ProviderCallback(redirect.state(), redirect.state(), code, null)),
        ProviderSignInException.class,
        "oidc.state");
  }

  @Test
  void aStateIsForgottenAfterTenMinutes() {
    ProviderRedirect redirect = app.useCases().startProviderSignIn().start();
    String code = provider.signIn(provider.requestOf(redirect.state()), ada("sub-ada", true));
    app.clock().advance(Duration.ofMinutes(10).plusSeconds(1));

    assertFails(
        () -> finish(new ProviderCallback(redirect.state(), redirect.state(), code, null)),
        ProviderSignInException.class,
        "oidc.state");
  }

  @Test
  void aStateIsNeverUsableForAnUnknownOne() {
    assertFails(
        () -> finish(new ProviderCallback("state-9", "state-9", "code-0", null)),
        ProviderSignInException.class,
        "oidc.state");
  }

  @Test
  void theProvidersRefusalIsSaidAndUsesTheState() {
    ProviderRedirect redirect = app.useCases().startProviderSignIn().start();

    assertFails(
        () ->
            finish(new ProviderCallback(redirect.state(), redirect.state(), null, "access_denied")),
        ProviderSignInException.class,
        "oidc.denied");
    assertFails(
        () -> finish(new ProviderCallback(redirect.state(), redirect.state(), "code-0", null)),
        ProviderSignInException.class,
        "oidc.state");
  }

  @Test
  void aTokenTheProviderAdapterRefusedOpensNoSession() {
    ProviderRedirect redirect = app.useCases().startProviderSignIn().start();
    String code = provider.signIn(provider.requestOf(redirect.state()), ada("sub-ada", true));
    provider.failNext(ProviderSignInException.token("the audience is not this client"));

    assertFails(
        () -> finish(new ProviderCallback(redirect.state(), redirect.state(), code, null)),
        ProviderSignInException.class,
        "oidc.token");
    assertThat(app.sessions().all()).isEmpty();
    assertThat(app.accounts().findBySubject("sub-ada")).isEmpty();
  }

  @Test
  void withoutAProviderNothingSignsIn() {
    InMemoryApplication plain = new InMemoryApplication();

    assertFails(
        () -> plain.useCases().startProviderSignIn().start(),
        ProviderSignInException.class,
        "oidc.off");
    assertFails(
        () ->
            plain
                .useCases()
                .finishProviderSignIn()
                .finish(new ProviderCallback("s", "s", "c", null)),
        ProviderSignInException.class,
        "oidc.off");
  }

  @Test
  void passwordSignInOffRefusesEveryPassword() {
    InMemoryApplication providerOnly =
        new InMemoryApplication(
            provider,
            new SingleSignOn(
                false, Optional.of("Test IdP"), Optional.empty(), Duration.ofHours(12)));
    providerOnly.account("first@example.com", "first admin password");

    assertFails(
        () ->
            providerOnly
                .signIn()
                .signIn(new Email("first@example.com"), Password.presented("first admin password")),
        AuthenticationException.class,
        "auth.password.off");
    assertThat(providerOnly.auditTrail().all())
        .noneMatch(event -> event.type() == AuditEventType.SESSION_FAILED);
  }

  private static ProviderIdentity ada(String subject, boolean verified) {
    return new ProviderIdentity(subject, new Email("ada@example.com"), verified, Set.of());
  }

  private static ProviderIdentity adaIn(String group) {
    return new ProviderIdentity("sub-ada", new Email("ada@example.com"), true, Set.of(group));
  }

  private IssuedSession signIn(ProviderIdentity identity) {
    ProviderRedirect redirect = app.useCases().startProviderSignIn().start();
    assertThat(redirect.location().toString()).endsWith("state=" + redirect.state());
    String code = provider.signIn(provider.requestOf(redirect.state()), identity);
    return finish(new ProviderCallback(redirect.state(), redirect.state(), code, null));
  }

  private IssuedSession finish(ProviderCallback callback) {
    return app.useCases().finishProviderSignIn().finish(callback);
  }

  private Account account(IssuedSession issued) {
    return app.accounts().findById(issued.session().account()).orElseThrow();
  }

  private java.util.List<AuditEvent> eventsOf(Account account) {
    return app.auditTrail().all().stream()
        .filter(event -> event.account().equals(account.id()))
        .toList();
  }
}
