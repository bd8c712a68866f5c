package dev.personaltokens.server;

import dev.personaltokens.application.UseCases;
import dev.personaltokens.application.port.in.UnavailableException;
import dev.personaltokens.application.port.in.token.FlushTokenUsageUseCase.FlushedUsage;
import dev.personaltokens.application.port.out.Mailer;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * What the server does on its own: writes where tokens were last used (every second, and once more
 * when the server stops), emails the notices that are due (when mail is on), revokes the tokens
 * unused for the policy's inactivity limit (with mail on or off, as often as notices are looked
 * for) and, daily, drops the security-log events older than the retention. Each run is a use case
 * call like any other; a failed run is one line in the log and is tried again at the next.
 */
@ApplicationScoped
public class BackgroundWork {

  private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());

  /** At most this many mails a run; the next run goes on. */
  static final int MAILS_PER_RUN = 1000;

  /** About this many unused tokens revoked a run, at most; the next run goes on. */
  static final int UNUSED_PER_RUN = 10_000;

  /** How far behind {@code last_used_at} may be: the time between two writes of it. */
  static final Duration USAGE_FLUSH = Duration.ofSeconds(1);

  @Resource ManagedScheduledExecutorService scheduler;

  /** Tokens written per last-used flush, and how old the oldest use in it was. */
  static final String BATCH_SIZE = "ptk_last_used_batch_size";

  static final String LAG = "ptk_last_used_lag";

  @Inject MetricRegistry metrics;
  @Inject UseCases useCases;
  @Inject Mailer mailer;
  @Inject Settings settings;

  private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    scheduled.add(
        scheduler.scheduleWithFixedDelay(
            this::flushTokenUsage,
            USAGE_FLUSH.toMillis(),
            USAGE_FLUSH.toMillis(),
            TimeUnit.MILLISECONDS));
    Duration every = settings.noticeInterval();
    if (mailer.enabled()) {
      scheduled.add(
          scheduler.scheduleWithFixedDelay(
              this::sendNotices, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS));
    }
    scheduled.add(
        scheduler.scheduleWithFixedDelay(
            this::revokeUnusedTokens, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS));
    scheduled.add(
        scheduler.scheduleWithFixedDelay(
            this::purgeOldEvents, 1, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES));
  }

  /** A stopped node writes what it noted last; a killed one loses at most this much. */
  @PreDestroy
  void stop() {
    scheduled.forEach(task -> task.cancel(false));
    flushTokenUsage();
  }

  void flushTokenUsage() {
    try {
      FlushedUsage flushed = useCases.flushTokenUsage().flush();
      if (flushed.tokens() > 0) {
        metrics.histogram(BATCH_SIZE).update(flushed.tokens());
        metrics.timer(LAG).update(flushed.lag());
      }
    } catch (UnavailableException e) {
      // Already in the log (once in ten seconds); the uses wait for the next flush.
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Last-used times wait for the next flush", e);
    }
  }

  void sendNotices() {
    try {
      useCases.sendNotices().sendDue(MAILS_PER_RUN);
    } catch (Mailer.MailFailure e) {
      LOG.warning(() -> "Notices wait for the next run: " + e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Notices wait for the next run", e);
    }
  }

  void revokeUnusedTokens() {
    try {
      int revoked = useCases.revokeUnusedTokens().revokeDue(UNUSED_PER_RUN);
      if (revoked > 0) {
        LOG.info(() -> "Inactivity limit: " + revoked + " unused tokens revoked");
      }
    } catch (UnavailableException e) {
      // Already in the log (once in ten seconds); the next run looks again.
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Unused tokens wait for the next run", e);
    }
  }

  void purgeOldEvents() {
    try {
      int purged = useCases.purgeOldAuditEvents().purge();
      LOG.info(() -> "Security log: " + purged + " events older than the retention purged");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The security log's purge waits for tomorrow", e);
    }
  }
}
