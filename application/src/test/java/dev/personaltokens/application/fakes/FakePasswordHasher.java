package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.PasswordHasher;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.account.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A salted but fast hash, {@code fake$<salt>$<sha256(salt + password)>}: a real one is slow on
 * purpose, which tests can't afford. It really compares, so a wrong password fails.
 */
public final class FakePasswordHasher implements PasswordHasher {

  private static final String SCHEME = "fake";

  private int hashes;
  private int comparisons;
  private Runnable duringNextComparison;

  @Override
  public synchronized PasswordHash hash(Password password) {
    hashes++;
    byte[] salt = new byte[8];
    ThreadLocalRandom.current().nextBytes(salt);
    String saltHex = HexFormat.of().formatHex(salt);
    return new PasswordHash(SCHEME + "$" + saltHex + "$" + sha256(saltHex, password));
  }

  /** Counted as no hash: a decoy is made without hashing. */
  @Override
  public PasswordHash decoy() {
    return new PasswordHash(SCHEME + "$decoy$" + "0".repeat(64));
  }

  @Override
  public boolean matches(Password password, PasswordHash hash) {
    Runnable action;
    synchronized (this) {
      comparisons++;
      action = duringNextComparison;
      duringNextComparison = null;
    }
    if (action != null) {
      action.run();
    }
    String[] parts = hash.encoded().split("\\$", -1);
    if (parts.length != 3 || !parts[0].equals(SCHEME)) {
      return false;
    }
    return MessageDigest.isEqual(
        sha256(parts[1], password).getBytes(StandardCharsets.US_ASCII),
        parts[2].getBytes(StandardCharsets.US_ASCII));
  }

  /** Runs {@code action} while the next password is being compared, as a slow hash would allow. */
  public synchronized void duringNextComparison(Runnable action) {
    duringNextComparison = action;
  }

  /** How many passwords were hashed, to check that a service hashed what it should. */
  public synchronized int hashes() {
    return hashes;
  }

  /** How many passwords were compared, to check that an unknown email costs a comparison too. */
  public synchronized int comparisons() {
    return comparisons;
  }

  private static String sha256(String saltHex, Password password) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(saltHex.getBytes(StandardCharsets.US_ASCII));
      digest.update(new String(password.characters()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
