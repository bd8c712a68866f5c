package dev.personaltokens.server;

import dev.personaltokens.adapter.out.persistence.database.DatabaseOutage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the server logs on its own about requests and outages the application already answers for,
 * kept out of the log's way: no stack trace per hostile request, no three warnings per refused
 * database call. Loggers are held here because the JDK forgets the settings of a logger nobody
 * holds.
 */
final class ContainerLog {

  private static final Logger LOG = Logger.getLogger(ContainerLog.class.getName());

  /**
   * Payara's pool warns three times for every connection it fails to open; {@link DatabaseOutage}
   * says the same once every ten seconds.
   */
  private static final List<Logger> POOL =
      List.of(
          Logger.getLogger(
              "javax.enterprise.resource.resourceadapter.com.sun.enterprise.connectors"),
          Logger.getLogger(
              "javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource.allocator"),
          Logger.getLogger("javax.enterprise.resource.resourceadapter.com.sun.gjc.spi"));

  /**
   * Payara's web container logs a SEVERE stack trace (AS-WEB-CORE-00037) for every request whose
   * path has a malformed escape ({@code %ZZ}, a trailing {@code %}): Grizzly's URL decoder throws
   * before any application code runs. The guard ({@code http.UndecodableRequestGuard}) refuses
   * those before they get there; where it could not be installed, one line instead.
   */
  private static final Logger WEB_CORE = Logger.getLogger("jakarta.enterprise.web.core");

  private static final String DECODER = "org.glassfish.grizzly.http.util.URLDecoder";

  /**
   * Jersey logs a SEVERE stack trace when the client went away before its answer was written - a
   * client that closes early, or a hostile one that does it on purpose to fill the log. One line a
   * minute at most, with how many.
   */
  private static final Logger JERSEY_RESPONDER =
      Logger.getLogger("org.glassfish.jersey.server.ServerRuntime$Responder");

  private static final long MINUTE_NANOS = 60_000_000_000L;
  private static final AtomicLong clientsGoneSince =
      new AtomicLong(System.nanoTime() - MINUTE_NANOS);
  private static final AtomicLong clientsGone = new AtomicLong();

  private ContainerLog() {}

  static void keepToOneLine() {
    POOL.forEach(logger -> logger.setLevel(Level.SEVERE));
    Filter before = WEB_CORE.getFilter();
    WEB_CORE.setFilter(
        record -> {
          if (isUndecodablePath(record)) {
            LOG.warning(() -> "Refused a request whose path can't be decoded: " + cause(record));
            return false;
          }
          return before == null || before.isLoggable(record);
        });
    Filter jerseyBefore = JERSEY_RESPONDER.getFilter();
    JERSEY_RESPONDER.setFilter(
        record -> {
          if (isClientGone(record)) {
            noteClientGone();
            return false;
          }
          return jerseyBefore == null || jerseyBefore.isLoggable(record);
        });
  }

  /** Whether the record is about writing to a connection the client already closed. */
  static boolean isClientGone(LogRecord record) {
    for (Throwable cause = record.getThrown(); cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage());
      if (cause instanceof java.io.IOException
          && (message.contains("Connection is closed")
              || message.contains("Broken pipe")
              || message.contains("Connection reset"))) {
        return true;
      }
    }
    return false;
  }

  private static void noteClientGone() {
    long count = clientsGone.incrementAndGet();
    long now = System.nanoTime();
    long last = clientsGoneSince.get();
    if (now - last >= MINUTE_NANOS && clientsGoneSince.compareAndSet(last, now)) {
      clientsGone.addAndGet(-count);
      LOG.info(() -> count + " client(s) went away before their answer was written");
    }
  }

  static boolean isUndecodablePath(LogRecord record) {
    Throwable thrown = record.getThrown();
    return thrown != null
        && thrown.getStackTrace().length > 0
        && DECODER.equals(thrown.getStackTrace()[0].getClassName());
  }

  private static String cause(LogRecord record) {
    String message = String.valueOf(record.getThrown().getMessage());
    // The message may quote the request; keep it short and printable.
    String cut = message.length() > 120 ? message.substring(0, 120) + "..." : message;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
