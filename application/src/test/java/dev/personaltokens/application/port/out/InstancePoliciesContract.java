package dev.personaltokens.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.policy.InstancePolicy;
import dev.personaltokens.domain.token.AllowedIps;
import dev.personaltokens.domain.token.Scope;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link InstancePolicies} must do: keep the one policy, every rule as it was given. */
public abstract class InstancePoliciesContract {

  protected abstract InstancePolicies policies();

  private static final Instant SET = Instant.now().truncatedTo(ChronoUnit.MICROS);

  @Test
  void givesBackEveryRuleOfTheLastPolicySaved() {
    InstancePolicy strict =
        new InstancePolicy(
                Duration.ofDays(30),
                Set.of(Scope.READ_ONLY),
                Optional.of(Duration.ofDays(90)),
                OptionalInt.of(5),
                true,
                AllowedIps.parse(List.of("10.0.0.0/8", "2001:db8::/32")),
                Optional.empty())
            .setAt(SET);
    InstancePolicy loose = InstancePolicy.defaults(Duration.ofDays(366)).setAt(SET.plusSeconds(1));

    policies().save(strict);
    Optional<InstancePolicy> first = policies().find();
    policies().save(loose);

    assertThat(first).contains(strict);
    assertThat(policies().find()).contains(loose);
  }
}
