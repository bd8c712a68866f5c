package dev.personaltokens.application.service.token;

import dev.personaltokens.application.port.in.token.RotateOwnTokenUseCase;
import dev.personaltokens.application.port.in.token.Rotation;
import dev.personaltokens.application.port.in.verification.Principal;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.service.verification.AuthenticateService;
import dev.personaltokens.domain.token.AllowedIps;
import dev.personaltokens.domain.token.PersonalToken;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class RotateOwnTokenService implements RotateOwnTokenUseCase {

  private final AuthenticateService authenticate;
  private final RotatePersonalTokenService rotate;
  private final Clock clock;

  public RotateOwnTokenService(
      AuthenticateService authenticate, RotatePersonalTokenService rotate, Clock clock) {
    this.authenticate = authenticate;
    this.rotate = rotate;
    this.clock = clock;
  }

  /**
   * From an address the token is not bound to, nothing is judged - not even a reuse. Otherwise a
   * rotated-away secret goes to the rotation, which recognises the reuse; any other unusable one is
   * refused as authentication refuses it, and a read-only one may not rotate (a POST).
   */
  @Override
  public Rotation rotateOwn(
      String presentedSecret, Optional<Instant> expiresAt, Optional<AllowedIps> allowedIps) {
    PersonalToken token = authenticate.presentedPersonalToken(presentedSecret);
    AuthenticateService.requireAllowedFrom(token, authenticate.clientAddress());
    if (!token.isRotatedAway()) {
      AuthenticateService.requireUsable(token, clock.now(), authenticate.clientAddress());
      Principal.of(token).requireAllowed(List.of("POST"));
    }
    return rotate.rotate(token, expiresAt, allowedIps);
  }
}
