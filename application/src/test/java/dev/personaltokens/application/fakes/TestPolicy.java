package dev.personaltokens.application.fakes;

import dev.personaltokens.domain.policy.InstancePolicy;
import dev.personaltokens.domain.token.AllowedIps;
import dev.personaltokens.domain.token.Scope;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * An instance policy for a test: the defaults (a maximum lifetime of 366 days and nothing else)
 * with only the rules the test is about changed, so that each test names what it sets.
 */
public final class TestPolicy {

  private Duration maxTokenLifetime = Duration.ofDays(366);
  private Set<Scope> allowedScopes = EnumSet.allOf(Scope.class);
  private Optional<Duration> inactivityLimit = Optional.empty();
  private OptionalInt maxTokensPerAccount = OptionalInt.empty();
  private boolean requireTwoFactor;

  private TestPolicy() {}

  public static TestPolicy defaults() {
    return new TestPolicy();
  }

  public TestPolicy maxTokenLifetimeDays(int days) {
    maxTokenLifetime = Duration.ofDays(days);
    return this;
  }

  public TestPolicy allowedScopes(Set<Scope> scopes) {
    allowedScopes = scopes;
    return this;
  }

  /** No limit for 0 days. */
  public TestPolicy inactivityLimitDays(int days) {
    inactivityLimit = days == 0 ? Optional.empty() : Optional.of(Duration.ofDays(days));
    return this;
  }

  public TestPolicy maxTokensPerAccount(int tokens) {
    maxTokensPerAccount = OptionalInt.of(tokens);
    return this;
  }

  public TestPolicy requireTwoFactor(boolean required) {
    requireTwoFactor = required;
    return this;
  }

  public InstancePolicy build() {
    return new InstancePolicy(
        maxTokenLifetime,
        allowedScopes,
        inactivityLimit,
        maxTokensPerAccount,
        requireTwoFactor,
        AllowedIps.ANYWHERE,
        Optional.empty());
  }
}
