package dev.personaltokens.distribution;

import dev.personaltokens.application.UseCases;
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

/**
 * What the server does on its own: emails the notices that are due (when mail is on) and, daily,
 * drops the security-log events older than the retention. Each run is a use case call like any
 * other; a failed run is one line in the log and is tried again at the next.
 */
@ApplicationScoped
public class BackgroundWork {

  private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());

  /** At most this many mails a run; the next run goes on. */
  static final int MAILS_PER_RUN = 1000;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject UseCases useCases;
  @Inject Mailer mailer;
  @Inject Settings settings;

  private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (mailer.enabled()) {
      Duration every = settings.noticeInterval();
      scheduled.add(
          scheduler.scheduleWithFixedDelay(
              this::sendNotices, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS));
    }
    scheduled.add(
        scheduler.scheduleWithFixedDelay(
            this::purgeOldEvents, 1, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES));
  }

  @PreDestroy
  void stop() {
    scheduled.forEach(task -> task.cancel(false));
  }

  void sendNotices() {
    try {
      for (int sent = 0; sent < MAILS_PER_RUN && useCases.sendNotices().sendNext(); sent++) {
        // each call mails one account and commits
      }
    } catch (Mailer.MailFailure e) {
      LOG.warning(() -> "Notices wait for the next run: " + e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Notices wait for the next run", e);
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
