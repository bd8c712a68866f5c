package dev.personaltokens.application.service.token;

import dev.personaltokens.application.port.in.token.CreatePersonalTokenCommand;
import dev.personaltokens.application.port.in.token.CreatePersonalTokenUseCase;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.Randomness;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.token.AllowedIps;
import dev.personaltokens.domain.token.ExpiryPolicy;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;

public final class CreatePersonalTokenService implements CreatePersonalTokenUseCase {

  private final PersonalTokens tokens;
  private final Accounts accounts;
  private final Clock clock;
  private final Randomness randomness;
  private final ExpiryPolicy expiryPolicy;
  private final Audit audit;

  public CreatePersonalTokenService(
      PersonalTokens tokens,
      Accounts accounts,
      Clock clock,
      Randomness randomness,
      ExpiryPolicy expiryPolicy,
      Audit audit) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.clock = clock;
    this.randomness = randomness;
    this.expiryPolicy = expiryPolicy;
    this.audit = audit;
  }

  @Override
  public CreatedPersonalToken create(CreatePersonalTokenCommand command) {
    if (!accounts.holdIfActive(command.owner())) {
      throw AuthenticationException.deactivated();
    }
    TokenSecret secret = randomness.secret(SecretKind.PERSONAL_TOKEN);
    PersonalToken token =
        PersonalToken.issue(
            command.owner(),
            command.name(),
            command.description(),
            command.scope(),
            allowedIps(command),
            secret,
            command.expiresAt(),
            expiryPolicy,
            clock.now());
    tokens.add(token);
    audit.record(token, AuditEventType.TOKEN_CREATED, "");
    return new CreatedPersonalToken(token, secret);
  }

  /** The addresses the owner asked for; without any, the token works from anywhere. */
  private static AllowedIps allowedIps(CreatePersonalTokenCommand command) {
    return command.allowedIps().orElse(AllowedIps.ANYWHERE);
  }
}
