package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.domain.policy.InstancePolicy;
import dev.personaltokens.domain.token.AllowedIps;
import dev.personaltokens.domain.token.Scope;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** The one row of the instance's policy (Flyway V10); lists are comma-separated codes. */
@Entity
@Table(name = "instance_policy")
public class InstancePolicyEntity {

  /** The only row's key: the table holds one. */
  static final byte ONLY = 1;

  @Id
  @Column(name = "id")
  private byte id;

  @Column(name = "max_token_lifetime_days", nullable = false)
  private int maxTokenLifetimeDays;

  @Column(name = "allowed_scopes", nullable = false, length = 64)
  private String allowedScopes;

  @Column(name = "inactivity_days")
  private Integer inactivityDays;

  @Column(name = "max_tokens_per_account")
  private Integer maxTokensPerAccount;

  @Column(name = "require_two_factor", nullable = false)
  private boolean requireTwoFactor;

  @Column(name = "default_allowed_ips", nullable = false, length = 1000)
  private String defaultAllowedIps;

  @Convert(converter = InstantConverter.class)
  @Column(name = "set_at", nullable = false)
  private Instant setAt;

  protected InstancePolicyEntity() {}

  static InstancePolicyEntity from(InstancePolicy policy) {
    InstancePolicyEntity entity = new InstancePolicyEntity();
    entity.id = ONLY;
    entity.maxTokenLifetimeDays = (int) policy.maxTokenLifetime().toDays();
    entity.allowedScopes =
        policy.allowedScopes().stream().sorted().map(Scope::code).collect(Collectors.joining(","));
    entity.inactivityDays =
        policy.inactivityLimit().map(limit -> (int) limit.toDays()).orElse(null);
    entity.maxTokensPerAccount =
        policy.maxTokensPerAccount().isPresent() ? policy.maxTokensPerAccount().getAsInt() : null;
    entity.requireTwoFactor = policy.requireTwoFactor();
    entity.defaultAllowedIps = policy.defaultAllowedIps().text();
    entity.setAt = policy.setAt().orElseThrow();
    return entity;
  }

  InstancePolicy toDomain() {
    return new InstancePolicy(
        Duration.ofDays(maxTokenLifetimeDays),
        codes(allowedScopes).stream().map(Scope::fromCode).collect(Collectors.toSet()),
        Optional.ofNullable(inactivityDays).map(Duration::ofDays),
        maxTokensPerAccount == null ? OptionalInt.empty() : OptionalInt.of(maxTokensPerAccount),
        requireTwoFactor,
        AllowedIps.fromText(defaultAllowedIps),
        Optional.of(setAt));
  }

  private static List<String> codes(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }
}
