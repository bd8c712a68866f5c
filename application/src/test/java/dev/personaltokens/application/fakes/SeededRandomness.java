package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.Randomness;
import dev.personaltokens.domain.token.Base62;
import java.util.Random;

/** Predictable base62 strings and bytes, so that a failing test fails the same way every time. */
public final class SeededRandomness implements Randomness {

  private final Random random;

  public SeededRandomness() {
    this(62L);
  }

  public SeededRandomness(long seed) {
    this.random = new Random(seed);
  }

  @Override
  public synchronized String base62(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(Base62.ALPHABET.charAt(random.nextInt(Base62.ALPHABET.length())));
    }
    return out.toString();
  }

  @Override
  public synchronized byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    random.nextBytes(bytes);
    return bytes;
  }
}
