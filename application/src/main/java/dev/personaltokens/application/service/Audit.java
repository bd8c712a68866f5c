package dev.personaltokens.application.service;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.out.AuditTrail;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.Origins;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.AuditActor;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.audit.Origin;
import dev.personaltokens.domain.audit.TokenReference;
import dev.personaltokens.domain.token.PersonalToken;
import java.util.UUID;

/**
 * How the services write the security log: each event stamped with the time and the request's
 * origin, in the service's own transaction, so that a change that rolls back leaves no entry.
 */
public final class Audit {

  private final AuditTrail trail;
  private final Clock clock;
  private final Origins origins;

  public Audit(AuditTrail trail, Clock clock, Origins origins) {
    this.trail = trail;
    this.clock = clock;
    this.origins = origins;
  }

  public void record(AccountId account, AuditEventType type, String detail) {
    record(account, type, null, detail, origins.current(), null);
  }

  /** An event for {@code account} that an admin or the operator caused: {@code actor}. */
  public void record(AccountId account, AuditEventType type, String detail, AuditActor actor) {
    record(account, type, null, detail, origins.current(), actor);
  }

  public void record(PersonalToken token, AuditEventType type, String detail) {
    record(token.owner(), type, TokenReference.of(token), detail, origins.current(), null);
  }

  /**
   * An event for the owner of {@code token} that someone else's request caused, from {@code
   * origin}.
   */
  public void record(PersonalToken token, AuditEventType type, String detail, Origin origin) {
    record(token.owner(), type, TokenReference.of(token), detail, origin, null);
  }

  /** An event for the owner of {@code token} that an admin caused: {@code actor}. */
  public void record(PersonalToken token, AuditEventType type, String detail, AuditActor actor) {
    record(token.owner(), type, TokenReference.of(token), detail, origins.current(), actor);
  }

  /** The operator at the command line as an event's actor; nobody for anyone else. */
  public static AuditActor operatorOf(Actor actor) {
    return actor instanceof Actor.Operator operator ? AuditActor.operator(operator.name()) : null;
  }

  public Origin origin() {
    return origins.current();
  }

  private void record(
      AccountId account,
      AuditEventType type,
      TokenReference token,
      String detail,
      Origin origin,
      AuditActor actor) {
    trail.record(
        new AuditEvent(
            UUID.randomUUID(), account, type, clock.now(), origin, token, detail, actor));
  }
}
