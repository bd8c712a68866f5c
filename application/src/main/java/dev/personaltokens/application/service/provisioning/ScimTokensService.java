package dev.personaltokens.application.service.provisioning;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.provisioning.AuthenticateProvisionerUseCase;
import dev.personaltokens.application.port.in.provisioning.CreateScimTokenUseCase;
import dev.personaltokens.application.port.in.provisioning.CreatedScimToken;
import dev.personaltokens.application.port.in.provisioning.ListScimTokensUseCase;
import dev.personaltokens.application.port.in.provisioning.RevokeScimTokenUseCase;
import dev.personaltokens.application.port.in.provisioning.ScimTokenNotFoundException;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.Randomness;
import dev.personaltokens.application.port.out.ScimTokens;
import dev.personaltokens.domain.client.ScimToken;
import dev.personaltokens.domain.client.ServiceName;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;
import java.util.List;
import java.util.UUID;

/** The SCIM tokens: made, listed and revoked by the operator, presented by identity providers. */
public final class ScimTokensService
    implements CreateScimTokenUseCase,
        ListScimTokensUseCase,
        RevokeScimTokenUseCase,
        AuthenticateProvisionerUseCase {

  private final ScimTokens tokens;
  private final Clock clock;
  private final Randomness randomness;

  public ScimTokensService(ScimTokens tokens, Clock clock, Randomness randomness) {
    this.tokens = tokens;
    this.clock = clock;
    this.randomness = randomness;
  }

  @Override
  public CreatedScimToken create(Actor actor, ServiceName name) {
    TokenSecret secret = randomness.secret(SecretKind.SCIM_TOKEN);
    ScimToken token = ScimToken.issue(name, secret, clock.now());
    tokens.add(token);
    return new CreatedScimToken(token, secret);
  }

  @Override
  public List<ScimToken> list(Actor actor) {
    return tokens.all();
  }

  @Override
  public void revoke(Actor actor, UUID id) {
    if (!tokens.remove(id)) {
      throw new ScimTokenNotFoundException(id);
    }
  }

  /**
   * Looked up by digest, as personal tokens are, and compared in constant time; a personal or
   * session token, well formed as it may be, is no SCIM token.
   */
  @Override
  public Actor authenticate(String presentedSecret) {
    TokenSecret secret =
        TokenSecret.tryParse(presentedSecret).orElseThrow(AuthenticationException::invalid);
    return tokens
        .findByDigest(secret.digest())
        .filter(token -> token.isSecret(secret))
        .map(token -> Actor.provisioner(token.name().value()))
        .orElseThrow(AuthenticationException::invalid);
  }
}
