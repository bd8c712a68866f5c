package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.Mailer;
import dev.personaltokens.domain.account.Email;
import java.util.ArrayList;
import java.util.List;

/** Keeps the mails it is given; can be switched off, or made to fail like a server that is down. */
public final class RecordingMailer implements Mailer {

  /** One mail sent. */
  public record Mail(Email to, String subject, String body) {}

  private final List<Mail> sent = new ArrayList<>();
  private boolean enabled = true;
  private boolean down;

  @Override
  public synchronized boolean enabled() {
    return enabled;
  }

  @Override
  public synchronized void send(Email to, String subject, String body) {
    if (down) {
      throw new MailFailure("connection refused", null);
    }
    sent.add(new Mail(to, subject, body));
  }

  public synchronized List<Mail> sent() {
    return List.copyOf(sent);
  }

  public synchronized void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public synchronized void setDown(boolean down) {
    this.down = down;
  }
}
