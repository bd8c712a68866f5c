package dev.personaltokens.systemtests;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) on the loopback port the build reserved, where every IT's server
 * sends its notices (PTK_SMTP_HOST and PTK_SMTP_PORT in the pom). One for the JVM: it starts with
 * the first IT class that asks for it and stops with the JVM.
 */
final class TestMailServer implements BeforeAllCallback {

  /**
   * The resource lock on this server: every class on the shared server reads it, and the one that
   * stops it takes it for writing - a restarted server has none of the mails received before.
   */
  static final String MAIL = "the tests' mail server";

  private static GreenMail server;

  @Override
  public void beforeAll(ExtensionContext context) {
    running();
  }

  /** Down, as a failing mail server is: the server's notices must wait, and nothing else. */
  static synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  static synchronized GreenMail running() {
    if (server == null) {
      int port = Integer.parseInt(System.getProperty("smtp.port"));
      server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server;
  }

  /** The mails received for {@code to} so far. */
  static List<MimeMessage> mailsTo(String to) {
    return Arrays.stream(running().getReceivedMessages())
        .filter(mail -> recipient(mail).equalsIgnoreCase(to))
        .toList();
  }

  /** Waits up to {@code atMost} for {@code count} mails to {@code to}; returns what came. */
  static List<MimeMessage> awaitMailsTo(String to, int count, Duration atMost)
      throws InterruptedException {
    long deadline = System.nanoTime() + atMost.toNanos();
    List<MimeMessage> mails = mailsTo(to);
    while (mails.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(100); // the server looks for due notices every second (PTK_NOTICE_INTERVAL)
      mails = mailsTo(to);
    }
    return mails;
  }

  private static String recipient(MimeMessage mail) {
    try {
      return mail.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
