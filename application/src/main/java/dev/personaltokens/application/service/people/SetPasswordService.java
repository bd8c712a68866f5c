package dev.personaltokens.application.service.people;

import dev.personaltokens.application.port.in.people.SetPasswordUseCase;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.PasswordHasher;
import dev.personaltokens.application.port.out.PasswordLinks;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.application.service.InTransaction;
import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.account.PasswordHash;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.token.PasswordLink;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;

/**
 * Hashes the new password first, outside any transaction (slow on purpose), then checks and uses
 * the link in a short one: a link that is unknown, used, expired or of a deactivated account is
 * refused alike, so that the answer tells a guesser nothing.
 */
public final class SetPasswordService implements SetPasswordUseCase {

  private final Accounts accounts;
  private final PasswordLinks links;
  private final Sessions sessions;
  private final PasswordHasher hasher;
  private final Clock clock;
  private final Audit audit;
  private final InTransaction writes;

  public SetPasswordService(
      Accounts accounts,
      PasswordLinks links,
      Sessions sessions,
      PasswordHasher hasher,
      Clock clock,
      Audit audit,
      InTransaction writes) {
    this.accounts = accounts;
    this.links = links;
    this.sessions = sessions;
    this.hasher = hasher;
    this.clock = clock;
    this.audit = audit;
    this.writes = writes;
  }

  @Override
  public void set(String linkSecret, Password newPassword) {
    TokenSecret secret =
        TokenSecret.tryParse(linkSecret == null ? "" : linkSecret.strip())
            .filter(parsed -> parsed.kind() == SecretKind.PASSWORD_LINK)
            .orElseThrow(SetPasswordService::unusable);
    PasswordHash hash = hasher.hash(newPassword);
    writes.run(
        () -> {
          PasswordLink link =
              links
                  .findByDigest(secret.digest())
                  .filter(found -> !found.isExpiredAt(clock.now()))
                  .filter(found -> accounts.findById(found.account()).orElseThrow().isActive())
                  .filter(found -> links.use(found.digest()))
                  .orElseThrow(SetPasswordService::unusable);
          accounts.changePasswordHash(link.account(), hash);
          int ended = sessions.removeAllOf(link.account());
          audit.record(
              link.account(),
              AuditEventType.PASSWORD_SET,
              "through a one-time link; " + People.count(ended, "session") + " ended");
          return null;
        });
  }

  private static DomainException unusable() {
    return new DomainException(
        ErrorCategory.INVALID,
        "password.link.invalid",
        "this link does not work: it was used, replaced or is over 72 hours old; ask an admin for"
            + " a new one");
  }
}
