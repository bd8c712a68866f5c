package dev.personaltokens.application.service.token;

import static dev.personaltokens.domain.InvalidValues.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.fakes.TestPolicy;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.token.CreatePersonalTokenCommand;
import dev.personaltokens.application.port.in.token.CreatePersonalTokenUseCase;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.token.TokenLimitException;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.AccountStatus;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.audit.Origin;
import dev.personaltokens.domain.token.AllowedIps;
import dev.personaltokens.domain.token.ExpiryPolicy;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenDescription;
import dev.personaltokens.domain.token.TokenName;
import dev.personaltokens.domain.token.TokenSecret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreatePersonalTokenServiceTest {

  private final InMemoryApplication app = new InMemoryApplication();
  private final AccountId owner = app.account("alice@example.com", "correct horse battery").id();

  @Test
  void keyIsPtkAndThirtyEightBase62CharactersWithAValidChecksum() {
    String key = create("ci", in(Duration.ofDays(30))).secret().reveal();

    assertThat(key).matches("^ptk_[0-9A-Za-z]{38}$");
    assertThat(TokenSecret.isWellFormed(key)).isTrue();
    assertThat(TokenSecret.parse(key).kind()).isEqualTo(SecretKind.PERSONAL_TOKEN);
  }

  @Test
  void storesTheTokenAsAskedFor() {
    Instant expiresAt = in(Duration.ofDays(7));

    CreatedPersonalToken created =
        app.createToken()
            .create(
                new CreatePersonalTokenCommand(
                    owner,
                    new TokenName("deploy"),
                    new TokenDescription("used by the deploy job"),
                    Scope.GLOBAL,
                    expiresAt));

    PersonalToken stored = app.tokens().findById(created.token().id()).orElseThrow();
    assertThat(stored).isEqualTo(created.token());
    assertThat(stored.owner()).isEqualTo(owner);
    assertThat(stored.name().value()).isEqualTo("deploy");
    assertThat(stored.description().value()).isEqualTo("used by the deploy job");
    assertThat(stored.scope()).isEqualTo(Scope.GLOBAL);
    assertThat(stored.expiresAt()).isEqualTo(expiresAt);
    assertThat(stored.created()).isEqualTo(app.clock().now());
    assertThat(stored.lastModified()).isEqualTo(stored.created());
    assertThat(stored.lastUsedAt()).isNull();
    assertThat(stored.revokedAt()).isNull();
  }

  @Test
  void storesTheAddressesItIsBoundTo() {
    CreatedPersonalToken created =
        app.createToken()
            .create(
                new CreatePersonalTokenCommand(
                    owner,
                    new TokenName("office"),
                    TokenDescription.NONE,
                    Scope.GLOBAL,
                    in(Duration.ofDays(7)),
                    Optional.of(AllowedIps.parse(List.of("10.0.0.0/8", "2001:DB8::/32")))));

    PersonalToken stored = app.tokens().findById(created.token().id()).orElseThrow();
    assertThat(stored.allowedIps().texts()).containsExactly("10.0.0.0/8", "2001:db8::/32");
  }

  @Test
  void withoutAddressesAskedForItWorksFromAnywhere() {
    CreatedPersonalToken created = create("ci", in(Duration.ofDays(30)));

    assertThat(created.token().allowedIps()).isEqualTo(AllowedIps.ANYWHERE);
  }

  @Test
  void storesTheDigestOfTheSecret() throws Exception {
    CreatedPersonalToken created = create("ci", in(Duration.ofDays(30)));
    String key = created.secret().reveal();
    String sha256 =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));

    PersonalToken stored = app.tokens().findById(created.token().id()).orElseThrow();

    assertThat(stored.digest().hex()).isEqualTo(sha256);
    assertThat(stored.digest()).isEqualTo(TokenSecret.parse(key).digest());
    assertThat(app.tokens().findByDigest(TokenSecret.parse(key).digest())).contains(stored);
  }

  @Test
  void storesTheSecretNowhere() {
    CreatedPersonalToken created = create("ci", in(Duration.ofDays(30)));
    String key = created.secret().reveal();
    String randomPart = key.substring(4, 36);

    assertThat(app.tokens().all())
        .singleElement()
        .satisfies(
            stored -> {
              assertThat(stored.toString()).doesNotContain(key).doesNotContain(randomPart);
              assertThat(stored.hint().value())
                  .isEqualTo("ptk_..." + key.substring(key.length() - 4));
            });
    assertThat(created.token().toString()).doesNotContain(randomPart);
    assertThat(created.toString()).doesNotContain(randomPart);
  }

  @Test
  void everyTokenGetsItsOwnIdAndSecret() {
    CreatedPersonalToken first = create("one", in(Duration.ofDays(1)));
    CreatedPersonalToken second = create("two", in(Duration.ofDays(1)));

    assertThat(first.secret()).isNotEqualTo(second.secret());
    assertThat(first.token().id()).isNotEqualTo(second.token().id());
    assertThat(first.token().digest()).isNotEqualTo(second.token().digest());
  }

  /**
   * The server runs the write again when it can't tell whether its COMMIT took effect (the
   * connection broke during it, e.g. a Galera node died): when it did, the second run finds that
   * token and hands out its key, instead of making a second token the client never hears of.
   */
  @Test
  void aWriteRunAgainAfterACommitThatTookEffectMakesNoSecondToken() {
    app.runAgain(CreatePersonalTokenUseCase.Writes.class);

    CreatedPersonalToken created = create("ci", in(Duration.ofDays(30)));

    assertThat(app.tokens().all()).containsExactly(created.token());
    assertThat(app.tokens().findByDigest(created.secret().digest())).contains(created.token());
    assertThat(app.auditTrail().all())
        .filteredOn(event -> event.type() == AuditEventType.TOKEN_CREATED)
        .hasSize(1);
    assertThat(app.listTokens().list(owner, null, new PageRequest(1, 10)).total()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"P1D", "P7D", "P15D", "P30D", "P90D", "P365D", "P366D", "PT1S"})
  void acceptsExpiryWithinTheMaximumLifetime(Duration lifetime) {
    assertThat(create("ci", in(lifetime)).token().expiresAt()).isEqualTo(in(lifetime));
  }

  @Test
  void rejectsExpiryBeyondTheMaximumLifetimeAndStoresNothing() {
    assertRejected(
        () -> create("ci", in(Duration.ofDays(366).plusSeconds(1))),
        "token.expires_at.too_far",
        "expires_at");
    assertThat(app.tokens().all()).isEmpty();
  }

  @Test
  void rejectsExpiryThatIsNotInTheFutureAndStoresNothing() {
    assertRejected(
        () -> create("ci", app.clock().now()), "token.expires_at.not_in_future", "expires_at");
    assertRejected(
        () -> create("ci", in(Duration.ofDays(-1))),
        "token.expires_at.not_in_future",
        "expires_at");
    assertThat(app.tokens().all()).isEmpty();
  }

  @Test
  void rejectsMissingExpiry() {
    assertRejected(() -> create("ci", null), "token.expires_at.required", "expires_at");
    assertThat(app.tokens().all()).isEmpty();
  }

  @Test
  void enforcesAConfiguredMaximumLifetime() {
    InMemoryApplication strict =
        new InMemoryApplication(new ExpiryPolicy(Duration.ofDays(30)), Duration.ofHours(24));
    AccountId bob = strict.account("bob@example.com", "correct horse battery").id();

    assertThat(strict.token(bob, "month", Duration.ofDays(30)).token().expiresAt())
        .isEqualTo(strict.clock().now().plus(Duration.ofDays(30)));
    assertRejected(
        () -> strict.token(bob, "too long", Duration.ofDays(31)),
        "token.expires_at.too_far",
        "expires_at");
  }

  @Test
  void measuresTheMaximumFromTheCurrentTime() {
    app.clock().advance(Duration.ofDays(100));

    assertThat(create("later", in(Duration.ofDays(366))).token().created())
        .isEqualTo(Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofDays(100)));
  }

  /**
   * Creates that queue while as many groups as are written at once are held open are written
   * together by one transaction, each as it would have been alone: counted against the limit with
   * those before it, refused on its own, logged with the origin of its own request.
   */
  @Test
  void createsThatQueueAreWrittenInOneTransactionEachWithItsOwnOutcome() throws Exception {
    AccountId gone = app.account("gone@example.com", "correct horse battery").id();
    app.accounts().changeStatus(gone, AccountStatus.DEACTIVATED);
    app.useCases()
        .changePolicy()
        .change(Actor.of(owner), TestPolicy.defaults().maxTokensPerAccount(2).build());
    app.origins().readFrom(() -> new Origin(Thread.currentThread().getName(), "test"));
    CountDownLatch leading = new CountDownLatch(4);
    CountDownLatch release = new CountDownLatch(1);
    app.beforeEach(
        CreatePersonalTokenUseCase.Writes.class,
        () -> {
          leading.countDown();
          awaitQuietly(release);
        });
    List<CompletableFuture<CreatedPersonalToken>> held = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      held.add(
          createInThread(
              app.account("held" + i + "@example.com", "correct horse battery").id(), "held"));
    }
    assertThat(leading.await(10, TimeUnit.SECONDS)).isTrue();
    long writesBefore = writes();

    var first = queued(owner, "first");
    var second = queued(owner, "second");
    var deactivated = queued(gone, "gone");
    var third = queued(owner, "third");
    app.stopBeforeEach(CreatePersonalTokenUseCase.Writes.class);
    release.countDown();

    for (var create : held) {
      create.get(10, TimeUnit.SECONDS);
    }
    List<CreatedPersonalToken> made =
        List.of(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS));
    assertThatThrownBy(() -> third.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(TokenLimitException.class);
    assertThatThrownBy(() -> deactivated.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(AuthenticationException.class);
    assertThat(writes() - writesBefore).as("transactions of the queued creates").isEqualTo(1);
    assertThat(app.listTokens().list(owner, null, new PageRequest(1, 10)).items())
        .extracting(token -> token.name().value())
        .containsExactlyInAnyOrder("first", "second");
    for (CreatedPersonalToken create : made) {
      assertThat(app.auditTrail().all())
          .filteredOn(event -> event.type() == AuditEventType.TOKEN_CREATED)
          .filteredOn(event -> event.token().id().equals(create.token().id()))
          .extracting(event -> event.origin().address())
          .containsExactly("create " + create.token().name().value());
    }
  }

  private long writes() {
    return app.calls().stream()
        .filter(call -> call.useCase() == CreatePersonalTokenUseCase.Writes.class)
        .count();
  }

  /** A create in a thread of its own, once that thread waits in the queue of creates. */
  private CompletableFuture<CreatedPersonalToken> queued(AccountId account, String name)
      throws InterruptedException {
    CompletableFuture<CreatedPersonalToken> created = createInThread(account, name);
    Thread creating = creates.get(creates.size() - 1);
    Instant deadline = Instant.now().plusSeconds(10);
    while (creating.getState() != Thread.State.WAITING) {
      assertThat(Instant.now()).as(name + " queued").isBefore(deadline);
      Thread.sleep(1);
    }
    return created;
  }

  private final List<Thread> creates = new ArrayList<>();

  private CompletableFuture<CreatedPersonalToken> createInThread(AccountId account, String name) {
    CompletableFuture<CreatedPersonalToken> created = new CompletableFuture<>();
    Instant expiresAt = in(Duration.ofDays(30));
    Thread creating =
        new Thread(
            () -> {
              try {
                created.complete(
                    app.createToken()
                        .create(
                            new CreatePersonalTokenCommand(
                                account,
                                new TokenName(name),
                                TokenDescription.NONE,
                                Scope.GLOBAL,
                                expiresAt)));
              } catch (RuntimeException e) {
                created.completeExceptionally(e);
              }
            },
            "create " + name);
    creates.add(creating);
    creating.start();
    return created;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private CreatedPersonalToken create(String name, Instant expiresAt) {
    return app.createToken()
        .create(
            new CreatePersonalTokenCommand(
                owner, new TokenName(name), TokenDescription.NONE, Scope.GLOBAL, expiresAt));
  }

  private Instant in(Duration duration) {
    return app.clock().now().plus(duration);
  }
}
