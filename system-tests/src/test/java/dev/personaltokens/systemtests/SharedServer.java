package dev.personaltokens.systemtests;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one server the topic classes of the API, verification, console and CLI share: started as
 * {@code ./run} starts it ({@link LaunchedServer}) by the first class that asks, on the build's
 * MariaDB and the tests' mail server, and stopped when the whole run ends - one boot for all of
 * them. Each test makes its own accounts and tokens and relies on no other test's data.
 */
final class SharedServer implements BeforeAllCallback {

  static final String ADMIN_EMAIL = "admin@it.example.com";
  static final String ADMIN_PASSWORD = "it-admin-password-0123";

  /** A topic class on the shared server, with the mail server up first and no secret logged. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @ExtendWith({TestMailServer.class, SharedServer.class, NoSecretInTheSecurityLog.class})
  @interface On {}

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedServer.class);

  private static volatile LaunchedServer running;

  @Override
  public void beforeAll(ExtensionContext context) {
    // The root context's store closes what it holds when the run ends.
    context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(LaunchedServer.class, key -> start(), LaunchedServer.class);
  }

  /** The shared server's address; only for classes annotated {@link On}. */
  static URL url() {
    if (running == null) {
      throw new IllegalStateException("not started: annotate the class @SharedServer.On");
    }
    return running.url();
  }

  private static LaunchedServer start() {
    Map<String, String> settings =
        Map.ofEntries(
            Map.entry("DB_URL", TestDatabase.URL),
            Map.entry("DB_USER", TestDatabase.USER),
            // The build's MariaDB checks no password (it runs with grant checks off).
            Map.entry("DB_PASSWORD", "unchecked"),
            Map.entry("PTK_ADMIN_EMAIL", ADMIN_EMAIL),
            Map.entry("PTK_ADMIN_PASSWORD", ADMIN_PASSWORD),
            // Notices go to the tests' own SMTP server (TestMailServer), looked for every second.
            Map.entry("PTK_SMTP_HOST", "127.0.0.1"),
            Map.entry("PTK_SMTP_PORT", System.getProperty("smtp.port")),
            Map.entry("PTK_SMTP_STARTTLS", "false"),
            Map.entry("PTK_SMTP_FROM", "tokens@it.example.com"),
            Map.entry("PTK_NOTICE_INTERVAL", "PT1S"));
    try {
      running = LaunchedServer.start(LaunchedServer.newDataDir(), settings, true);
      return running;
    } catch (IOException e) {
      throw new IllegalStateException("the shared server did not start", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the shared server started", e);
    }
  }
}
