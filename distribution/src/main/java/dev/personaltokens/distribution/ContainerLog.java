package dev.personaltokens.distribution;

import java.util.List;
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
