package dev.personaltokens.application.service.people;

import dev.personaltokens.application.port.in.people.IssuedPasswordLink;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.Mailer;
import dev.personaltokens.application.port.out.PasswordLinks;
import dev.personaltokens.application.port.out.Randomness;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.token.PasswordLink;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Makes a person's one-time link (in the caller's transaction, voiding their older links) and,
 * after that has committed, mails it when mail is on. The link opens the console's page for setting
 * a password; its secret is the last segment, in the fragment, which browsers never send to a
 * server.
 */
public final class PasswordLinkMaker {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final PasswordLinks links;
  private final Randomness randomness;
  private final Clock clock;
  private final Mailer mailer;
  private final String consoleUrl;

  public PasswordLinkMaker(
      PasswordLinks links, Randomness randomness, Clock clock, Mailer mailer, String consoleUrl) {
    this.links = links;
    this.randomness = randomness;
    this.clock = clock;
    this.mailer = mailer;
    this.consoleUrl = consoleUrl;
  }

  /** A new link for {@code account}, not mailed yet; the only one of the account that works. */
  IssuedPasswordLink make(Account account) {
    TokenSecret secret = randomness.secret(SecretKind.PASSWORD_LINK);
    Instant now = clock.now();
    PasswordLink link =
        new PasswordLink(secret.digest(), account.id(), now, now.plus(PasswordLink.LIFETIME));
    links.replace(link);
    return new IssuedPasswordLink(
        account, consoleUrl + "#/password/" + secret.reveal(), link.expires(), false);
  }

  /**
   * Mails the link when mail is on; if it can't go out, it is handed back unmailed, to show the
   * admin, so that nothing is lost.
   */
  IssuedPasswordLink deliver(IssuedPasswordLink link, String why) {
    if (!mailer.enabled()) {
      return link;
    }
    try {
      mailer.send(
          link.account().email(),
          "Set your password for Personal Tokens",
          why
              + "\n\nSet your password here (the link works once, until "
              + UTC.format(link.expires())
              + "):\n"
              + link.url()
              + "\n\nIf you did not expect this, ignore it; nothing changes until the link is used.\n");
      return new IssuedPasswordLink(link.account(), link.url(), link.expires(), true);
    } catch (Mailer.MailFailure notSent) {
      return link;
    }
  }
}
