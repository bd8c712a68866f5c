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
import dev.personaltokens.application.service.InTransaction;
import dev.personaltokens.application.service.policy.CurrentPolicy;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.policy.InstancePolicy;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenId;
import dev.personaltokens.domain.token.TokenSecret;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

public final class CreatePersonalTokenService implements CreatePersonalTokenUseCase {

  private final PersonalTokens tokens;
  private final Accounts accounts;
  private final Clock clock;
  private final Randomness randomness;
  private final CurrentPolicy policy;
  private final Audit audit;
  private final InTransaction writes;

  public CreatePersonalTokenService(
      PersonalTokens tokens,
      Accounts accounts,
      Clock clock,
      Randomness randomness,
      CurrentPolicy policy,
      Audit audit,
      InTransaction writes) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.clock = clock;
    this.randomness = randomness;
    this.policy = policy;
    this.audit = audit;
    this.writes = writes;
  }

  @Override
  public CreatedPersonalToken create(CreatePersonalTokenCommand command) {
    // Drawn before the transaction, which the boundary may run again when it can't tell whether a
    // commit took effect: a second run then finds this token made, instead of making another.
    // Only a second run looks for it: the first, with an id just drawn, can't find it made.
    TokenId id = TokenId.random();
    TokenSecret secret = randomness.secret(SecretKind.PERSONAL_TOKEN);
    AtomicBoolean ranBefore = new AtomicBoolean();
    return writes.run(() -> make(command, id, secret, ranBefore.getAndSet(true)));
  }

  private CreatedPersonalToken make(
      CreatePersonalTokenCommand command, TokenId id, TokenSecret secret, boolean ranBefore) {
    if (!accounts.holdIfActive(command.owner())) {
      throw AuthenticationException.deactivated();
    }
    Optional<PersonalToken> made = ranBefore ? tokens.findById(id) : Optional.empty();
    if (made.isPresent()) {
      return new CreatedPersonalToken(made.get(), secret);
    }
    InstancePolicy rules = policy.current();
    rules.requireAllowed(command.scope());
    // Counted with the owner's row held (above): two creates at once can't both pass the limit.
    if (!rules.allowsOneMore(
        () -> tokens.findUnrevoked(command.owner(), "", new PageRequest(1, 1)).total())) {
      throw new TokenLimitException(rules.maxTokensPerAccount().getAsInt());
    }
    PersonalToken token =
        PersonalToken.issue(
            id,
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
