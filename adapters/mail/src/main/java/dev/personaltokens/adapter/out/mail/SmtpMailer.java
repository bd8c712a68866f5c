package dev.personaltokens.adapter.out.mail;

import dev.personaltokens.application.port.out.Mailer;
import dev.personaltokens.domain.account.Email;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/**
 * Mail through the SMTP server of PTK_SMTP_HOST, with Jakarta Mail as the server provides it.
 * Without a host there is no SmtpMailer at all: the server uses {@link Mailer#OFF}.
 */
public final class SmtpMailer implements Mailer {

  /** Where and how to send. */
  public record Settings(
      String host,
      int port,
      Optional<String> user,
      Optional<String> password,
      String from,
      boolean startTls) {}

  /** A server that does not answer delays the notices, never a request: a few seconds at most. */
  static final String TIMEOUT_MILLIS = "10000";

  private final Settings settings;
  private final Session session;

  public SmtpMailer(Settings settings) {
    this.settings = settings;
    this.session = session(settings);
  }

  private static Session session(Settings settings) {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", settings.host());
    properties.put("mail.smtp.port", Integer.toString(settings.port()));
    properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
    properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
    properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
    properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
    properties.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
    if (settings.user().isPresent()) {
      properties.put("mail.smtp.auth", "true");
      String user = settings.user().get();
      String password = settings.password().orElse("");
      return Session.getInstance(
          properties,
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user, password);
            }
          });
    }
    return Session.getInstance(properties);
  }

  @Override
  public boolean enabled() {
    return true;
  }

  @Override
  public void send(Email to, String subject, String body) {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(settings.from()));
      message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to.value()));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(body, StandardCharsets.UTF_8.name());
      message.setSentDate(new Date());
      Transport.send(message);
    } catch (MessagingException e) {
      throw new MailFailure(
          "mail to the SMTP server "
              + settings.host()
              + ":"
              + settings.port()
              + " failed: "
              + e.getMessage(),
          e);
    }
  }
}
