package dev.personaltokens.application.service.session;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.session.SignOutUseCase;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;

public final class SignOutService implements SignOutUseCase {

  private final Sessions sessions;
  private final Audit audit;

  public SignOutService(Sessions sessions, Audit audit) {
    this.sessions = sessions;
    this.audit = audit;
  }

  @Override
  public void signOut(Actor actor, TokenSecret presented) {
    if (presented.kind() == SecretKind.SESSION) {
      sessions
          .findByDigest(presented.digest())
          .ifPresent(
              session -> {
                sessions.remove(session.digest());
                audit.record(session.account(), AuditEventType.SESSION_ENDED, "signed out");
              });
    }
  }
}
