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
import dev.personaltokens.application.service.GroupCommit;
import dev.personaltokens.application.service.GroupCommit.Outcome;
import dev.personaltokens.application.service.InTransaction;
import dev.personaltokens.application.service.policy.CurrentPolicy;
import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.audit.Origin;
import dev.personaltokens.domain.policy.InstancePolicy;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenId;
import dev.personaltokens.domain.token.TokenSecret;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

public final class CreatePersonalTokenService implements CreatePersonalTokenUseCase {

  /**
   * Groups of creates written at once. bench/run's P6 run alone on 2 cores (creates of 50 accounts
   * against raw inserts): 0.120-0.126 without groups, 0.120 with one group at a time (a third of
   * the CPU idled while each commit was flushed), 0.138 with two, 0.139-0.145 with four. With the
   * embedded database's buffer pool sized for its data: 1,329 creates a second with two (groups of
   * 4, the CPU 15 % idle), 1,438-1,484 with four (groups of 2.3).
   */
  private static final int GROUPS_AT_ONCE = 4;

  /**
   * The most creates written in one transaction: a bound on the rows it holds and on its
   * statements' size (see {@code GroupCommit}).
   */
  private static final int MOST_IN_A_GROUP = 32;

  private final PersonalTokens tokens;
  private final Accounts accounts;
  private final Clock clock;
  private final Randomness randomness;
  private final CurrentPolicy policy;
  private final Audit audit;
  private final GroupCommit<Pending, CreatedPersonalToken> groups;

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
    this.groups = new GroupCommit<>(GROUPS_AT_ONCE, MOST_IN_A_GROUP, writes, this::makeAll);
  }

  @Override
  public CreatedPersonalToken create(CreatePersonalTokenCommand command) {
    // Drawn before the transaction, which the boundary may run again when it can't tell whether a
    // commit took effect: a second run then finds this token made, instead of making another.
    // Only a second run looks for it: the first, with an id just drawn, can't find it made.
    // The origin is taken here, in the request's own thread: another's may write the token.
    return groups.write(
        new Pending(
            command,
            TokenId.random(),
            randomness.secret(SecretKind.PERSONAL_TOKEN),
            audit.origin(),
            new AtomicBoolean()));
  }

  /**
   * Creates that arrived together, in one transaction: their owners held at once, each create
   * checked and issued on its own (a refusal is that create's outcome, with nothing of it written),
   * then the tokens written together.
   */
  private List<Outcome<CreatedPersonalToken>> makeAll(List<Pending> creates) {
    List<AccountId> owners = creates.stream().map(create -> create.command().owner()).toList();
    Set<AccountId> active = accounts.holdActive(owners);
    InstancePolicy rules = policy.current();
    // With a limit, the owners' counts are read held: two creates at once can't both pass it.
    Map<AccountId, Long> held =
        new HashMap<>(
            rules.maxTokensPerAccount().isPresent() ? tokens.unrevokedHeld(active) : Map.of());
    List<Outcome<CreatedPersonalToken>> outcomes = new ArrayList<>();
    List<Issued> issued = new ArrayList<>();
    for (Pending create : creates) {
      boolean ranBefore = create.ranBefore().getAndSet(true);
      try {
        if (!active.contains(create.command().owner())) {
          throw AuthenticationException.deactivated();
        }
        Optional<PersonalToken> made = ranBefore ? tokens.findById(create.id()) : Optional.empty();
        PersonalToken token = made.isPresent() ? made.get() : issue(create, rules, held);
        if (made.isEmpty()) {
          issued.add(new Issued(token, create.origin()));
        }
        outcomes.add(Outcome.written(new CreatedPersonalToken(token, create.secret())));
      } catch (DomainException refused) {
        outcomes.add(Outcome.refused(refused));
      }
    }
    tokens.addAll(issued.stream().map(Issued::token).toList());
    for (Issued made : issued) {
      audit.record(made.token(), AuditEventType.TOKEN_CREATED, "", made.from());
    }
    return outcomes;
  }

  /**
   * A new token for {@code create}, within the policy; {@code held}, the owners' live tokens when
   * there is a limit, counted on through the creates of the group.
   */
  private PersonalToken issue(Pending create, InstancePolicy rules, Map<AccountId, Long> held) {
    CreatePersonalTokenCommand command = create.command();
    AccountId owner = command.owner();
    rules.requireAllowed(command.scope());
    if (!rules.allowsOneMore(() -> held.get(owner))) {
      throw new TokenLimitException(rules.maxTokensPerAccount().getAsInt());
    }
    PersonalToken token =
        PersonalToken.issue(
            create.id(),
            owner,
            command.name(),
            command.description(),
            command.scope(),
            // The addresses the owner asked for; without any, the policy's default ones.
            command.allowedIps().orElse(rules.defaultAllowedIps()),
            create.secret(),
            command.expiresAt(),
            rules.expiryPolicy(),
            clock.now());
    held.computeIfPresent(owner, (counted, count) -> count + 1);
    return token;
  }

  /** A token of the group to write, and where the request that asked for it came from. */
  private record Issued(PersonalToken token, Origin from) {}

  /** A create handed in: what was asked, what was drawn for it, and whether it ran before. */
  private record Pending(
      CreatePersonalTokenCommand command,
      TokenId id,
      TokenSecret secret,
      Origin origin,
      AtomicBoolean ranBefore) {}
}
