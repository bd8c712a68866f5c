package dev.personaltokens.application.service.verification;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.client.RegisteredServiceClient;
import dev.personaltokens.application.port.in.client.ServiceCredentials;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.token.Rotation;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.in.verification.Introspection;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.Origin;
import dev.personaltokens.domain.client.ServiceName;
import dev.personaltokens.domain.network.IpAddress;
import dev.personaltokens.domain.token.AllowedIps;
import dev.personaltokens.domain.token.Revocation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A token bound to addresses, wherever it is presented: this API (authenticate), forward auth
 * (verify), introspection and its own rotation all judge the client's address by one rule.
 */
class AddressBoundTokensTest {

  private final InMemoryApplication app = new InMemoryApplication();
  private final AccountId alice = app.account("alice@example.com", "correct horse battery").id();
  private final CreatedPersonalToken office = app.boundToken(alice, "office", "10.0.0.0/8");
  private final String key = office.secret().reveal();

  private void from(String address) {
    app.origins().set(new Origin(address, "curl"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.1.2.3", "10.255.255.255", "10.0.0.0"})
  void worksFromItsAddresses(String address) {
    from(address);

    assertThat(app.authenticate().authenticate(key).account()).isEqualTo(alice);
    assertThat(app.useCases().verifyPersonalToken().verify(key, List.of("GET")).token().id())
        .isEqualTo(office.token().id());
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "11.0.0.1", "192.0.2.10", "::1", "2001:db8::1"})
  void isRefusedFromAnyOtherOnThisApiAndForTheGuardedOnes(String address) {
    from(address);

    assertFails(
        () -> app.authenticate().authenticate(key),
        AuthenticationException.class,
        "auth.token.address");
    assertFails(
        () -> app.useCases().verifyPersonalToken().verify(key, List.of("GET")),
        AuthenticationException.class,
        "auth.token.address");
  }

  @Test
  void saysWhereTheRefusedClientIsAsTheServerSawIt() {
    from("203.0.113.9");

    assertThatThrownBy(() -> app.authenticate().authenticate(key))
        .hasMessage("the token can't be used from 203.0.113.9: it is bound to other addresses");
  }

  @Test
  void anIpv4MappedIpv6ClientIsItsIpv4Address() {
    from("::ffff:10.1.2.3");

    assertThat(app.authenticate().authenticate(key).account()).isEqualTo(alice);
  }

  @Test
  void aClientWithoutAnAddressIsRefused() {
    from(null);

    assertFails(
        () -> app.authenticate().authenticate(key),
        AuthenticationException.class,
        "auth.token.address");
  }

  @Test
  void aRefusedUseIsNotAUse() {
    from("127.0.0.1");
    assertFails(
        () -> app.authenticate().authenticate(key),
        AuthenticationException.class,
        "auth.token.address");

    app.flushTokenUsage().flush();

    assertThat(app.tokens().findById(office.token().id()).orElseThrow().lastUsedAt()).isNull();
  }

  /** From elsewhere, a token tells nothing more: not that it was revoked, nor that it expired. */
  @Test
  void fromElsewhereTheAddressIsAllThatIsTold() {
    from("127.0.0.1");
    app.revokeToken().revoke(alice, office.token().id());
    CreatedPersonalToken expiring = app.boundToken(alice, "expiring", "10.0.0.0/8");
    app.clock().advance(Duration.ofDays(31));

    assertFails(
        () -> app.authenticate().authenticate(key),
        AuthenticationException.class,
        "auth.token.address");
    assertFails(
        () -> app.authenticate().authenticate(expiring.secret().reveal()),
        AuthenticationException.class,
        "auth.token.address");
    from("10.1.2.3");
    assertFails(
        () -> app.authenticate().authenticate(key),
        AuthenticationException.class,
        "auth.token.revoked");
  }

  /** The node cache keeps the row, addresses and all: a cached token is judged the same way. */
  @Test
  void aCachedTokenIsJudgedByItsAddressesToo() {
    from("10.1.2.3");
    app.authenticate().authenticate(key);
    app.authenticate().authenticate(key);

    from("127.0.0.1");

    assertFails(
        () -> app.authenticate().authenticate(key),
        AuthenticationException.class,
        "auth.token.address");
  }

  @Test
  void aTokenBoundNowhereWorksFromAnywhere() {
    String anywhere = app.token(alice, "anywhere").secret().reveal();

    for (String address : new String[] {"127.0.0.1", "2001:db8::1", null}) {
      from(address);
      assertThat(app.authenticate().authenticate(anywhere).account()).isEqualTo(alice);
    }
  }

  @Test
  void introspectionForAClientElsewhereIsInactive() {
    Introspection answer = introspect(key, Optional.of(address("127.0.0.1")));

    assertThat(answer.isActive()).isFalse();
    app.flushTokenUsage().flush();
    assertThat(app.tokens().findById(office.token().id()).orElseThrow().lastUsedAt()).isNull();
  }

  @Test
  void introspectionForAClientWithinIsActive() {
    from("192.0.2.200"); // the service itself: its own address doesn't count

    assertThat(introspect(key, Optional.of(address("10.9.8.7"))).isActive()).isTrue();
    assertThat(introspect(key, Optional.of(address("::ffff:10.9.8.7"))).isActive()).isTrue();
  }

  /** Without a client named, the service gets the addresses to enforce them itself. */
  @Test
  void introspectionWithoutAClientIsActiveWithTheAddresses() {
    from("192.0.2.200");

    Introspection answer = introspect(key, Optional.empty());

    assertThat(answer.isActive()).isTrue();
    assertThat(answer.token().orElseThrow().token().allowedIps().texts())
        .containsExactly("10.0.0.0/8");
  }

  @Test
  void introspectionStillTellsNothingElseAboutABoundToken() {
    app.revokeToken().revoke(alice, office.token().id());

    assertThat(introspect(key, Optional.of(address("10.1.2.3"))).isActive()).isFalse();
    assertThat(introspect(key, Optional.empty()).isActive()).isFalse();
  }

  /**
   * Rotating its own token from elsewhere changes nothing, even with a rotated-away key: a reuse is
   * judged only where the key could be used.
   */
  @Test
  void itsOwnRotationFromElsewhereIsRefusedAndChangesNothing() {
    from("127.0.0.1");

    assertFails(() -> rotateOwn(key), AuthenticationException.class, "auth.token.address");
    assertThat(app.tokens().findById(office.token().id()).orElseThrow().isRevoked()).isFalse();

    from("10.1.2.3");
    CreatedPersonalToken successor = rotateOwn(key).successor();
    assertThat(successor.token().allowedIps()).isEqualTo(office.token().allowedIps());
    from("127.0.0.1");
    assertFails(() -> rotateOwn(key), AuthenticationException.class, "auth.token.address");
    assertThat(app.tokens().findById(successor.token().id()).orElseThrow().isRevoked())
        .as("no reuse was detected from elsewhere")
        .isFalse();

    from("10.1.2.3");
    assertThat(rotateOwn(key)).isInstanceOf(Rotation.ReuseDetected.class);
    assertThat(app.tokens().findById(successor.token().id()).orElseThrow().revocation())
        .isEqualTo(Revocation.REVOKED);
  }

  @Test
  void itsOwnRotationMayBindTheSuccessorElsewhere() {
    from("10.1.2.3");

    CreatedPersonalToken successor =
        app.useCases()
            .rotateOwnToken()
            .rotateOwn(
                key, Optional.empty(), Optional.of(AllowedIps.parse(List.of("192.0.2.0/24"))))
            .successor();

    assertThat(successor.token().allowedIps().texts()).containsExactly("192.0.2.0/24");
    assertFails(
        () -> app.authenticate().authenticate(successor.secret().reveal()),
        AuthenticationException.class,
        "auth.token.address");
  }

  private Rotation rotateOwn(String secret) {
    return app.useCases().rotateOwnToken().rotateOwn(secret, Optional.empty(), Optional.empty());
  }

  private Introspection introspect(String token, Optional<IpAddress> client) {
    RegisteredServiceClient billing =
        app.useCases()
            .registerServiceClient()
            .register(InMemoryApplication.OPERATOR, new ServiceName("billing"));
    ServiceCredentials credentials =
        new ServiceCredentials(billing.client().id().toString(), billing.secret().reveal());
    return app.useCases().introspectToken().introspect(credentials, token, client);
  }

  private static IpAddress address(String text) {
    return IpAddress.parse(text).orElseThrow();
  }
}
