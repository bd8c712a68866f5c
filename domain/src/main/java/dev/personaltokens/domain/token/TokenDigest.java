package dev.personaltokens.domain.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a secret, in lower-case hex: all that is ever stored of it. */
public record TokenDigest(String hex) {

  private static final int LENGTH = 64;

  public TokenDigest {
    if (hex == null || !isLowerCaseHex(hex)) {
      throw new IllegalArgumentException("a digest is 64 lower-case hex characters");
    }
  }

  /** A plain loop, not a pattern: every verification makes a digest. */
  private static boolean isLowerCaseHex(String hex) {
    if (hex.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = hex.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * One per thread, reset by each digest, rather than looked up ({@code MessageDigest.getInstance}
   * searches the security providers every time) or copied (a copy allocates the algorithm's state,
   * 1 % of a verification's time): every request's secret is digested.
   */
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(TokenDigest::sha256);

  private static final HexFormat HEX = HexFormat.of();

  /** The digest of a secret of ASCII characters. */
  public static TokenDigest of(String secret) {
    byte[] sha256 = SHA_256.get().digest(secret.getBytes(StandardCharsets.US_ASCII));
    return new TokenDigest(HEX.formatHex(sha256));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Compares in constant time, so that timing tells nothing of how much of a digest matched. */
  public boolean matches(TokenDigest other) {
    return other != null
        && MessageDigest.isEqual(
            hex.getBytes(StandardCharsets.US_ASCII), other.hex.getBytes(StandardCharsets.US_ASCII));
  }
}
