package dev.personaltokens.application.port.out;

import java.time.Instant;

/** The current time; a test turns it by hand. */
public interface Clock {

  Instant now();
}
