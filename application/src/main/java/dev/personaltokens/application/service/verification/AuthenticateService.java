package dev.personaltokens.application.service.verification;

import dev.personaltokens.application.node.NodeCache;
import dev.personaltokens.application.node.PendingUsage;
import dev.personaltokens.application.port.in.verification.AuthenticateUseCase;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.in.verification.FirstStep;
import dev.personaltokens.application.port.in.verification.NotAPersonalTokenException;
import dev.personaltokens.application.port.in.verification.Principal;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.Origins;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.application.port.out.TwoFactors;
import dev.personaltokens.application.service.policy.CurrentPolicy;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.network.IpAddress;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.Session;
import dev.personaltokens.domain.token.TokenDigest;
import dev.personaltokens.domain.token.TokenSecret;
import dev.personaltokens.domain.twofactor.TwoFactor;
import java.time.Instant;
import java.util.Optional;

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
  private final CurrentPolicy policy;
  private final TwoFactors twoFactors;

  public AuthenticateService(
      PersonalTokens tokens,
      Sessions sessions,
      Accounts accounts,
      Clock clock,
      Origins origins,
      PendingUsage usage,
      NodeCache cache,
      CurrentPolicy policy,
      TwoFactors twoFactors) {
    this.tokens = tokens;
    this.sessions = sessions;
    this.accounts = accounts;
    this.clock = clock;
    this.origins = origins;
    this.usage = usage;
    this.cache = cache;
    this.policy = policy;
    this.twoFactors = twoFactors;
  }

  @Override
  public Principal authenticate(String presentedSecret) {
    TokenSecret secret = parse(presentedSecret);
    Instant now = clock.now();
    return switch (secret.kind()) {
      case PERSONAL_TOKEN ->
          Principal.of(personalToken(secret.digest(), now, From.client(clientAddress())));
      case SESSION -> session(secret.digest(), now);
      // A service's secret opens introspection, with Basic credentials, and nothing else; a
      // password link's opens the setting of one password, a command-line login's handle the
      // collection of its token; a SCIM token's opens /scim/v2 only.
      case SERVICE_CLIENT, PASSWORD_LINK, CLI_LOGIN, SCIM_TOKEN ->
          throw AuthenticationException.invalid();
    };
  }

  /**
   * The good personal token {@code presentedSecret} is, for the client of the request being served,
   * marked used; no other kind counts.
   */
  public PersonalToken personalToken(String presentedSecret) {
    return personalToken(presentedSecret, From.client(clientAddress()));
  }

  /**
   * The same for a client a service names ({@code client}: the address it was called from), or,
   * when it names none, with the token's addresses left to that service to enforce.
   */
  PersonalToken personalTokenFor(String presentedSecret, Optional<IpAddress> client) {
    return personalToken(
        presentedSecret, client.map(address -> From.client(address.text())).orElse(From.SERVICE));
  }

  private PersonalToken personalToken(String presentedSecret, From from) {
    TokenSecret secret = parse(presentedSecret);
    if (secret.kind() != SecretKind.PERSONAL_TOKEN) {
      throw AuthenticationException.notAPersonalToken();
    }
    return personalToken(secret.digest(), clock.now(), from);
  }

  /**
   * Who presents a token, as its allowed addresses go: a client at {@code address} (null when
   * unknown, which no binding allows), or a service that enforces them itself ({@link #SERVICE}).
   */
  private record From(boolean judged, String address) {

    static final From SERVICE = new From(false, null);

    static From client(String address) {
      return new From(true, address);
    }
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

  /**
   * The one check of whether a personal token may be used, wherever it is presented (this API,
   * forward auth, introspection, a rotation of its own): refuses it from an address it is not bound
   * to ({@code clientAddress}: canonical, null when unknown), then if it is rotated away, revoked
   * or expired at {@code now}. From elsewhere nothing else is told: not even whether it still
   * works.
   */
  public static void requireUsable(PersonalToken token, Instant now, String clientAddress) {
    requireAllowedFrom(token, clientAddress);
    requireLive(token, now);
  }

  /** Refuses a token presented from an address it is not bound to. */
  public static void requireAllowedFrom(PersonalToken token, String clientAddress) {
    if (!token.isAllowedFrom(clientAddress)) {
      throw AuthenticationException.address(clientAddress);
    }
  }

  /** Refuses a token that is rotated away, revoked or expired at {@code now}. */
  static void requireLive(PersonalToken token, Instant now) {
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

  /**
   * The address of the client of the request being served, as the way in derived it (the REST
   * adapter: its trusted-proxy rule on {@code X-Forwarded-For}); null when there is none.
   */
  public String clientAddress() {
    return origins.current().address();
  }

  private PersonalToken find(TokenDigest digest) {
    return tokens
        .findByDigest(digest)
        .filter(found -> found.digest().matches(digest))
        .orElseThrow(AuthenticationException::invalid);
  }

  private PersonalToken personalToken(TokenDigest digest, Instant now, From from) {
    PersonalToken token = cache.token(digest, now, () -> find(digest));
    if (from.judged()) {
      requireUsable(token, now, from.address());
    } else {
      requireLive(token, now);
    }
    // Blocked, not revoked: the same row works again once the policy allows it.
    Optional<String> blocked = policy.current().blocks(token);
    if (blocked.isPresent()) {
      throw AuthenticationException.blockedByPolicy(blocked.get());
    }
    // Noted in memory only; written off the request path, in batches (FlushTokenUsageService).
    usage.note(token, now, clientAddress());
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
    // From this node's memory, which every change on any node evicts; read again if held from
    // before the session began: the operator's password reset, made outside the cluster, ends
    // every session that began before it.
    Account account =
        cache.account(
            session.account(),
            now,
            session.created(),
            () ->
                accounts.findById(session.account()).orElseThrow(AuthenticationException::invalid));
    return Principal.of(session, firstStep(account, now));
  }

  /**
   * The password first, as it is what was given; then two-factor sign-in, when the policy (read
   * from memory) requires it - only then is the account's two-factor state asked, from memory too.
   */
  private FirstStep firstStep(Account account, Instant now) {
    if (account.passwordChangeRequired()) {
      return FirstStep.CHANGE_PASSWORD;
    }
    boolean twoFactorMissing =
        policy.current().requireTwoFactor()
            // It is password sign-in that needs a second factor: an account without a password
            // signs in only through the identity provider, whose own factors count.
            && account.hasPassword()
            && !cache.twoFactorOn(
                account.id(),
                now,
                () -> twoFactors.find(account.id()).filter(TwoFactor::isEnabled).isPresent());
    return twoFactorMissing ? FirstStep.ENROL_TWO_FACTOR : FirstStep.NONE;
  }

  private static TokenSecret parse(String presentedSecret) {
    try {
      return TokenSecret.parse(presentedSecret);
    } catch (InvalidValueException e) {
      throw AuthenticationException.malformed();
    }
  }
}
