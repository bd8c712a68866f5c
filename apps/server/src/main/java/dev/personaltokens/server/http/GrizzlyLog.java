package dev.personaltokens.server.http;

import java.util.List;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What Grizzly logs by itself about a hostile request - a SEVERE line for a request with both
 * Content-Length and Transfer-Encoding (which it refuses), a stack trace for a body whose chunks
 * are broken - becomes the guard's one rate-limited line ({@link Refusals#log}). The loggers are
 * held here: the JDK forgets the filter of a logger nobody holds.
 */
final class GrizzlyLog {

  private static final Logger CODEC =
      Logger.getLogger("org.glassfish.grizzly.http.HttpServerFilter");
  private static final Logger CHAIN =
      Logger.getLogger("org.glassfish.grizzly.filterchain.DefaultFilterChain");
  private static final List<Logger> HELD = List.of(CODEC, CHAIN);

  private GrizzlyLog() {}

  /** Takes over those records until {@link #release}. */
  static void takeOver() {
    HELD.forEach(logger -> logger.setFilter(new Hostile(logger.getFilter())));
  }

  static void release() {
    for (Logger logger : HELD) {
      if (logger.getFilter() instanceof Hostile hostile) {
        logger.setFilter(hostile.before);
      }
    }
  }

  /** Whether a record of Grizzly's is about a request it refused as broken. */
  static String aboutABrokenRequest(LogRecord record) {
    String message = String.valueOf(record.getMessage());
    if (message.startsWith("Can't use both headers Content-Length and Transfer-Encoding")) {
      return "both Content-Length and Transfer-Encoding";
    }
    for (Throwable cause = record.getThrown(); cause != null; cause = cause.getCause()) {
      if (cause
          .getClass()
          .getName()
          .equals("org.glassfish.grizzly.http.HttpBrokenContentException")) {
        return "the request's body breaks its framing";
      }
    }
    return null;
  }

  private static final class Hostile implements Filter {

    private final Filter before;

    Hostile(Filter before) {
      this.before = before;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
      String problem =
          record.getLevel().intValue() >= Level.WARNING.intValue()
              ? aboutABrokenRequest(record)
              : null;
      if (problem != null) {
        Refusals.log(problem, "(refused by the HTTP codec)");
        return false;
      }
      return before == null || before.isLoggable(record);
    }
  }
}
