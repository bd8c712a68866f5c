package dev.personaltokens.application.service.policy;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.UseCases;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.fakes.TestPolicy;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.RoleInsufficientException;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.token.TokenLimitException;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.policy.InstancePolicy;
import dev.personaltokens.domain.token.Scope;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The instance's policy on the fakes: it binds the tokens that exist, and unbinds them again. */
class PolicyTest {

  private static final String PASSWORD = "correct horse battery";

  private final InMemoryApplication app = new InMemoryApplication();
  private final UseCases use = app.useCases();
  private final Account root = app.account("root@example.com", PASSWORD);
  private final Account bob = app.account("bob@example.com", PASSWORD);
  private final Actor admin = Actor.of(root.id());

  private static InstancePolicy lifetime(int days) {
    return TestPolicy.defaults().maxTokenLifetimeDays(days).build();
  }

  private String authenticate(CreatedPersonalToken token) {
    return use.authenticate().authenticate(token.secret().reveal()).account().toString();
  }

  @Test
  void untilAnAdminSetsOneTheSettingsGiveTheMaximumLifetimeAndNothingElse() {
    InstancePolicy current = use.getPolicy().get(admin);

    assertThat(current.maxTokenLifetime()).isEqualTo(Duration.ofDays(366));
    assertThat(current.allowedScopes()).containsExactlyInAnyOrder(Scope.values());
    assertThat(current.setAt()).isEmpty();
  }

  @Test
  void aLoweredMaximumBlocksALongerLivedTokenAndARaisedOneLetsItWorkAgain() {
    CreatedPersonalToken year = app.token(bob.id(), "a year", Duration.ofDays(300));
    CreatedPersonalToken month = app.token(bob.id(), "a month", Duration.ofDays(20));

    use.changePolicy().change(admin, lifetime(30));

    assertFails(() -> authenticate(year), AuthenticationException.class, "auth.token.policy");
    assertThat(authenticate(month)).isEqualTo(bob.id().toString());
    assertFails(
        () -> use.verifyPersonalToken().verify(year.secret().reveal(), List.of("GET")),
        AuthenticationException.class,
        "auth.token.policy");
    assertThat(app.tokens().findById(year.token().id()).orElseThrow().isRevoked()).isFalse();

    use.changePolicy().change(admin, lifetime(366));

    assertThat(authenticate(year)).isEqualTo(bob.id().toString());
  }

  @Test
  void aBlockedTokenIsRotatedIntoOneThePolicyAllows() {
    CreatedPersonalToken year = app.token(bob.id(), "a year", Duration.ofDays(300));
    use.changePolicy().change(admin, lifetime(30));

    CreatedPersonalToken successor =
        use.rotateOwnToken()
            .rotateOwn(year.secret().reveal(), Optional.empty(), Optional.empty())
            .successor();

    assertThat(successor.token().expiresAt())
        .isBetween(
            app.clock().now().plus(Duration.ofDays(29)),
            app.clock().now().plus(Duration.ofDays(30)));
    assertThat(authenticate(successor)).isEqualTo(bob.id().toString());
  }

  @Test
  void aScopeNoLongerAllowedBlocksItsTokensAndRefusesNewOnes() {
    CreatedPersonalToken global = app.token(bob.id(), "global", Scope.GLOBAL);
    CreatedPersonalToken readOnly = app.token(bob.id(), "read", Scope.READ_ONLY);

    use.changePolicy()
        .change(admin, TestPolicy.defaults().allowedScopes(Set.of(Scope.READ_ONLY)).build());

    assertFails(() -> authenticate(global), AuthenticationException.class, "auth.token.policy");
    assertThat(authenticate(readOnly)).isEqualTo(bob.id().toString());
    assertFails(
        () -> app.token(bob.id(), "another", Scope.GLOBAL),
        InvalidValueException.class,
        "token.scope.not_allowed");
  }

  @Test
  void anAccountHoldsNoMoreTokensThanThePolicyAllows() {
    use.changePolicy().change(admin, TestPolicy.defaults().maxTokensPerAccount(2).build());
    app.token(bob.id(), "one");
    CreatedPersonalToken two = app.token(bob.id(), "two");

    assertFails(
        () -> app.token(bob.id(), "three"), TokenLimitException.class, "token.limit.reached");
    use.revokePersonalToken().revoke(bob.id(), two.token().id());
    assertThat(app.token(bob.id(), "three again").token().name().value()).isEqualTo("three again");
  }

  @Test
  void onlyAnAdminReadsOrChangesItAndTheChangeIsInTheAdminsLog() {
    Actor member = Actor.of(bob.id());
    assertFails(
        () -> use.getPolicy().get(member),
        RoleInsufficientException.class,
        "auth.role.insufficient");
    assertFails(
        () -> use.changePolicy().change(member, lifetime(30)),
        RoleInsufficientException.class,
        "auth.role.insufficient");

    InstancePolicy set = use.changePolicy().change(admin, lifetime(30));

    assertThat(set.setAt()).contains(app.clock().now());
    assertThat(use.getPolicy().get(admin)).isEqualTo(set);
    List<AuditEvent> log =
        app.auditTrail()
            .find(root.id(), Optional.of(AuditEventType.POLICY_CHANGED), new PageRequest(1, 10))
            .items();
    assertThat(log)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.detail()).isEqualTo("maximum lifetime 366 days -> 30 days");
              assertThat(event.actor().describe()).isEqualTo("admin root@example.com");
            });
  }
}
