package dev.personaltokens.adapter.out.platform;

import dev.personaltokens.application.port.out.PasswordHasher;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.account.PasswordHash;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256, 600,000 iterations (OWASP's 2023 figure), 16-byte salt, stored as {@code
 * pbkdf2-sha256$iterations$salt$hash}. The iteration count travels with each hash, so it can be
 * raised later without breaking existing passwords. Only passwords come here: tokens are random
 * enough for plain SHA-256.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {

  static final int ITERATIONS = 600_000;
  private static final String SCHEME = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;

  private final SecureRandom random = new SecureRandom();
  private final int iterations;

  public Pbkdf2PasswordHasher() {
    this(ITERATIONS);
  }

  Pbkdf2PasswordHasher(int iterations) {
    this.iterations = iterations;
  }

  @Override
  public PasswordHash hash(Password password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return encoded(salt, derive(password, salt, iterations));
  }

  /** A random salt and random bytes for the hash: a password matches them once in 2^256. */
  @Override
  public PasswordHash decoy() {
    byte[] salt = new byte[SALT_BYTES];
    byte[] hash = new byte[HASH_BITS / 8];
    random.nextBytes(salt);
    random.nextBytes(hash);
    return encoded(salt, hash);
  }

  private PasswordHash encoded(byte[] salt, byte[] hash) {
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return new PasswordHash(
        String.join(
            "$",
            SCHEME,
            Integer.toString(iterations),
            base64.encodeToString(salt),
            base64.encodeToString(hash)));
  }

  @Override
  public boolean matches(Password password, PasswordHash stored) {
    String[] parts = stored.encoded().split("\\$");
    if (parts.length != 4 || !parts[0].equals(SCHEME)) {
      return false;
    }
    try {
      Base64.Decoder base64 = Base64.getDecoder();
      byte[] expected = base64.decode(parts[3]);
      byte[] actual = derive(password, base64.decode(parts[2]), Integer.parseInt(parts[1]));
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException corrupt) { // not Base64, not a number, not a positive count
      return false;
    }
  }

  private static byte[] derive(Password password, byte[] salt, int iterations) {
    char[] characters = password.characters();
    PBEKeySpec spec = new PBEKeySpec(characters, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform has PBKDF2WithHmacSHA256", e);
    } finally {
      spec.clearPassword();
      Arrays.fill(characters, '\0');
    }
  }
}
