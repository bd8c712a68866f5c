package dev.personaltokens.application.service.audit;

import dev.personaltokens.application.port.in.audit.PurgeOldAuditEventsUseCase;
import dev.personaltokens.application.port.out.AuditTrail;
import dev.personaltokens.application.port.out.Clock;
import java.time.Duration;

public final class PurgeOldAuditEventsService implements PurgeOldAuditEventsUseCase {

  private final AuditTrail trail;
  private final Clock clock;
  private final Duration retention;

  public PurgeOldAuditEventsService(AuditTrail trail, Clock clock, Duration retention) {
    this.trail = trail;
    this.clock = clock;
    this.retention = retention;
  }

  @Override
  public int purge() {
    return trail.removeOlderThan(clock.now().minus(retention));
  }
}
