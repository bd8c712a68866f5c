package dev.personaltokens.application.service;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.SignOutUseCase;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;

public final class SignOutService implements SignOutUseCase {

  private final Sessions sessions;

  public SignOutService(Sessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void signOut(Actor actor, TokenSecret presented) {
    if (presented.kind() == SecretKind.SESSION) {
      sessions.remove(presented.digest());
    }
  }
}
