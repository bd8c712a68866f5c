package dev.personaltokens.adapter.out.platform;

import dev.personaltokens.application.port.out.Randomness;
import dev.personaltokens.domain.token.Base62;
import java.security.SecureRandom;

/** Secrets from the operating system's CSPRNG; {@code nextInt(62)} has no modulo bias. */
public final class SecureRandomness implements Randomness {

  private final SecureRandom random = new SecureRandom();

  @Override
  public String base62(int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = Base62.ALPHABET.charAt(random.nextInt(Base62.ALPHABET.length()));
    }
    return new String(chars);
  }

  @Override
  public byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    random.nextBytes(bytes);
    return bytes;
  }
}
