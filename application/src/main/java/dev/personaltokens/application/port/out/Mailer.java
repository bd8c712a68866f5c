package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.account.Email;

/** Sends notices by email; off unless an SMTP server is configured. */
public interface Mailer {

  /** No mail at all, e.g. for the operator's command line. */
  Mailer OFF =
      new Mailer() {
        @Override
        public boolean enabled() {
          return false;
        }

        @Override
        public void send(Email to, String subject, String body) {
          throw new MailFailure("mail is off", null);
        }
      };

  /** Whether mail can be sent at all: an SMTP server is configured. */
  boolean enabled();

  /**
   * Sends one plain-text message.
   *
   * @throws MailFailure when the server can't be reached or refuses it: the notice waits for the
   *     next run
   */
  void send(Email to, String subject, String body);

  /** The mail did not go out. */
  final class MailFailure extends RuntimeException {
    public MailFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
