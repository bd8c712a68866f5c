package dev.personaltokens.application.port.in.verification;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.Session;
import dev.personaltokens.domain.token.TokenId;
import java.time.Instant;
import java.util.Collection;

/**
 * The account behind a request and the credential it came with.
 *
 * @param expiresAt when the credential in use expires, for clients to warn before it lapses
 * @param scope what the credential may do; a session may do all its account may
 * @param token the personal token used; null for a session
 * @param passwordChangeRequired a session of an account that must change its password first (never
 *     a personal token: none can be made before that change, as making one needs a session, and the
 *     tokens made before an operator's reset stay the credentials they were)
 */
public record Principal(
    AccountId account,
    SecretKind credential,
    Instant expiresAt,
    Scope scope,
    TokenId token,
    boolean passwordChangeRequired) {

  public static Principal of(PersonalToken token) {
    return new Principal(
        token.owner(),
        SecretKind.PERSONAL_TOKEN,
        token.expiresAt(),
        token.scope(),
        token.id(),
        false);
  }

  /** A session of an account that {@code passwordChangeRequired} or not. */
  public static Principal of(Session session, boolean passwordChangeRequired) {
    return new Principal(
        session.account(),
        SecretKind.SESSION,
        session.expiresAt(),
        Scope.GLOBAL,
        null,
        passwordChangeRequired);
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
   * Refuses a session whose account must change its password first: everything but that change,
   * signing out and telling who it is (which the way in lets through without asking) waits for it.
   */
  public void requireNoPasswordChange() {
    if (passwordChangeRequired) {
      throw new PasswordChangeRequiredException();
    }
  }
}
