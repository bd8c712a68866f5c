package dev.personaltokens.application.service;

import dev.personaltokens.application.port.in.LeakReport;
import dev.personaltokens.application.port.in.RevokeLeakedCredentialsUseCase;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.Sessions;

public final class RevokeLeakedCredentialsService implements RevokeLeakedCredentialsUseCase {

  private final PersonalTokens tokens;
  private final Sessions sessions;
  private final Clock clock;

  public RevokeLeakedCredentialsService(PersonalTokens tokens, Sessions sessions, Clock clock) {
    this.tokens = tokens;
    this.sessions = sessions;
    this.clock = clock;
  }

  @Override
  public int revokeLeaked(LeakReport report) {
    report.sessions().forEach(sessions::remove);
    return tokens.revokeLeaked(report.personalTokens(), clock.now()).size();
  }
}
