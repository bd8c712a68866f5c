package dev.personaltokens.domain.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The SHA-256 of a secret, in lower-case hex: all that is ever stored of it. */
public record TokenDigest(String hex) {

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  public TokenDigest {
    if (hex == null || !SHA256_HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("a digest is 64 lower-case hex characters");
    }
  }

  /** The digest of a secret of ASCII characters. */
  public static TokenDigest of(String secret) {
    try {
      byte[] sha256 =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
      return new TokenDigest(HexFormat.of().formatHex(sha256));
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
