package dev.personaltokens.application.port.in.verification;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.Session;
import dev.personaltokens.domain.token.TokenId;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * The account behind a request and the credential it came with.
 *
 * @param expiresAt when the credential in use expires, for clients to warn before it lapses
 * @param scope what the credential may do; a session may do all its account may
 * @param token the personal token used; null for a session
 * @param firstStep what a session must do before anything else; {@link FirstStep#NONE} for a
 *     personal token
 */
public record Principal(
    AccountId account,
    SecretKind credential,
    Instant expiresAt,
    Scope scope,
    TokenId token,
    FirstStep firstStep) {

  public static Principal of(PersonalToken token) {
    return new Principal(
        token.owner(),
        SecretKind.PERSONAL_TOKEN,
        token.expiresAt(),
        token.scope(),
        token.id(),
        FirstStep.NONE);
  }

  /** A session, which must take {@code firstStep} before anything else. */
  public static Principal of(Session session, FirstStep firstStep) {
    return new Principal(
        session.account(), SecretKind.SESSION, session.expiresAt(), Scope.GLOBAL, null, firstStep);
  }

  /** The personal token of the request, which {@code self} names; a session has none. */
  public TokenId personalToken() {
    if (token == null) {
      throw new NotAPersonalTokenException();
    }
    return token;
  }

  /**
   * Refuses a request that this credential's scope doesn't allow, given every method it is said to
   * have ({@link Scope#allowsAll}): the one check of the scope, for this API and for every API
   * verified through it.
   */
  public void requireAllowed(Collection<String> methods) {
    if (!scope.allowsAll(methods)) {
      throw new InsufficientScopeException(scope);
    }
  }

  /**
   * Refuses a session that must take its first step before anything else, unless the request is
   * {@code open} to that step (the step itself, signing out, telling who it is).
   */
  public void requireFirstStepTaken(Set<FirstStep> open) {
    firstStep.requireOpenTo(open);
  }
}
