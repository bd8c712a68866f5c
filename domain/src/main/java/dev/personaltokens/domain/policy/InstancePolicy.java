package dev.personaltokens.domain.policy;

import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.token.AllowedIps;
import dev.personaltokens.domain.token.ExpiryPolicy;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Scope;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * What the admins of this server allow personal tokens, and require of password sign-in. It binds
 * the tokens that exist, not only new ones: a token it no longer allows is blocked - refused, not
 * revoked - and works again when the policy allows it again ({@link #blocks}).
 *
 * @param maxTokenLifetime how long after its creation a token may expire
 * @param allowedScopes the scopes tokens may have; never empty
 * @param inactivityLimit how long a token may go unused (never used: since its creation) before it
 *     is revoked; empty for no limit
 * @param maxTokensPerAccount how many live tokens one account may hold; empty for no limit
 * @param requireTwoFactor whether password sign-in needs a second factor
 * @param defaultAllowedIps the addresses new tokens are bound to when their creator names none
 * @param setAt when an admin set it; empty while it is the server's settings' default
 */
public record InstancePolicy(
    Duration maxTokenLifetime,
    Set<Scope> allowedScopes,
    Optional<Duration> inactivityLimit,
    OptionalInt maxTokensPerAccount,
    boolean requireTwoFactor,
    AllowedIps defaultAllowedIps,
    Optional<Instant> setAt) {

  /** Ten years: a longer maximum is no maximum. */
  public static final int MAX_LIFETIME_DAYS = 3650;

  /**
   * How long before a token that goes unused is revoked its owner is told, when the server sends
   * mail: its notice goes out this long before the inactivity limit, and it is revoked no sooner
   * than this long after its notice.
   */
  public static final Duration INACTIVITY_NOTICE = Duration.ofDays(7);

  /** The policy before any admin set one: the settings' maximum lifetime, and nothing else. */
  public static InstancePolicy defaults(Duration maxTokenLifetime) {
    return new InstancePolicy(
        maxTokenLifetime,
        EnumSet.allOf(Scope.class),
        Optional.empty(),
        OptionalInt.empty(),
        false,
        AllowedIps.ANYWHERE,
        Optional.empty());
  }

  public InstancePolicy {
    long days = maxTokenLifetime.toDays();
    if (days < 1 || days > MAX_LIFETIME_DAYS) {
      throw new InvalidValueException(
          "policy.max_token_lifetime_days.invalid",
          "max_token_lifetime_days",
          "max_token_lifetime_days must be a whole number from 1 to " + MAX_LIFETIME_DAYS);
    }
    if (allowedScopes.isEmpty()) {
      throw new InvalidValueException(
          "policy.allowed_scopes.empty", "allowed_scopes", "allowed_scopes must name a scope");
    }
    inactivityLimit.ifPresent(
        limit -> {
          if (limit.toDays() < 8 || limit.toDays() > MAX_LIFETIME_DAYS) {
            // The owner is told 7 days before: a shorter limit would revoke before telling.
            throw new InvalidValueException(
                "policy.inactivity_days.invalid",
                "inactivity_days",
                "inactivity_days must be null or a whole number from 8 to " + MAX_LIFETIME_DAYS);
          }
        });
    maxTokensPerAccount.ifPresent(
        limit -> {
          if (limit < 1 || limit > 10_000) {
            throw new InvalidValueException(
                "policy.max_tokens_per_account.invalid",
                "max_tokens_per_account",
                "max_tokens_per_account must be null or a whole number from 1 to 10000");
          }
        });
    allowedScopes = Set.copyOf(allowedScopes);
  }

  /** The same rules, set by an admin at {@code at}. */
  public InstancePolicy setAt(Instant at) {
    return new InstancePolicy(
        maxTokenLifetime,
        allowedScopes,
        inactivityLimit,
        maxTokensPerAccount,
        requireTwoFactor,
        defaultAllowedIps,
        Optional.of(at));
  }

  /**
   * Why this policy refuses {@code token} now, if it does: a lifetime or a scope it no longer
   * allows.
   */
  public Optional<String> blocks(PersonalToken token) {
    if (token.expiresAt().isAfter(token.created().plus(maxTokenLifetime))) {
      return Optional.of(
          "it exceeds the maximum lifetime of "
              + maxTokenLifetime.toDays()
              + " days"
              + setOn()
              + "; rotate it");
    }
    if (!allowedScopes.contains(token.scope())) {
      return Optional.of(
          "its scope, "
              + token.scope().code()
              + ", is no longer allowed"
              + setOn()
              + "; make a new token");
    }
    return Optional.empty();
  }

  /** New tokens' expiry: after now, and within the maximum lifetime from now. */
  public ExpiryPolicy expiryPolicy() {
    return new ExpiryPolicy(maxTokenLifetime);
  }

  /** Refuses a new token of {@code scope}: one this policy doesn't allow. */
  public void requireAllowed(Scope scope) {
    if (!allowedScopes.contains(scope)) {
      throw new InvalidValueException(
          "token.scope.not_allowed",
          "scope",
          "the scope "
              + scope.code()
              + " is not allowed by this server's policy; allowed: "
              + allowedScopes.stream().sorted().map(Scope::code).toList());
    }
  }

  /**
   * The tokens unused since this instant or before (never used: made then or before) are due to be
   * revoked at {@code now}; empty without an inactivity limit.
   */
  public Optional<Instant> revokesUnusedSince(Instant now) {
    return inactivityLimit.map(now::minus);
  }

  /**
   * The tokens unused since this instant or before are due their notice at {@code now}, {@link
   * #INACTIVITY_NOTICE} before their limit; empty without an inactivity limit.
   */
  public Optional<Instant> warnsUnusedSince(Instant now) {
    return inactivityLimit.map(limit -> now.minus(limit).plus(INACTIVITY_NOTICE));
  }

  /**
   * When {@code token}, its owner told at {@code toldAt}, is revoked unless it is used: once it has
   * gone unused for the limit, and no sooner than {@link #INACTIVITY_NOTICE} after the notice;
   * empty without an inactivity limit.
   */
  public Optional<Instant> revokesUnused(PersonalToken token, Instant toldAt) {
    Instant noticed = toldAt.plus(INACTIVITY_NOTICE);
    return inactivityLimit
        .map(limit -> token.unusedSince().plus(limit))
        .map(due -> due.isBefore(noticed) ? noticed : due);
  }

  /**
   * Whether an account holding {@code held} tokens may make one more; {@code held} is counted only
   * when there is a limit, so that a server without one reads no count on a create.
   */
  public boolean allowsOneMore(LongSupplier held) {
    return maxTokensPerAccount.isEmpty() || held.getAsLong() < maxTokensPerAccount.getAsInt();
  }

  /**
   * What changed from {@code before}, rule by rule, as the security log says it: {@code maximum
   * lifetime 366 -> 30 days}; "no change" when nothing did.
   */
  public String changesFrom(InstancePolicy before) {
    Map<String, String> was = before.rules();
    List<String> changes = new ArrayList<>();
    rules()
        .forEach(
            (rule, now) -> {
              if (!now.equals(was.get(rule))) {
                changes.add(rule + " " + was.get(rule) + " -> " + now);
              }
            });
    return changes.isEmpty() ? "no change" : String.join("; ", changes);
  }

  /** Each rule's name and value, in words, in the order people read them. */
  private Map<String, String> rules() {
    Map<String, String> rules = new LinkedHashMap<>();
    rules.put("maximum lifetime", maxTokenLifetime.toDays() + " days");
    rules.put(
        "scopes", String.join(", ", allowedScopes.stream().sorted().map(Scope::code).toList()));
    rules.put(
        "inactivity limit", inactivityLimit.map(limit -> limit.toDays() + " days").orElse("none"));
    rules.put(
        "tokens per account",
        maxTokensPerAccount.isPresent()
            ? Integer.toString(maxTokensPerAccount.getAsInt())
            : "unlimited");
    rules.put("two-factor", requireTwoFactor ? "required" : "optional");
    // A long list would crowd out the rest of the event: past three, its size.
    rules.put(
        "default addresses",
        defaultAllowedIps.isAnywhere()
            ? "any"
            : defaultAllowedIps.ranges().size() > 3
                ? defaultAllowedIps.ranges().size() + " ranges"
                : String.join(", ", defaultAllowedIps.texts()));
    return rules;
  }

  private String setOn() {
    return setAt.map(at -> " set on " + LocalDate.ofInstant(at, ZoneOffset.UTC)).orElse("");
  }
}
