package dev.personaltokens.application.service.verification;

import dev.personaltokens.application.node.NodeCache;
import dev.personaltokens.application.node.PendingUsage;
import dev.personaltokens.application.port.in.verification.AuthenticateUseCase;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.in.verification.NotAPersonalTokenException;
import dev.personaltokens.application.port.in.verification.Principal;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.Origins;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.Session;
import dev.personaltokens.domain.token.TokenDigest;
import dev.personaltokens.domain.token.TokenSecret;
import java.time.Instant;

/**
 * Every request goes through here, so it answers from this node's {@link NodeCache} when it can and
 * otherwise reads one row by an indexed digest and nothing else.
 */
public final class AuthenticateService implements AuthenticateUseCase {

  private final PersonalTokens tokens;
  private final Sessions sessions;
  private final Accounts accounts;
  private final Clock clock;
  private final Origins origins;
  private final PendingUsage usage;
  private final NodeCache cache;

  public AuthenticateService(
      PersonalTokens tokens,
      Sessions sessions,
      Accounts accounts,
      Clock clock,
      Origins origins,
      PendingUsage usage,
      NodeCache cache) {
    this.tokens = tokens;
    this.sessions = sessions;
    this.accounts = accounts;
    this.clock = clock;
    this.origins = origins;
    this.usage = usage;
    this.cache = cache;
  }

  @Override
  public Principal authenticate(String presentedSecret) {
    TokenSecret secret = parse(presentedSecret);
    Instant now = clock.now();
    return switch (secret.kind()) {
      case PERSONAL_TOKEN -> Principal.of(personalToken(secret.digest(), now));
      case SESSION -> session(secret.digest(), now);
      // A service's secret opens introspection, with Basic credentials, and nothing else; a
      // password link's opens the setting of one password.
      case SERVICE_CLIENT, PASSWORD_LINK -> throw AuthenticationException.invalid();
    };
  }

  /** The good personal token {@code presentedSecret} is, marked used; no other kind counts. */
  public PersonalToken personalToken(String presentedSecret) {
    TokenSecret secret = parse(presentedSecret);
    if (secret.kind() != SecretKind.PERSONAL_TOKEN) {
      throw AuthenticationException.notAPersonalToken();
    }
    return personalToken(secret.digest(), clock.now());
  }

  /**
   * The personal token {@code presentedSecret} is, in whatever state, for the rotation to judge; a
   * good session is refused as not a personal token, anything else as it would be anywhere.
   */
  public PersonalToken presentedPersonalToken(String presentedSecret) {
    TokenSecret secret = parse(presentedSecret);
    if (secret.kind() != SecretKind.PERSONAL_TOKEN) {
      authenticate(presentedSecret);
      throw new NotAPersonalTokenException();
    }
    return find(secret.digest());
  }

  /** Refuses a token that is revoked, rotated away or expired at {@code now}. */
  public static void requireUsable(PersonalToken token, Instant now) {
    if (token.isRotatedAway()) {
      throw AuthenticationException.rotated(token.revokedAt());
    }
    if (token.isRevoked()) {
      throw AuthenticationException.revoked();
    }
    if (token.isExpiredAt(now)) {
      throw AuthenticationException.expired();
    }
  }

  private PersonalToken find(TokenDigest digest) {
    return tokens
        .findByDigest(digest)
        .filter(found -> found.digest().matches(digest))
        .orElseThrow(AuthenticationException::invalid);
  }

  private PersonalToken personalToken(TokenDigest digest, Instant now) {
    PersonalToken token = cache.token(digest, now, () -> find(digest));
    requireUsable(token, now);
    // Noted in memory only; written off the request path, in batches (FlushTokenUsageService).
    usage.note(token, now, origins.current().address());
    return token;
  }

  private Principal session(TokenDigest digest, Instant now) {
    Session session =
        sessions
            .findByDigest(digest)
            .filter(found -> found.digest().matches(digest))
            .orElseThrow(AuthenticationException::invalid);
    if (session.isExpiredAt(now)) {
      throw AuthenticationException.expired();
    }
    // Read at every request, as sessions are: a change made on any node counts at once.
    boolean changeRequired =
        accounts
            .findById(session.account())
            .map(Account::passwordChangeRequired)
            .orElseThrow(AuthenticationException::invalid);
    return Principal.of(session, changeRequired);
  }

  private static TokenSecret parse(String presentedSecret) {
    try {
      return TokenSecret.parse(presentedSecret);
    } catch (InvalidValueException e) {
      throw AuthenticationException.malformed();
    }
  }
}
