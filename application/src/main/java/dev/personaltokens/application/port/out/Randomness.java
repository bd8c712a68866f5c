package dev.personaltokens.application.port.out;

/** A source of secrets: must be unpredictable (a SecureRandom) everywhere but in tests. */
public interface Randomness {

  /** {@code length} characters drawn uniformly from the base62 alphabet. */
  String base62(int length);
}
