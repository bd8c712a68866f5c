package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;

/** A source of secrets: must be unpredictable (a SecureRandom) everywhere but in tests. */
public interface Randomness {

  /** {@code length} characters drawn uniformly from the base62 alphabet. */
  String base62(int length);

  /** {@code count} random bytes: a two-factor secret, a recovery code. */
  byte[] bytes(int count);

  /**
   * A new secret of this kind: its prefix, {@link TokenSecret#RANDOM_LENGTH} drawn characters, a
   * checksum.
   */
  default TokenSecret secret(SecretKind kind) {
    return TokenSecret.issue(kind, base62(TokenSecret.RANDOM_LENGTH));
  }
}
