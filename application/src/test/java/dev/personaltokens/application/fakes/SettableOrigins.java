package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.Origins;
import dev.personaltokens.domain.audit.Origin;
import java.util.function.Supplier;

/** The origin of the calls, as a test sets it, or as another source (a request) says. */
public final class SettableOrigins implements Origins {

  private Supplier<Origin> source = () -> Origin.NONE;

  @Override
  public synchronized Origin current() {
    return source.get();
  }

  /** Every call from now on comes from {@code origin}. */
  public synchronized void set(Origin origin) {
    source = () -> origin;
  }

  /** Every call from now on comes from where {@code source} says, e.g. the request being served. */
  public synchronized void readFrom(Supplier<Origin> source) {
    this.source = source;
  }
}
