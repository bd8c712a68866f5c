package dev.personaltokens.application.service.token;

import dev.personaltokens.application.port.in.token.CreatePersonalTokenCommand;
import dev.personaltokens.application.port.in.token.CreatePersonalTokenUseCase;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.token.TokenLimitException;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.Randomness;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.application.service.policy.CurrentPolicy;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.policy.InstancePolicy;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;

public final class CreatePersonalTokenService implements CreatePersonalTokenUseCase {

  private final PersonalTokens tokens;
  private final Accounts accounts;
  private final Clock clock;
  private final Randomness randomness;
  private final CurrentPolicy policy;
  private final Audit audit;

  public CreatePersonalTokenService(
      PersonalTokens tokens,
      Accounts accounts,
      Clock clock,
      Randomness randomness,
      CurrentPolicy policy,
      Audit audit) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.clock = clock;
    this.randomness = randomness;
    this.policy = policy;
    this.audit = audit;
  }

  @Override
  public CreatedPersonalToken create(CreatePersonalTokenCommand command) {
    if (!accounts.holdIfActive(command.owner())) {
      throw AuthenticationException.deactivated();
    }
    InstancePolicy rules = policy.current();
    rules.requireAllowed(command.scope());
    // Counted with the owner's row held (above): two creates at once can't both pass the limit.
    if (!rules.allowsOneMore(
        () -> tokens.findUnrevoked(command.owner(), "", new PageRequest(1, 1)).total())) {
      throw new TokenLimitException(rules.maxTokensPerAccount().getAsInt());
    }
    TokenSecret secret = randomness.secret(SecretKind.PERSONAL_TOKEN);
    PersonalToken token =
        PersonalToken.issue(
            command.owner(),
            command.name(),
            command.description(),
            command.scope(),
            // The addresses the owner asked for; without any, the policy's default ones.
            command.allowedIps().orElse(rules.defaultAllowedIps()),
            secret,
            command.expiresAt(),
            rules.expiryPolicy(),
            clock.now());
    tokens.add(token);
    audit.record(token, AuditEventType.TOKEN_CREATED, "");
    return new CreatedPersonalToken(token, secret);
  }
}
