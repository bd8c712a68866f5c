package dev.personaltokens.application.service.verification;

import dev.personaltokens.application.node.NodeCache;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.in.verification.Principal;
import dev.personaltokens.application.port.in.verification.VerifiedToken;
import dev.personaltokens.application.port.in.verification.VerifyPersonalTokenUseCase;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.network.IpAddress;
import dev.personaltokens.domain.token.PersonalToken;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class VerifyPersonalTokenService implements VerifyPersonalTokenUseCase {

  private final AuthenticateService authenticate;
  private final Accounts accounts;
  private final NodeCache cache;
  private final Clock clock;

  public VerifyPersonalTokenService(
      AuthenticateService authenticate, Accounts accounts, NodeCache cache, Clock clock) {
    this.authenticate = authenticate;
    this.accounts = accounts;
    this.cache = cache;
    this.clock = clock;
  }

  /** The scope is judged by the same rule as this server's own API's. */
  @Override
  public VerifiedToken verify(String presentedSecret, List<String> methods) {
    VerifiedToken verified = good(presentedSecret);
    Principal.of(verified.token()).requireAllowed(methods);
    return verified;
  }

  /**
   * The token, if it is good for the client of this request, with its owner's email; marked used.
   */
  VerifiedToken good(String presentedSecret) {
    return withEmail(authenticate.personalToken(presentedSecret));
  }

  /**
   * The token, if it is good for {@code client} (with none named, whatever its addresses: the
   * service that asks enforces them), with its owner's email; marked used.
   */
  VerifiedToken goodFor(String presentedSecret, Optional<IpAddress> client) {
    return withEmail(authenticate.personalTokenFor(presentedSecret, client));
  }

  private VerifiedToken withEmail(PersonalToken token) {
    Email email =
        cache
            .account(
                token.owner(),
                clock.now(),
                Instant.MIN,
                () ->
                    accounts.findById(token.owner()).orElseThrow(AuthenticationException::invalid))
            .email();
    return new VerifiedToken(token, email);
  }
}
