package dev.personaltokens.application.service.session;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.session.IssuedSession;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.token.ExpiryPolicy;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.Session;
import dev.personaltokens.domain.token.TokenSecret;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInServiceTest {

  private static final String PASSWORD = "correct horse battery";

  private final InMemoryApplication app = new InMemoryApplication();
  private final AccountId alice = app.account("alice@example.com", PASSWORD).id();

  @Test
  void rightPasswordOpensASessionForADay() {
    IssuedSession issued = signIn("alice@example.com", PASSWORD);

    assertThat(issued.session().account()).isEqualTo(alice);
    assertThat(issued.session().created()).isEqualTo(app.clock().now());
    assertThat(issued.session().expiresAt())
        .isEqualTo(app.clock().now().plus(Duration.ofHours(24)));
  }

  @Test
  void sessionSecretIsPtsWithAValidChecksum() {
    String secret = signIn("alice@example.com", PASSWORD).secret().reveal();

    assertThat(secret).matches("^pts_[0-9A-Za-z]{38}$");
    assertThat(TokenSecret.parse(secret).kind()).isEqualTo(SecretKind.SESSION);
  }

  @Test
  void storesTheSessionByDigestOnly() {
    IssuedSession issued = signIn("alice@example.com", PASSWORD);

    assertThat(app.sessions().findByDigest(issued.secret().digest())).contains(issued.session());
    assertThat(issued.session().digest()).isEqualTo(issued.secret().digest());
    assertThat(app.sessions().all())
        .singleElement()
        .satisfies(
            session ->
                assertThat(session.toString())
                    .doesNotContain(issued.secret().reveal().substring(4, 36)));
  }

  @Test
  void sessionLastsTheConfiguredLifetime() {
    InMemoryApplication shortSessions =
        new InMemoryApplication(ExpiryPolicy.DEFAULT, Duration.ofHours(2));
    shortSessions.account("bob@example.com", PASSWORD);

    Session session =
        shortSessions
            .signIn()
            .signIn(new Email("bob@example.com"), Password.presented(PASSWORD))
            .session();

    assertThat(session.expiresAt())
        .isEqualTo(shortSessions.clock().now().plus(Duration.ofHours(2)));
  }

  @Test
  void emailMayBeTypedInAnyCase() {
    assertThat(signIn("  Alice@EXAMPLE.com ", PASSWORD).session().account()).isEqualTo(alice);
  }

  @Test
  void everySignInOpensItsOwnSession() {
    IssuedSession first = signIn("alice@example.com", PASSWORD);
    IssuedSession second = signIn("alice@example.com", PASSWORD);

    assertThat(first.secret()).isNotEqualTo(second.secret());
    assertThat(app.sessions().all()).hasSize(2);
  }

  @Test
  void wrongPasswordIsRefusedAndOpensNoSession() {
    assertFails(
        () -> signIn("alice@example.com", "correct horse batterY"),
        AuthenticationException.class,
        "auth.credentials.invalid");
    assertFails(
        () -> signIn("alice@example.com", "x"),
        AuthenticationException.class,
        "auth.credentials.invalid");
    assertThat(app.sessions().all()).isEmpty();
  }

  @Test
  void unknownEmailIsRefusedLikeAWrongPassword() {
    assertFails(
        () -> signIn("nobody@example.com", PASSWORD),
        AuthenticationException.class,
        "auth.credentials.invalid");
    assertThat(app.sessions().all()).isEmpty();
  }

  @Test
  void unknownEmailCostsAPasswordComparisonToo() {
    int before = app.hasher().comparisons();

    assertFails(
        () -> signIn("nobody@example.com", PASSWORD),
        AuthenticationException.class,
        "auth.credentials.invalid");

    assertThat(app.hasher().comparisons()).isEqualTo(before + 1);
  }

  private IssuedSession signIn(String email, String password) {
    return app.signIn().signIn(new Email(email), Password.presented(password));
  }
}
