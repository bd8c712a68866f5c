package dev.personaltokens.application.service.clilogin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.application.UseCases;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.ThrottledException;
import dev.personaltokens.application.port.in.clilogin.CliLoginNotFoundException;
import dev.personaltokens.application.port.in.clilogin.CliLoginPoll;
import dev.personaltokens.application.port.in.clilogin.CliLoginRequest;
import dev.personaltokens.application.port.in.clilogin.CliLoginStarted;
import dev.personaltokens.application.port.in.token.TokenLimitException;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.audit.Origin;
import dev.personaltokens.domain.clilogin.MachineName;
import dev.personaltokens.domain.clilogin.UserCode;
import dev.personaltokens.domain.policy.InstancePolicy;
import dev.personaltokens.domain.token.AllowedIps;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.SecretKind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CliLoginServiceTest {

  private static final String PASSWORD = "correct horse battery";
  private static final Origin CLI = new Origin("198.51.100.7", "ptk-cli/1.0");

  private final InMemoryApplication app = new InMemoryApplication();
  private final UseCases use = app.useCases();
  private final Account root = app.account("root@example.com", PASSWORD);
  private final Account ada = app.account("ada@example.com", PASSWORD);

  private CliLoginStarted start() {
    app.origins().set(CLI);
    return use.startCliLogin().start(new MachineName("ada@laptop"));
  }

  private CliLoginPoll poll(CliLoginStarted started) {
    app.origins().set(CLI);
    return use.pollCliLogin().poll(started.handle().reveal());
  }

  @Test
  void beginsWithACodeToCompareAndASecretHandleGoodForTenMinutes() {
    CliLoginStarted started = start();

    assertThat(started.handle().kind()).isEqualTo(SecretKind.CLI_LOGIN);
    assertThat(started.verificationUri())
        .hasToString("http://localhost:8080/#/cli-login/" + started.code().displayed());
    assertThat(started.interval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(started.expiresIn()).isEqualTo(Duration.ofMinutes(10));
    CliLoginRequest request = use.describeCliLogin().describe(ada.id(), started.code());
    assertThat(request.machine().value()).isEqualTo("ada@laptop");
    assertThat(request.expiresAt()).isEqualTo(app.clock().now().plus(Duration.ofMinutes(10)));
  }

  @Test
  void waitsUntilApprovedThenHandsOutWhatPtkLoginMakesOnce() {
    CliLoginStarted started = start();
    assertThat(poll(started)).isEqualTo(new CliLoginPoll.Pending(Duration.ofSeconds(5)));

    use.approveCliLogin().approve(ada.id(), UserCode.parse(started.code().displayed()));
    app.clock().advance(Duration.ofSeconds(5));
    CliLoginPoll collected = poll(started);

    assertThat(collected).isInstanceOf(CliLoginPoll.Issued.class);
    PersonalToken token = ((CliLoginPoll.Issued) collected).created().token();
    assertThat(token.owner()).isEqualTo(ada.id());
    assertThat(token.name().value()).isEqualTo("ptk CLI ada@laptop");
    assertThat(token.description().value())
        .isEqualTo("Created by 'ptk login'; 'ptk logout' revokes it");
    assertThat(token.scope()).isEqualTo(Scope.GLOBAL);
    assertThat(token.expiresAt()).isEqualTo(app.clock().now().plus(Duration.ofDays(30)));
    String key = ((CliLoginPoll.Issued) collected).created().secret().reveal();
    assertThat(use.authenticate().authenticate(key).account()).isEqualTo(ada.id());
    AuditEvent created = app.auditTrail().all().get(app.auditTrail().all().size() - 1);
    assertThat(created.type()).isEqualTo(AuditEventType.TOKEN_CREATED);
    assertThat(created.origin()).isEqualTo(CLI);

    app.clock().advance(Duration.ofSeconds(5));
    assertThat(poll(started)).as("the handle again").isEqualTo(new CliLoginPoll.Expired());
    assertThatThrownBy(() -> use.approveCliLogin().approve(ada.id(), started.code()))
        .isInstanceOf(CliLoginNotFoundException.class);
  }

  @Test
  void aDeniedLoginEndsUnused() {
    CliLoginStarted started = start();

    use.denyCliLogin().deny(ada.id(), started.code());

    assertThat(poll(started)).isEqualTo(new CliLoginPoll.Denied());
    assertThat(poll(started)).isEqualTo(new CliLoginPoll.Expired());
    assertThat(app.tokens().findUnrevoked(ada.id(), "", new PageRequest(1, 10)).total()).isZero();
    assertThatThrownBy(() -> use.approveCliLogin().approve(ada.id(), started.code()))
        .isInstanceOf(CliLoginNotFoundException.class);
  }

  @Test
  void tenMinutesLaterTheLoginIsOverForTheConsoleAndTheCommandLine() {
    CliLoginStarted started = start();
    app.clock().advance(Duration.ofMinutes(10));

    assertThatThrownBy(() -> use.describeCliLogin().describe(ada.id(), started.code()))
        .isInstanceOf(CliLoginNotFoundException.class);
    assertThatThrownBy(() -> use.approveCliLogin().approve(ada.id(), started.code()))
        .isInstanceOf(CliLoginNotFoundException.class);
    assertThat(poll(started)).isEqualTo(new CliLoginPoll.Expired());
  }

  @Test
  void anApprovalNotCollectedInTimeMakesNoToken() {
    CliLoginStarted started = start();
    use.approveCliLogin().approve(ada.id(), started.code());
    app.clock().advance(Duration.ofMinutes(10));

    assertThat(poll(started)).isEqualTo(new CliLoginPoll.Expired());
    assertThat(app.auditTrail().all())
        .extracting(AuditEvent::type)
        .doesNotContain(AuditEventType.TOKEN_CREATED);
  }

  @Test
  void pollingSoonerThanTheIntervalSlowsTheCommandLineDownFiveSecondsAtATime() {
    CliLoginStarted started = start();
    assertThat(poll(started)).isEqualTo(new CliLoginPoll.Pending(Duration.ofSeconds(5)));

    app.clock().advance(Duration.ofSeconds(2));
    assertThat(poll(started)).isEqualTo(new CliLoginPoll.SlowDown(Duration.ofSeconds(10)));
    app.clock().advance(Duration.ofSeconds(5));
    assertThat(poll(started)).isEqualTo(new CliLoginPoll.SlowDown(Duration.ofSeconds(15)));
    // A poll the network brought a little closer than the interval is on time.
    app.clock().advance(Duration.ofMillis(14_500));
    assertThat(poll(started)).isEqualTo(new CliLoginPoll.Pending(Duration.ofSeconds(15)));
  }

  @Test
  void whatIsNoHandleOfALoginIsOverAsAnExpiredOne() {
    CliLoginStarted started = start();
    String session =
        use.signIn().signIn(ada.email(), Password.presented(PASSWORD)).secret().reveal();

    for (String handle : new String[] {"", "nonsense", session, started.handle().reveal() + "x"}) {
      assertThat(use.pollCliLogin().poll(handle)).as(handle).isEqualTo(new CliLoginPoll.Expired());
    }
    assertThat(poll(started)).isEqualTo(new CliLoginPoll.Pending(Duration.ofSeconds(5)));
  }

  @Test
  void theHandleOpensNothingElse() {
    CliLoginStarted started = start();

    assertThatThrownBy(() -> use.authenticate().authenticate(started.handle().reveal()))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void approvingTwiceIsOneApprovalButAnotherAccountCantTakeItOver() {
    CliLoginStarted started = start();
    use.approveCliLogin().approve(ada.id(), started.code());

    use.approveCliLogin().approve(ada.id(), started.code());
    assertThatThrownBy(() -> use.approveCliLogin().approve(root.id(), started.code()))
        .isInstanceOf(CliLoginNotFoundException.class);
    assertThatThrownBy(() -> use.denyCliLogin().deny(root.id(), started.code()))
        .isInstanceOf(CliLoginNotFoundException.class);

    CliLoginPoll collected = poll(started);
    assertThat(((CliLoginPoll.Issued) collected).created().token().owner()).isEqualTo(ada.id());
  }

  @Test
  void theTokenObeysThePolicyInForceWhenItIsCollected() {
    use.changePolicy()
        .change(
            Actor.of(root.id()),
            new InstancePolicy(
                Duration.ofDays(366),
                EnumSet.allOf(Scope.class),
                Optional.empty(),
                OptionalInt.of(1),
                false,
                AllowedIps.parse(List.of("10.0.0.0/8")),
                Optional.empty()));
    app.token(ada.id(), "the one allowed");
    CliLoginStarted started = start();
    use.approveCliLogin().approve(ada.id(), started.code());

    assertThatThrownBy(() -> poll(started)).isInstanceOf(TokenLimitException.class);
    assertThat(poll(started))
        .as("collected once, refused or not")
        .isEqualTo(new CliLoginPoll.Expired());
  }

  @Test
  void aTokenCollectedUnderAPolicyOfDefaultAddressesIsBoundToThem() {
    use.changePolicy()
        .change(
            Actor.of(root.id()),
            new InstancePolicy(
                Duration.ofDays(366),
                EnumSet.allOf(Scope.class),
                Optional.empty(),
                OptionalInt.empty(),
                false,
                AllowedIps.parse(List.of("10.0.0.0/8")),
                Optional.empty()));
    CliLoginStarted started = start();
    use.approveCliLogin().approve(ada.id(), started.code());

    PersonalToken token = ((CliLoginPoll.Issued) poll(started)).created().token();

    assertThat(token.allowedIps()).isEqualTo(AllowedIps.parse(List.of("10.0.0.0/8")));
  }

  @Test
  void aDeactivatedApproverGetsNoToken() {
    CliLoginStarted started = start();
    use.approveCliLogin().approve(ada.id(), started.code());
    use.deactivateAccount().deactivate(Actor.of(root.id()), ada.id());

    assertThatThrownBy(() -> poll(started)).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void oneAddressBeginsAtMostSixtyLoginsAnHour() {
    for (int i = 0; i < 60; i++) {
      start();
    }
    assertThatThrownBy(this::start)
        .isInstanceOfSatisfying(
            ThrottledException.class, e -> assertThat(e.code()).isEqualTo("login.throttled"));
    app.origins().set(new Origin("198.51.100.8", "ptk-cli/1.0"));
    assertThat(use.startCliLogin().start(new MachineName("elsewhere")).code()).isNotNull();
  }

  @Test
  void aMachineNamedWithSpacesIsKeptAsItIs() {
    CliLogin login =
        CliLogin.pending(
            UserCode.parse("BCDF-GHJK"),
            new MachineName("ada @ the  lab"),
            app.clock().now(),
            Duration.ofSeconds(5));

    assertThat(CliLogin.parse(login.text())).isEqualTo(login);
  }
}
