package dev.personaltokens.application.service.token;

import dev.personaltokens.application.port.in.token.LeakReport;
import dev.personaltokens.application.port.in.token.RevokeLeakedCredentialsUseCase;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.Notices;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.token.PersonalToken;
import java.util.List;

public final class RevokeLeakedCredentialsService implements RevokeLeakedCredentialsUseCase {

  private final PersonalTokens tokens;
  private final Sessions sessions;
  private final Clock clock;
  private final Audit audit;
  private final Notices notices;

  public RevokeLeakedCredentialsService(
      PersonalTokens tokens, Sessions sessions, Clock clock, Audit audit, Notices notices) {
    this.tokens = tokens;
    this.sessions = sessions;
    this.clock = clock;
    this.audit = audit;
    this.notices = notices;
  }

  @Override
  public int revokeLeaked(LeakReport report) {
    report.sessions().forEach(sessions::remove);
    List<PersonalToken> revoked = tokens.revokeLeaked(report.personalTokens(), clock.now());
    for (PersonalToken token : revoked) {
      audit.record(
          token,
          AuditEventType.TOKEN_REVOKED_LEAKED,
          "reported as found in public",
          report.reporter());
      notices.request(token.id(), Notices.Kind.LEAKED);
    }
    return revoked.size();
  }
}
