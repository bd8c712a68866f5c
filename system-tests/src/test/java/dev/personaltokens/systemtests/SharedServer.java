package dev.personaltokens.systemtests;

import dev.personaltokens.domain.account.Email;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The servers the system tests share, each started as {@code ./run} starts it ({@link
 * LaunchedServer}) by the first class that asks and stopped when the whole run ends: one boot per
 * kind instead of one per class. Each test makes its own accounts and tokens and relies on no other
 * test's data. Every class of a kind reaches its server from 127.0.0.1, and the server counts
 * failed sign-ins per client across accounts (20 free in 15 minutes): a test that guesses passwords
 * belongs on the {@link Alone} server, as a client of its own behind the trusted proxy.
 *
 * <p>The classes on the {@link On} server run two at a time (junit-platform.properties): most of a
 * system test is waiting for a server, a browser or a mail, and two lanes fill it. What must not
 * overlap says so: a class that stops or times what all share is {@code @Isolated}, the console
 * classes take turns with their browser, the mail outage takes the mail server from the others, and
 * a change of the policy takes the policy from them.
 */
final class SharedServer implements BeforeAllCallback {

  static final String ADMIN_EMAIL = "admin@it.example.com";
  static final String ADMIN_PASSWORD = "it-admin-password-0123";

  /**
   * A class on the server of the API, verification, console and CLI tests: on the build's MariaDB,
   * its notices to the tests' mail server (up first), and no secret of theirs in the security log.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @ExtendWith({TestMailServer.class, SharedServer.class, NoSecretInTheSecurityLog.class})
  @ResourceLock(value = TestMailServer.MAIL, mode = ResourceAccessMode.READ)
  @ResourceLock(value = SharedServer.POLICY, mode = ResourceAccessMode.READ)
  @interface On {}

  /**
   * The resource lock on the shared server's policy, which judges every token of every class: every
   * class reads it, and one that changes it takes it for writing.
   */
  static final String POLICY = "the shared server's policy";

  /**
   * A class on the server that runs alone as on a fresh machine: its own embedded MariaDB, started
   * as {@code ./run} starts on a fresh machine (no PTK_ADMIN_PASSWORD: the first admin's password
   * is generated, and printed once, for {@link FirstStartIT}; every other class opens accounts of
   * its own through the operator's commands), behind a trusted proxy on loopback
   * (PTK_TRUSTED_PROXIES), so that a test can speak for many client addresses through {@code
   * X-Forwarded-For}.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @ExtendWith(SharedServer.class)
  @interface Alone {}

  /**
   * A class on the server that signs in through an identity provider ({@link TestIdentityProvider},
   * started first on a loopback port) and not with passwords (PTK_PASSWORD_SIGN_IN=off): on the
   * build's MariaDB, so that a test can open a local account for the provider to link, and at
   * {@code localhost} (PTK_PUBLIC_URL), where the provider sends the browser back.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @ExtendWith(SharedServer.class)
  @interface Oidc {}

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedServer.class);

  private static final Map<Class<?>, LaunchedServer> RUNNING = new ConcurrentHashMap<>();

  private static final AtomicReference<TestIdentityProvider> PROVIDER = new AtomicReference<>();

  /** Synchronized: classes run two at a time, and the second to ask waits for the first's boot. */
  @Override
  public synchronized void beforeAll(ExtensionContext context) {
    Class<?> test = context.getRequiredTestClass();
    Class<?> kind =
        test.isAnnotationPresent(Alone.class)
            ? Alone.class
            : test.isAnnotationPresent(Oidc.class) ? Oidc.class : On.class;
    // The root context's store closes what it holds when the run ends, the last put first.
    ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
    if (kind == Oidc.class) {
      store.getOrComputeIfAbsent(
          TestIdentityProvider.class, SharedServer::startProvider, TestIdentityProvider.class);
    }
    store.getOrComputeIfAbsent(kind, SharedServer::start, LaunchedServer.class);
  }

  /** The address of the server of classes annotated {@link On}. */
  static URL url() {
    return running(On.class).url();
  }

  /** The server of classes annotated {@link Oidc}, at {@code localhost}. */
  static URI oidcUrl() {
    return URI.create(running(Oidc.class).url().toString().replace("127.0.0.1", "localhost"));
  }

  /** The identity provider of the server of classes annotated {@link Oidc}. */
  static TestIdentityProvider identityProvider() {
    TestIdentityProvider provider = PROVIDER.get();
    if (provider == null) {
      throw new IllegalStateException("not started: annotate the class @SharedServer.Oidc");
    }
    return provider;
  }

  /** The server of classes annotated {@link Alone}. */
  static LaunchedServer alone() {
    return running(Alone.class);
  }

  private static LaunchedServer running(Class<?> kind) {
    LaunchedServer server = RUNNING.get(kind);
    if (server == null) {
      throw new IllegalStateException("not started: annotate the class @SharedServer." + kind);
    }
    return server;
  }

  private static LaunchedServer start(Class<?> kind) {
    if (kind == Oidc.class) {
      return startWithProvider();
    }
    Map<String, String> settings =
        kind == Alone.class
            // Blank counts as unset: the first start generates the password.
            ? Map.of("PTK_TRUSTED_PROXIES", "127.0.0.1, ::1", "PTK_ADMIN_PASSWORD", "")
            : Map.ofEntries(
                Map.entry("DB_URL", TestDatabase.URL),
                Map.entry("DB_USER", TestDatabase.USER),
                // The build's MariaDB checks no password (it runs with grant checks off).
                Map.entry("DB_PASSWORD", "unchecked"),
                Map.entry("PTK_ADMIN_EMAIL", ADMIN_EMAIL),
                Map.entry("PTK_ADMIN_PASSWORD", ADMIN_PASSWORD),
                // Notices go to the tests' own SMTP server (TestMailServer), looked for every
                // second.
                Map.entry("PTK_SMTP_HOST", "127.0.0.1"),
                Map.entry("PTK_SMTP_PORT", System.getProperty("smtp.port")),
                Map.entry("PTK_SMTP_STARTTLS", "false"),
                Map.entry("PTK_SMTP_FROM", "tokens@it.example.com"),
                Map.entry("PTK_NOTICE_INTERVAL", "PT1S"));
    try {
      LaunchedServer server = LaunchedServer.start(LaunchedServer.newDataDir(), settings, true);
      if (kind == On.class) {
        // Many classes sign in as the admin: as cheaply as with their own accounts.
        TestDatabase.storeCheaply(
            TestDatabase.withAccounts(accounts -> accounts.findByEmail(new Email(ADMIN_EMAIL)))
                .orElseThrow()
                .id(),
            ADMIN_PASSWORD);
      }
      RUNNING.put(kind, server);
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("a shared server did not start", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a shared server started", e);
    }
  }

  private static TestIdentityProvider startProvider(Object key) {
    try {
      TestIdentityProvider provider = TestIdentityProvider.start();
      PROVIDER.set(provider);
      return provider;
    } catch (IOException e) {
      throw new IllegalStateException("the tests' identity provider did not start", e);
    }
  }

  /** The server that signs in through the identity provider, which is up already. */
  private static LaunchedServer startWithProvider() {
    TestIdentityProvider provider = identityProvider();
    try {
      LaunchedServer server =
          LaunchedServer.start(
              LaunchedServer.newDataDir(),
              port ->
                  Map.ofEntries(
                      Map.entry("DB_URL", TestDatabase.URL),
                      Map.entry("DB_USER", TestDatabase.USER),
                      Map.entry("DB_PASSWORD", "unchecked"),
                      Map.entry("PTK_ADMIN_EMAIL", ADMIN_EMAIL),
                      Map.entry("PTK_ADMIN_PASSWORD", ADMIN_PASSWORD),
                      Map.entry("PTK_PUBLIC_URL", "http://localhost:" + port + "/"),
                      Map.entry("PTK_OIDC_ISSUER", provider.issuer().toString()),
                      Map.entry("PTK_OIDC_CLIENT_ID", TestIdentityProvider.CLIENT_ID),
                      Map.entry("PTK_OIDC_CLIENT_SECRET", TestIdentityProvider.CLIENT_SECRET),
                      Map.entry("PTK_OIDC_NAME", TestIdentityProvider.NAME),
                      Map.entry("PTK_OIDC_ADMIN_GROUP", TestIdentityProvider.ADMIN_GROUP),
                      Map.entry("PTK_PASSWORD_SIGN_IN", "off")),
              true);
      RUNNING.put(Oidc.class, server);
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("the single sign-on server did not start", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the single sign-on server started", e);
    }
  }
}
