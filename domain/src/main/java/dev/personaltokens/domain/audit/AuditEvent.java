package dev.personaltokens.domain.audit;

import dev.personaltokens.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of an account's security log.
 *
 * @param token the token concerned; null for sign-ins and password resets
 * @param detail words for the owner, e.g. how many tokens; empty when the type says it all
 * @param actor the admin or operator who did it; null when it was the owner, or nobody signed in
 */
public record AuditEvent(
    UUID id,
    AccountId account,
    AuditEventType type,
    Instant created,
    Origin origin,
    TokenReference token,
    String detail,
    AuditActor actor) {

  public static final int MAX_DETAIL_LENGTH = 255;

  public AuditEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(origin, "origin");
    detail = detail == null ? "" : detail;
    if (detail.length() > MAX_DETAIL_LENGTH) {
      detail = detail.substring(0, MAX_DETAIL_LENGTH);
    }
  }
}
